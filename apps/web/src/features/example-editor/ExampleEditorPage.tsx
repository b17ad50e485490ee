import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { CurrentUserFragment, EditorVocabulariesQuery as VocabulariesResult, ExampleEditorFieldsFragment } from '../../gql/graphql';
import { toUiError, validationError, fieldMessages, type UiError } from '../../shared/errors/error-message';
import { formatDateTime } from '../../shared/format';
import { Choice, ChoiceFieldset } from '../../shared/ui/ChoiceFieldset';
import { ConfirmAction } from '../../shared/ui/ConfirmAction';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { Loading } from '../../shared/ui/Loading';
import { Page } from '../../shared/ui/Page';
import { QueryError } from '../../shared/ui/QueryError';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextAreaField } from '../../shared/ui/TextAreaField';
import { TextField } from '../../shared/ui/TextField';
import { useCurrentUser } from '../auth/session';
import { ExampleView } from '../examples/ExampleView';
import { NoAccessPage } from '../pages/NoAccessPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import {
  CONCLUSIONS_MAX,
  conclusionField,
  CONTACT_CONTROLS,
  contactField,
  emptyConclusion,
  emptyContact,
  emptyExampleForm,
  emptyLink,
  exampleProblems,
  formFromExample,
  linkField,
  NEW_EXAMPLE_BASE,
  removeRow,
  SECTIONS,
  sentRows,
  toExampleInput,
  toFormError,
  toPreviewData,
  type ContactControl,
  type ExampleFormValues,
  type ExampleOrganization,
  type PreviewBase,
  type Vocabulary,
} from './example-form';
import type { ExampleFlash } from './example-flash';
import { editAccess } from './example-workflow';
import {
  CreateLearningExampleMutation,
  EditorVocabulariesQuery,
  ExampleForEditQuery,
  UpdateLearningExampleMutation,
} from './graphql/operations';
import { OrganizationPicker } from './OrganizationPicker';

type Example = ExampleEditorFieldsFragment;

/** Where each field (as the form names it) lives, for error links and focus. */
export const EDITOR_FIELD_IDS: Record<string, string> = {
  title: 'editor-title',
  summary: 'editor-summary',
  organizationCodes: 'editor-organization-search',
  subjects: 'editor-subjects',
  activityAreas: 'editor-activity-areas',
  periodStart: 'editor-period-start',
  periodEnd: 'editor-period-end',
  background: 'editor-background',
  implementation: 'editor-implementation',
  successFactors: 'editor-success-factors',
  results: 'editor-results',
  keyConclusions: 'editor-conclusions',
  furtherReading: 'editor-links',
  contacts: 'editor-contacts',
};

const conclusionId = (key: string) => `editor-conclusion-${key}`;
const linkId = (key: string, control: string) => `editor-link-${key}-${control}`;
const contactId = (key: string, control: string) => `editor-contact-${key}-${control}`;

function fieldIdsOf(values: ExampleFormValues): Record<string, string> {
  return {
    ...EDITOR_FIELD_IDS,
    ...Object.fromEntries(values.keyConclusions.map((row) => [conclusionField(row), conclusionId(row.key)])),
    ...Object.fromEntries(
      values.furtherReading.flatMap((row) => (['title', 'url'] as const).map((c) => [linkField(row, c), linkId(row.key, c)])),
    ),
    ...Object.fromEntries(values.contacts.flatMap((row) => CONTACT_CONTROLS.map((c) => [contactField(row, c), contactId(row.key, c)]))),
  };
}

function baseOf(example: Example): PreviewBase {
  return {
    status: example.status,
    publishedAt: example.publishedAt,
    updatedAt: example.updatedAt,
    responsibleEditor: example.responsibleEditor,
    sourceUrl: example.sourceUrl,
  };
}

/**
 * `/examples/new` and `/examples/:slug/edit`: the whole example in one form, with a live preview of
 * the public page. Members write their organisation's drafts; process leaders edit anything.
 */
