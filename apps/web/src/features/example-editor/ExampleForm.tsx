import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CurrentUserFragment, ExampleEditorFieldsFragment } from '../../gql/graphql';
import { fieldMessages, toUiError, validationError, type UiError } from '../../shared/errors/error-message';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextAreaField } from '../../shared/ui/TextAreaField';
import { TextField } from '../../shared/ui/TextField';
import { VersionConflict } from '../../shared/ui/VersionConflict';
import { useVersionConflict } from '../../shared/version-conflict';
import { ExampleView } from '../examples';
import { ConclusionRows } from './ConclusionRows';
import { ContactRows } from './ContactRows';
import { EDITOR_FIELD_IDS, fieldIdsOf } from './editor-fields';
import {
  emptyExampleForm,
  exampleProblems,
  formFromExample,
  NEW_EXAMPLE_BASE,
  SECTIONS,
  sentRows,
  toExampleInput,
  toFormError,
  toPreviewData,
  type ExampleFormValues,
  type ExampleOrganization,
  type PreviewBase,
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

interface ExampleFormProps {
  /** The example as it was opened; null for a new one. */
  example: Example | null;
  user: CurrentUserFragment;
  vocabulary: Vocabulary | null;
}

/**
 * The whole example in one form, beside a live preview of its public page. Checked before sending;
 * the API's answer lands at the fields it names (list rows included). A save refused as stale keeps
 * the user's text and offers the newer version (shared VersionConflict).
 */
export function ExampleForm({ example, user, vocabulary }: ExampleFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const own = ownOrganizationOf(user);
  const [values, setValues] = useState<ExampleFormValues>(() => (example ? formFromExample(example) : emptyExampleForm(own)));
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
    version: example?.version ?? 0,
    loadCurrent: async () => {
      if (!example) return null;
      const { data } = await client.query({ query: ExampleForEditQuery, variables: { slug: example.slug }, fetchPolicy: 'network-only' });
      return data?.learningExample;
    },
    versionOf: (latest) => latest.version,
    savedAtOf: (latest) => latest.updatedAt,
    onLoaded: () => setError(null),
    onKeepMine: (latest) => setBase(baseOf(latest)),
    onTakeLatest: (latest) => {
      setValues(formFromExample(latest));
      setBase(baseOf(latest));
    },
  });

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
      const saved = example
        ? (await conflict.save((version) => update({ variables: { id: example.id, version, input } }))).data?.updateLearningExample
        : (await create({ variables: { input } })).data?.createLearningExample;
      if (!saved) return;
      const flash: ExampleFlash = example ? 'exampleSaved' : 'exampleCreated';
      await navigate(`/examples/${encodeURIComponent(saved.slug)}`, { state: { flash } });
    } catch (cause) {
      fail(toFormError(toUiError(cause, t), sent));
    }
  }

  const cancelPath = example ? `/examples/${encodeURIComponent(example.slug)}` : '/editorial';

  return (
    <>
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
