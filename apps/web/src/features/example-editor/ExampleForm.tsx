import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CurrentUserFragment, ExampleEditorFieldsFragment } from '../../gql/graphql';
import { useDraftAutosave, useRestoredDraft, type DraftKey } from '../../shared/draft-store';
import { fieldMessages, toUiError, validationError, type UiError } from '../../shared/errors/error-message';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { RestoredDraft } from '../../shared/ui/RestoredDraft';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextAreaField } from '../../shared/ui/TextAreaField';
import { TextField } from '../../shared/ui/TextField';
import { VersionConflict } from '../../shared/ui/VersionConflict';
import { useUnsavedChanges } from '../../shared/unsaved-changes';
import { useVersionConflict } from '../../shared/version-conflict';
import { ExampleView } from '../examples';
import { ConclusionRows } from './ConclusionRows';
import { ContactRows } from './ContactRows';
import { EDITOR_FIELD_IDS, fieldIdsOf } from './editor-fields';
import {
  CONTACT_CONTROLS,
  emptyExampleForm,
  exampleProblems,
  formFromExample,
  LINK_CONTROLS,
  NEW_EXAMPLE_BASE,
  newRowKey,
  SECTIONS,
  sentRows,
  toExampleInput,
  toFormError,
  toPreviewData,
  type ExampleFormValues,
  type ExampleOrganization,
  type PreviewBase,
  type Section,
  type Vocabulary,
} from './example-form';
import type { ExampleFlash } from './example-flash';
import { CreateLearningExampleMutation, ExampleForEditQuery, UpdateLearningExampleMutation } from './graphql/operations';
import { LinkRows } from './LinkRows';
import { OrganizationPicker } from './OrganizationPicker';
import { PeriodFields } from './PeriodFields';
import { TermChoices } from './TermChoices';

type Example = ExampleEditorFieldsFragment;

function baseOf(example: Example): PreviewBase {
  return {
    status: example.status,
    publishedAt: example.publishedAt,
    updatedAt: example.updatedAt,
    responsibleEditor: example.responsibleEditor,
    sourceUrl: example.sourceUrl,
  };
}

/** A member writes for their own organisation: it is in every example they create, and cannot be removed. */
function ownOrganizationOf(user: CurrentUserFragment): ExampleOrganization | null {
  if (user.role !== 'MEMBER') return null;
  const { code, name, kind } = user.organization;
  return { code, name, shortName: name, kind };
}

type Loose = Record<string, unknown>;
const isText = (value: unknown): value is string => typeof value === 'string';
const isRecord = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const textOf = (value: unknown) => (isText(value) ? value : '');
/** Each row of a draft's list that is an object, with the given text fields (missing ones empty) and a fresh key. */
function rowsOf<Field extends string>(value: unknown, fields: readonly Field[]): ({ key: string } & Record<Field, string>)[] | null {
  if (!Array.isArray(value)) return null;
  return value.filter(isRecord).map((row) => ({ key: newRowKey(), ...(Object.fromEntries(fields.map((field) => [field, textOf(row[field])])) as Record<Field, string>) }));
}

/**
 * A draft's values over the form's defaults (what was loaded, or an empty form), field by field: a
 * value of the wrong shape (a draft of an older version of the app) keeps the default. Rows get fresh
 * keys (a reloaded page counts its keys from the start again).
 */
function fromDraft(saved: unknown, fallback: ExampleFormValues): ExampleFormValues {
  if (!isRecord(saved)) return fallback;
  const text = (field: 'title' | 'summary' | 'periodStart' | 'periodEnd' | Section) => (isText(saved[field]) ? saved[field] : fallback[field]);
  const texts = (value: unknown, fallbackList: string[]) => (Array.isArray(value) ? value.filter(isText) : fallbackList);
  const organizations = Array.isArray(saved['organizations'])
    ? saved['organizations'].filter(
        (organization): organization is ExampleOrganization =>
          isRecord(organization) && isText(organization['code']) && isText(organization['name']) && isText(organization['shortName']) && isText(organization['kind']),
      )
    : fallback.organizations;
  const conclusions = rowsOf(saved['keyConclusions'], ['text'] as const);
  return {
    title: text('title'),
    summary: text('summary'),
    organizations,
    subjects: texts(saved['subjects'], fallback.subjects),
    activityAreas: texts(saved['activityAreas'], fallback.activityAreas),
    periodStart: text('periodStart'),
    periodEnd: text('periodEnd'),
    ongoing: typeof saved['ongoing'] === 'boolean' ? saved['ongoing'] : fallback.ongoing,
    background: text('background'),
    implementation: text('implementation'),
    successFactors: text('successFactors'),
    results: text('results'),
    keyConclusions: conclusions && conclusions.length > 0 ? conclusions : fallback.keyConclusions,
    furtherReading: rowsOf(saved['furtherReading'], LINK_CONTROLS) ?? fallback.furtherReading,
    contacts: rowsOf(saved['contacts'], CONTACT_CONTROLS) ?? fallback.contacts,
  };
}