export function ExampleEditorPage() {
  const { t } = useTranslation();
  const { slug } = useParams();
  const { user } = useCurrentUser();
  const vocabularies = useQuery(EditorVocabulariesQuery, { fetchPolicy: 'cache-and-network' });
  const exampleQuery = useQuery(ExampleForEditQuery, { variables: { slug: slug ?? '' }, skip: !slug, fetchPolicy: 'network-only' });
  const title = slug ? t('exampleEditor.editTitle') : t('exampleEditor.newTitle');

  if (!user || (vocabularies.loading && !vocabularies.data) || (slug && exampleQuery.loading && !exampleQuery.data)) return <Loading />;
  const queryError = (slug && !exampleQuery.data ? exampleQuery.error : undefined) ?? (!vocabularies.data ? vocabularies.error : undefined);
  if (queryError) {
    return (
      <Page title={title}>
        <QueryError error={queryError} />
      </Page>
    );
  }
  const vocabulary = vocabularies.data?.vocabularies ?? null;
  if (!slug) {
    return (
      <Page title={title}>
        <p>{t('exampleEditor.newIntro')}</p>
        <ExampleForm example={null} user={user} vocabulary={vocabulary} />
      </Page>
    );
  }
  const example = exampleQuery.data?.learningExample;
  // Unknown, or not visible to this user: the API does not say which, and neither does the page.
  if (!example) return <NotFoundPage />;
  return <ExistingExampleEditor key={example.id} example={example} user={user} vocabulary={vocabulary} />;
}

/**
 * Decides once, from the example as it was opened, whether the form is shown: a later reload (after a
 * conflict) must not swap the user's unsaved text for a "locked" notice.
 */