/** What the form keeps as its draft (shared/draft-store.ts): the text, and the version it was written over. */
interface ExampleDraft {
  values: ExampleFormValues;
  version: number;
}

/** The version a draft was written over, when it says. */
function versionOf(draft: unknown): number | null {
  const version = isRecord(draft) ? draft['version'] : undefined;
  return typeof version === 'number' && Number.isInteger(version) ? version : null;
}

/** The form's content without React's row keys: what decides whether there is anything unsaved. */
function contentOf(values: ExampleFormValues): string {
  const strip = <Row extends { key: string }>(rows: Row[]) => rows.map(({ key: _key, ...row }) => row);
  return JSON.stringify({ ...values, keyConclusions: strip(values.keyConclusions), furtherReading: strip(values.furtherReading), contacts: strip(values.contacts) });
}

interface ExampleFormProps {
  /** The example as it was opened; null for a new one. */
  example: Example | null;
  user: CurrentUserFragment;
  vocabulary: Vocabulary | null;
}

/**
 * The whole example in one form, beside a live preview of its public page. Checked before sending;
 * the API's answer lands at the fields it names (list rows included). A save refused as stale keeps
 * the user's text and offers the newer version (shared VersionConflict). Unsaved text is guarded and
 * kept as a draft over a reload or a lapsed session (docs/web-patterns.md, "Work is never lost").
 */
export function ExampleForm({ example, user, vocabulary }: ExampleFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const own = ownOrganizationOf(user);
  const draftKey = useMemo<DraftKey>(() => ({ form: example ? `example:${example.id}` : 'example:new', userId: user.id }), [example, user.id]);
  const restored = useRestoredDraft<unknown>(draftKey);
  /** What was loaded, or last taken from the server: the form is dirty when it differs. */
  const [saved, setSaved] = useState<ExampleFormValues>(() => (example ? formFromExample(example) : emptyExampleForm(own)));
  const [values, setValues] = useState<ExampleFormValues>(() => (restored && isRecord(restored.values) ? fromDraft(restored.values['values'], saved) : saved));
  const [restoredNotice, setRestoredNotice] = useState<'afterSessionEnded' | 'restored' | null>(() =>
    restored ? (restored.afterSessionEnded ? 'afterSessionEnded' : 'restored') : null,
  );
  const [discarded, setDiscarded] = useState(false);
  const [base, setBase] = useState<PreviewBase>(example ? baseOf(example) : NEW_EXAMPLE_BASE);
  // Not useFormError: a long form's errors are read in the summary (it takes focus, not the first
  // field), and the API's list fields must be renamed to the form's rows (toFormError) first.
  const [error, setError] = useState<UiError | null>(null);
  const [create, { loading: creating }] = useMutation(CreateLearningExampleMutation);
  const [update, { loading: updating }] = useMutation(UpdateLearningExampleMutation);
  const saving = creating || updating;
  const summary = useRef<HTMLDivElement>(null);
  const focusSummary = useRef(false);
  const fieldIds = useMemo(() => fieldIdsOf(values), [values]);
  const fieldErrors = useMemo(() => fieldMessages(error), [error]);
  const preview = useMemo(() => toPreviewData(values, base), [values, base]);

  const conflict = useVersionConflict<Example>({
    // A restored draft was written over the version it read: a save then meets any change made since.
    version: versionOf(restored?.values) ?? example?.version ?? 0,
    loadCurrent: async () => {
      if (!example) return null;
      const { data } = await client.query({ query: ExampleForEditQuery, variables: { slug: example.slug }, fetchPolicy: 'network-only' });
      return data?.learningExample;
    },
    versionOf: (latest) => latest.version,
    savedAtOf: (latest) => latest.updatedAt,
    onLoaded: () => setError(null),
    onKeepMine: (latest) => {
      setBase(baseOf(latest));
      setSaved(formFromExample(latest));
    },
    onTakeLatest: (latest) => {
      const taken = formFromExample(latest);
      setValues(taken);
      setSaved(taken);
      setBase(baseOf(latest));
    },
  });

  const dirty = useMemo(() => contentOf(values) !== contentOf(saved), [values, saved]);
  const draftValues = useMemo<ExampleDraft>(() => ({ values, version: conflict.version }), [values, conflict.version]);
  const draft = useDraftAutosave(draftKey, draftValues, dirty);
  const guard = useUnsavedChanges(dirty, { onLeave: draft.discard });

  useEffect(() => {
    if (!focusSummary.current) return;
    focusSummary.current = false;
    summary.current?.focus();
  }, [error]);

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
    const invalid = validationError(exampleProblems(values, vocabulary, t), t);
    if (invalid) {
      fail(invalid);
      return;
    }
    setError(null);
    const sent = sentRows(values);
    const input = toExampleInput(values);
    try {
      const answer = example
        ? (await conflict.save((version) => update({ variables: { id: example.id, version, input } }))).data?.updateLearningExample
        : (await create({ variables: { input } })).data?.createLearningExample;
      if (!answer) return;
      const flash: ExampleFlash = example ? 'exampleSaved' : 'exampleCreated';
      draft.discard();
      guard.allowNextNavigation();
      await navigate(`/examples/${encodeURIComponent(answer.slug)}`, { state: { flash } });
    } catch (cause) {
      fail(toFormError(toUiError(cause, t), sent));
    }
  }

  /** The restored draft is thrown away: back to what is saved, at the version it has. */
  function discardRestored() {
    draft.discard();
    setValues(saved);
    if (example) conflict.saved(example.version);
    setRestoredNotice(null);
    setDiscarded(true);
    document.getElementById(EDITOR_FIELD_IDS.title)?.focus();
  }

  const cancelPath = example ? `/examples/${encodeURIComponent(example.slug)}` : '/editorial';

  return (
    <>
      {guard.dialog}
      {restoredNotice ? <RestoredDraft afterSessionEnded={restoredNotice === 'afterSessionEnded'} onDiscard={discardRestored} /> : null}
      <StatusMessage>{discarded ? t('draft.discarded') : null}</StatusMessage>
      <div ref={summary} tabIndex={-1} className="example-editor__summary">
        <ErrorSummary error={error} fieldIds={fieldIds} />
        <VersionConflict
          conflict={conflict}
          firstFieldId={EDITOR_FIELD_IDS.title}
          texts={{ heading: t('exampleEditor.conflict.heading'), gone: t('exampleEditor.conflict.gone') }}
          className="example-editor__latest"
        />
      </div>
      <div className="example-editor">
        <form className="form form--wide example-editor__form" noValidate onSubmit={(event) => void submit(event)}>
          <TextField
            id={EDITOR_FIELD_IDS.title}
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
            id={EDITOR_FIELD_IDS.summary}
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
            id={EDITOR_FIELD_IDS.subjects}
            name="subjects"
            legend={t('exampleEditor.fields.subjects')}
            hint={t('exampleEditor.fields.subjectsHint')}
            terms={vocabulary?.subjects ?? []}
            chosen={values.subjects}
            onChange={(subjects) => set({ subjects })}
            error={fieldErrors['subjects']}
          />
          <TermChoices
            id={EDITOR_FIELD_IDS.activityAreas}
            name="activityAreas"
            legend={t('exampleEditor.fields.activityAreas')}
            hint={t('exampleEditor.fields.activityAreasHint')}
            terms={vocabulary?.activityAreas ?? []}
            chosen={values.activityAreas}
            onChange={(activityAreas) => set({ activityAreas })}
            error={fieldErrors['activityAreas']}
          />

          <PeriodFields values={values} onChange={set} fieldErrors={fieldErrors} />

          {SECTIONS.map((section) => (
            <TextAreaField
              key={section}
              id={EDITOR_FIELD_IDS[section]}
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

          <ConclusionRows rows={values.keyConclusions} onChange={(keyConclusions) => set({ keyConclusions })} fieldErrors={fieldErrors} />
          <LinkRows rows={values.furtherReading} onChange={(furtherReading) => set({ furtherReading })} fieldErrors={fieldErrors} />
          <ContactRows rows={values.contacts} onChange={(contacts) => set({ contacts })} fieldErrors={fieldErrors} />

          <div className="button-row">
            <SubmitButton busy={saving} label={example ? t('exampleEditor.save') : t('exampleEditor.create')} busyLabel={t('common.saving')} />
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