function ExistingExampleEditor({
  example: current,
  user,
  vocabulary,
}: {
  example: Example;
  user: CurrentUserFragment;
  vocabulary: VocabulariesResult['vocabularies'] | null;
}) {
  const { t } = useTranslation();
  const [opened] = useState(current);
  const access = editAccess(user, opened);
  const examplePath = `/examples/${encodeURIComponent(opened.slug)}`;
  if (access === 'notAuthor') return <NoAccessPage message={t('exampleEditor.notAuthor')} />;
  if (access === 'locked') {
    return (
      <Page title={t('exampleEditor.lockedTitle', { title: opened.title })}>
        <div className="notice">
          <p>{t(`exampleEditor.locked.${opened.status}`)}</p>
        </div>
        <p>
          <Link to={examplePath}>{t('exampleEditor.toExample', { title: opened.title })}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={t('exampleEditor.editTitleNamed', { title: opened.title })}>
      {opened.editorComment ? (
        <section aria-labelledby="editor-comment-heading" className="notice example-editor__comment">
          <h2 id="editor-comment-heading">{t('exampleEditor.editorCommentHeading')}</h2>
          <p className="pre-line">{opened.editorComment}</p>
        </section>
      ) : null}
      {opened.status !== 'DRAFT' ? <p className="notice">{t(`exampleEditor.leaderEditsStatus.${opened.status}`)}</p> : null}
      <ExampleForm example={opened} user={user} vocabulary={vocabulary} />
    </Page>
  );
}

interface ExampleFormProps {
  example: Example | null;
  user: CurrentUserFragment;
  vocabulary: Vocabulary | null;
}

function ExampleForm({ example, user, vocabulary }: ExampleFormProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const own: ExampleOrganization | null =
    user.role === 'MEMBER'
      ? { code: user.organization.code, name: user.organization.name, shortName: user.organization.name, kind: user.organization.kind }
      : null;
  const [values, setValues] = useState<ExampleFormValues>(() => (example ? formFromExample(example) : emptyExampleForm(own)));
  const [version, setVersion] = useState(example?.version ?? 0);
  const [base, setBase] = useState<PreviewBase>(example ? baseOf(example) : NEW_EXAMPLE_BASE);
  const [error, setError] = useState<UiError | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  /** The newest saved version, fetched after a conflict, until the user decides what to keep. */
  const [latest, setLatest] = useState<Example | null>(null);
  const [reloading, setReloading] = useState(false);
  const [create, { loading: creating }] = useMutation(CreateLearningExampleMutation);
  const [update, { loading: updating }] = useMutation(UpdateLearningExampleMutation);
  const saving = creating || updating;
  const summary = useRef<HTMLDivElement>(null);
  const focusSummary = useRef(false);
  const fieldIds = useMemo(() => fieldIdsOf(values), [values]);
  const fieldErrors = useMemo(() => fieldMessages(error), [error]);
  const preview = useMemo(() => toPreviewData(values, base), [values, base]);

  useEffect(() => {
    if (!focusSummary.current) return;
    focusSummary.current = false;
    summary.current?.focus();
  }, [error, latest]);

  function set(change: Partial<ExampleFormValues>) {
    setValues((currentValues) => ({ ...currentValues, ...change }));
  }

  function fail(shown: UiError) {
    focusSummary.current = true;
    setError(shown);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setStatus(null);
    const invalid = validationError(exampleProblems(values, vocabulary, t), t);
    if (invalid) {
      fail(invalid);
      return;
    }
    setError(null);
    setLatest(null);
    const sent = sentRows(values);
    const input = toExampleInput(values);
    try {
      let slug: string;
      let flash: ExampleFlash;
      if (example) {
        const { data } = await update({ variables: { id: example.id, version, input } });
        if (!data) return;
        slug = data.updateLearningExample.slug;
        flash = 'exampleSaved';
      } else {
        const { data } = await create({ variables: { input } });
        if (!data) return;
        slug = data.createLearningExample.slug;
        flash = 'exampleCreated';
      }
      await navigate(`/examples/${encodeURIComponent(slug)}`, { state: { flash } });
    } catch (cause) {
      fail(toFormError(toUiError(cause, t), sent));
    }
  }

  async function reloadLatest() {
    if (!example || reloading) return;
    setReloading(true);
    try {
      const { data } = await client.query({ query: ExampleForEditQuery, variables: { slug: example.slug }, fetchPolicy: 'network-only' });
      const fresh = data?.learningExample;
      if (!fresh) {
        fail({ code: 'NOT_FOUND', message: t('exampleEditor.conflict.gone'), fields: [] });
        return;
      }
      focusSummary.current = true;
      setError(null);
      setLatest(fresh);
    } catch (cause) {
      fail(toUiError(cause, t));
    } finally {
      setReloading(false);
    }
  }

  function keepMine(fresh: Example) {
    setVersion(fresh.version);
    setBase(baseOf(fresh));
    setLatest(null);
    setStatus(t('exampleEditor.conflict.keptMine'));
    document.getElementById(EDITOR_FIELD_IDS['title'] ?? '')?.focus();
  }

  function takeLatest(fresh: Example) {
    setValues(formFromExample(fresh));
    setVersion(fresh.version);
    setBase(baseOf(fresh));
    setLatest(null);
    setStatus(t('exampleEditor.conflict.usedLatest'));
    document.getElementById(EDITOR_FIELD_IDS['title'] ?? '')?.focus();
    return Promise.resolve();
  }

  const cancelPath = example ? `/examples/${encodeURIComponent(example.slug)}` : '/editorial';

  return (
    <>
      <StatusMessage>{status}</StatusMessage>
      <div ref={summary} tabIndex={-1} className="example-editor__summary">
        <ErrorSummary error={error} fieldIds={fieldIds}>
          {error?.code === 'CONFLICT' && example ? (
            <p>
              <button
                type="button"
                className="button button--secondary button--small"
                aria-disabled={reloading ? true : undefined}
                onClick={() => void reloadLatest()}
              >
                {reloading ? t('exampleEditor.conflict.reloading') : t('exampleEditor.conflict.reload')}
              </button>
            </p>
          ) : null}
        </ErrorSummary>
        {latest ? (
          <section aria-labelledby="editor-latest-heading" className="notice example-editor__latest">
            <h2 id="editor-latest-heading">{t('exampleEditor.conflict.heading')}</h2>
            <p>{t('exampleEditor.conflict.explain', { version: latest.version, at: formatDateTime(latest.updatedAt, i18n.language) })}</p>
            <div className="button-row">
              <button type="button" className="button" onClick={() => keepMine(latest)}>
                {t('exampleEditor.conflict.keepMine')}
              </button>
              <ConfirmAction
                label={t('exampleEditor.conflict.useLatest')}
                context=""
                question={t('exampleEditor.conflict.useLatestQuestion')}
                confirmLabel={t('exampleEditor.conflict.useLatestConfirm')}
                onConfirm={() => takeLatest(latest)}
              />
            </div>
          </section>
        ) : null}
      </div>
      <div className="example-editor">
        <form className="form form--wide example-editor__form" noValidate onSubmit={(event) => void submit(event)}>
          <TextField
            id={EDITOR_FIELD_IDS['title'] ?? ''}
            name="title"
            label={t('exampleEditor.fields.title')}
            hint={t('exampleEditor.fields.titleHint')}
            required
            maxLength={300}
            value={values.title}
            onChange={(title) => set({ title })}
            error={fieldErrors['title']}
          />
          <TextAreaField
            id={EDITOR_FIELD_IDS['summary'] ?? ''}
            name="summary"
            label={t('exampleEditor.fields.summary')}
            hint={t('exampleEditor.fields.summaryHint')}
            required
            rows={4}
            maxLength={2000}
            value={values.summary}
            onChange={(summaryText) => set({ summary: summaryText })}
            error={fieldErrors['summary']}
          />

          <OrganizationPicker
            chosen={values.organizations}
            lockedCode={own?.code ?? null}
            onChange={(organizations) => set({ organizations })}
            error={fieldErrors['organizationCodes']}
          />

          <TermChoices
            id={EDITOR_FIELD_IDS['subjects'] ?? ''}
            name="subjects"
            legend={t('exampleEditor.fields.subjects')}
            hint={t('exampleEditor.fields.subjectsHint')}
            terms={vocabulary?.subjects ?? []}
            chosen={values.subjects}
            onChange={(subjects) => set({ subjects })}
            error={fieldErrors['subjects']}
          />
          <TermChoices
            id={EDITOR_FIELD_IDS['activityAreas'] ?? ''}
            name="activityAreas"
            legend={t('exampleEditor.fields.activityAreas')}
            hint={t('exampleEditor.fields.activityAreasHint')}
            terms={vocabulary?.activityAreas ?? []}
            chosen={values.activityAreas}
            onChange={(activityAreas) => set({ activityAreas })}
            error={fieldErrors['activityAreas']}
          />

          <fieldset className="fieldset">
            <legend className="fieldset__legend">{t('exampleEditor.fields.period')}</legend>
            <p className="field__hint">{t('exampleEditor.fields.periodHint')}</p>
            <div className="field-pair">
              <TextField
                id={EDITOR_FIELD_IDS['periodStart'] ?? ''}
                name="periodStart"
                inputMode="numeric"
                autoComplete="off"
                maxLength={4}
                className="input--year"
                label={t('exampleEditor.fields.periodStart')}
                value={values.periodStart}
                onChange={(periodStart) => set({ periodStart })}
                error={fieldErrors['periodStart']}
              />
              {values.ongoing ? null : (
                <TextField
                  id={EDITOR_FIELD_IDS['periodEnd'] ?? ''}
                  name="periodEnd"
                  inputMode="numeric"
                  autoComplete="off"
                  maxLength={4}
                  className="input--year"
                  label={t('exampleEditor.fields.periodEnd')}
                  value={values.periodEnd}
                  onChange={(periodEnd) => set({ periodEnd })}
                  error={fieldErrors['periodEnd']}
                />
              )}
            </div>
            <Choice
              id="editor-ongoing"
              type="checkbox"
              name="ongoing"
              checked={values.ongoing}
              onChange={(ongoing) => set(ongoing ? { ongoing, periodEnd: '' } : { ongoing })}
              label={t('exampleEditor.fields.ongoing')}
              detail={t('exampleEditor.fields.ongoingDetail')}
            />
          </fieldset>

          {SECTIONS.map((section) => (
            <TextAreaField
              key={section}
              id={EDITOR_FIELD_IDS[section] ?? ''}
              name={section}
              label={t(`exampleEditor.sections.${section}`)}
              hint={t(`exampleEditor.sectionHints.${section}`)}
              rows={8}
              maxLength={20000}
              value={values[section]}
              onChange={(text) => set({ [section]: text })}
              error={fieldErrors[section]}
            />
          ))}

          <ConclusionRows values={values} onChange={(keyConclusions) => set({ keyConclusions })} fieldErrors={fieldErrors} />
          <LinkRows values={values} onChange={(furtherReading) => set({ furtherReading })} fieldErrors={fieldErrors} />
          <ContactRows values={values} onChange={(contacts) => set({ contacts })} fieldErrors={fieldErrors} />

          <div className="button-row">
            <SubmitButton
              busy={saving}
              label={example ? t('exampleEditor.save') : t('exampleEditor.create')}
              busyLabel={t('common.saving')}
            />
            <Link to={cancelPath}>{t('exampleEditor.cancel')}</Link>
          </div>
        </form>
        {/* Focusable: on wide screens the preview scrolls on its own, and keyboard users must be able to scroll it. */}
        <section className="example-editor__preview" aria-labelledby="editor-preview-label" tabIndex={0}>
          <p id="editor-preview-label" className="example-editor__preview-label">
            {t('exampleEditor.preview')}
          </p>
          <p className="field__hint">{t('exampleEditor.previewHint')}</p>
          <div className="example-editor__preview-body">
            <ExampleView example={preview} headingLevel={2} />
          </div>
        </section>
      </div>
    </>
  );
}

/** The vocabulary as checkboxes; a chosen term no longer in it stays visible, so it can be unticked. */
function TermChoices({
  id,
  name,
  legend,
  hint,
  terms,
  chosen,
  onChange,
  error,
}: {
  id: string;
  name: string;
  legend: string;
  hint: string;
  terms: readonly string[];
  chosen: readonly string[];
  onChange: (terms: string[]) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const retired = chosen.filter((term) => !terms.includes(term));
  const toggle = (term: string, checked: boolean) => {
    // In the vocabulary's order, which is also the public page's.
    const next = checked ? [...chosen, term] : chosen.filter((c) => c !== term);
    const order = [...terms, ...retired];
    onChange(order.filter((candidate) => next.includes(candidate)));
  };
  return (
    <ChoiceFieldset id={id} legend={legend} hint={hint} error={error}>
      <div className="example-editor__terms">
        {[...terms, ...retired].map((term, index) => (
          <Choice
            key={term}
            id={`${id}-${index}`}
            type="checkbox"
            name={name}
            checked={chosen.includes(term)}
            onChange={(checked) => toggle(term, checked)}
            label={term}
            detail={retired.includes(term) ? t('exampleEditor.fields.retiredTerm') : undefined}
          />
        ))}
      </div>
    </ChoiceFieldset>
  );
}

interface RowsProps<T> {
  values: ExampleFormValues;
  onChange: (rows: T[]) => void;
  fieldErrors: Record<string, string>;
}

/** After the rows change, focus the element with this id (a new row's field, or the add button). */
function useFocusAfterRender() {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (!pending.current) return;
    document.getElementById(pending.current)?.focus();
    pending.current = null;
  });
  return (id: string) => {
    pending.current = id;
  };
}

/** Changing, adding and removing rows of a repeatable list; focus goes to the new row, the next row or the add button. */
function useRows<T extends { key: string }>(
  rows: T[],
  onChange: (rows: T[]) => void,
  options: { addId: string; focusId: (row: T) => string; empty: () => T },
) {
  const focusLater = useFocusAfterRender();
  return {
    update: (key: string, change: Partial<T>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r))),
    remove: (index: number) => {
      const { rows: rest, focus } = removeRow(rows, index);
      focusLater(focus ? options.focusId(focus) : options.addId);
      onChange(rest);
    },
    add: () => {
      const row = options.empty();
      focusLater(options.focusId(row));
      onChange([...rows, row]);
    },
  };
}

function ConclusionRows({ values, onChange, fieldErrors }: RowsProps<ExampleFormValues['keyConclusions'][number]>) {
  const { t } = useTranslation();
  const rows = values.keyConclusions;
  const addId = 'editor-conclusion-add';
  const list = useRows(rows, onChange, { addId, focusId: (row) => conclusionId(row.key), empty: emptyConclusion });
  return (
    <fieldset id={EDITOR_FIELD_IDS['keyConclusions']} tabIndex={-1} className="fieldset">
      <legend className="fieldset__legend">{t('exampleEditor.sections.keyConclusions')}</legend>
      <p className="field__hint">{t('exampleEditor.sectionHints.keyConclusions')}</p>
      {fieldErrors['keyConclusions'] ? <p className="field__error">{fieldErrors['keyConclusions']}</p> : null}
      <ol className="example-editor__rows">
        {rows.map((row, index) => {
          const number = index + 1;
          return (
            <li key={row.key} className="example-editor__row">
              <TextField
                id={conclusionId(row.key)}
                name={`conclusion-${number}`}
                label={t('exampleEditor.conclusion', { number })}
                autoComplete="off"
                maxLength={2000}
                className="input--wide"
                value={row.text}
                onChange={(text) => list.update(row.key, { text })}
                error={fieldErrors[conclusionField(row)]}
              />
              <button type="button" className="button button--secondary button--small" onClick={() => list.remove(index)}>
                {t('exampleEditor.removeConclusion', { number })}
              </button>
            </li>
          );
        })}
      </ol>
      {rows.length < CONCLUSIONS_MAX ? (
        <button id={addId} type="button" className="button button--secondary" onClick={list.add}>
          {t('exampleEditor.addConclusion')}
        </button>
      ) : null}
    </fieldset>
  );
}

function LinkRows({ values, onChange, fieldErrors }: RowsProps<ExampleFormValues['furtherReading'][number]>) {
  const { t } = useTranslation();
  const rows = values.furtherReading;
  const addId = 'editor-link-add';
  const list = useRows(rows, onChange, { addId, focusId: (row) => linkId(row.key, 'title'), empty: emptyLink });
  return (
    <fieldset id={EDITOR_FIELD_IDS['furtherReading']} tabIndex={-1} className="fieldset">
      <legend className="fieldset__legend">{t('exampleEditor.sections.furtherReading')}</legend>
      <p className="field__hint">{t('exampleEditor.sectionHints.furtherReading')}</p>
      {rows.map((row, index) => {
        const number = index + 1;
        const change = (update: Partial<typeof row>) => list.update(row.key, update);
        return (
          <fieldset key={row.key} className="fieldset person">
            <legend className="fieldset__legend">{t('exampleEditor.link', { number })}</legend>
            <TextField
              id={linkId(row.key, 'title')}
              name={`link-title-${number}`}
              label={t('exampleEditor.linkTitle')}
              required
              autoComplete="off"
              maxLength={300}
              value={row.title}
              onChange={(title) => change({ title })}
              error={fieldErrors[linkField(row, 'title')]}
            />
            <TextField
              id={linkId(row.key, 'url')}
              name={`link-url-${number}`}
              type="url"
              label={t('exampleEditor.linkUrl')}
              hint={t('exampleEditor.linkUrlHint')}
              required
              autoComplete="off"
              maxLength={2000}
              className="input--wide"
              value={row.url}
              onChange={(url) => change({ url })}
              error={fieldErrors[linkField(row, 'url')]}
            />
            <button type="button" className="button button--secondary button--small" onClick={() => list.remove(index)}>
              {t('exampleEditor.removeLink', { number })}
            </button>
          </fieldset>
        );
      })}
      <button id={addId} type="button" className="button button--secondary" onClick={list.add}>
        {t('exampleEditor.addLink')}
      </button>
    </fieldset>
  );
}

const CONTACT_INPUT: Record<ContactControl, { type: string; autoComplete: string; maxLength: number }> = {
  name: { type: 'text', autoComplete: 'off', maxLength: 200 },
  title: { type: 'text', autoComplete: 'off', maxLength: 200 },
  organization: { type: 'text', autoComplete: 'off', maxLength: 200 },
  email: { type: 'email', autoComplete: 'off', maxLength: 254 },
  phone: { type: 'tel', autoComplete: 'off', maxLength: 40 },
};

function ContactRows({ values, onChange, fieldErrors }: RowsProps<ExampleFormValues['contacts'][number]>) {
  const { t } = useTranslation();
  const rows = values.contacts;
  const addId = 'editor-contact-add';
  const list = useRows(rows, onChange, { addId, focusId: (row) => contactId(row.key, 'name'), empty: emptyContact });
  return (
    <fieldset id={EDITOR_FIELD_IDS['contacts']} tabIndex={-1} className="fieldset">
      <legend className="fieldset__legend">{t('exampleEditor.sections.contacts')}</legend>
      <p className="field__hint">{t('exampleEditor.sectionHints.contacts')}</p>
      {rows.map((row, index) => {
        const number = index + 1;
        return (
          <fieldset key={row.key} className="fieldset person">
            <legend className="fieldset__legend">{t('exampleEditor.contact', { number })}</legend>
            {CONTACT_CONTROLS.map((control) => (
              <TextField
                key={control}
                id={contactId(row.key, control)}
                name={`contact-${control}-${number}`}
                label={t(`exampleEditor.contactFields.${control}`)}
                required={control === 'name'}
                {...CONTACT_INPUT[control]}
                value={row[control]}
                onChange={(text) => list.update(row.key, { [control]: text })}
                error={fieldErrors[contactField(row, control)]}
              />
            ))}
            <button type="button" className="button button--secondary button--small" onClick={() => list.remove(index)}>
              {t('exampleEditor.removeContact', { number })}
            </button>
          </fieldset>
        );
      })}
      <button id={addId} type="button" className="button button--secondary" onClick={list.add}>
        {t('exampleEditor.addContact')}
      </button>
    </fieldset>
  );
}
