import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CohortDetailsFragment } from '../../gql/graphql';
import type { FieldProblem } from '../../shared/errors/error-message';
import { formatCalendarDate } from '../../shared/format';
import { useFormError } from '../../shared/forms';
import { isDate } from '../../shared/stockholm-time';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextField } from '../../shared/ui/TextField';
import { VersionConflict } from '../../shared/ui/VersionConflict';
import { useVersionConflict } from '../../shared/version-conflict';
import type { CohortSectionProps } from './cohort-page-data';
import { cohortEditable } from './cohort-status';
import { NAME_MAX_LENGTH } from './cohort-wizard';
import { CohortQuery, UpdateCohortMutation } from './graphql/operations';

const FIELD_IDS = { name: 'edit-cohort-name', startDate: 'edit-cohort-start', followUpDueDate: 'edit-cohort-follow-up' };

/**
 * The process leader edits name and dates (`updateCohort` with the version read). A save refused because
 * the cohort changed meanwhile keeps what was typed and offers the newer name and dates
 * (docs/web-patterns.md, "Conflicts").
 */
export function EditCohortSection({ cohort }: CohortSectionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (!open && wasOpen.current) toggle.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!cohortEditable(cohort.status)) return null;
  return (
    <section aria-labelledby="edit-cohort-heading" className="section">
      <h2 id="edit-cohort-heading">{t('editCohort.heading')}</h2>
      <StatusMessage>{saved ? t('editCohort.saved') : null}</StatusMessage>
      <button
        ref={toggle}
        type="button"
        className="button button--secondary"
        aria-expanded={open}
        aria-controls={open ? 'edit-cohort-form' : undefined}
        onClick={() => {
          setSaved(false);
          setOpen(!open);
        }}
      >
        {t('editCohort.open')}
      </button>
      {open ? (
        // Not keyed by the version: a newer cohort from the server must not reset what is being typed.
        <EditCohortForm
          cohort={cohort}
          onDone={(done) => {
            setSaved(done);
            setOpen(false);
          }}
        />
      ) : null}
    </section>
  );
}

function EditCohortForm({ cohort, onDone }: Pick<CohortSectionProps, 'cohort'> & { onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [update, { loading }] = useMutation(UpdateCohortMutation);
  const [name, setName] = useState(cohort.name);
  const [startDate, setStartDate] = useState(cohort.startDate);
  const [followUpDueDate, setFollowUp] = useState(cohort.followUpDueDate);
  const { error, fieldErrors, rejectInvalid, showError, clear } = useFormError(FIELD_IDS);
  const first = useRef<HTMLInputElement>(null);
  const conflict = useVersionConflict<CohortDetailsFragment>({
    version: cohort.version,
    loadCurrent: async () => (await client.query({ query: CohortQuery, variables: { id: cohort.id }, fetchPolicy: 'network-only' })).data?.cohort,
    versionOf: (latest) => latest.version,
    onLoaded: clear,
    onTakeLatest: (latest) => {
      setName(latest.name);
      setStartDate(latest.startDate);
      setFollowUp(latest.followUpDueDate);
    },
  });

  useEffect(() => {
    first.current?.focus();
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const problems: FieldProblem[] = [];
    if (!name.trim()) problems.push({ field: 'name', message: t('wizard.nameRequired') });
    else if (name.trim().length > NAME_MAX_LENGTH) problems.push({ field: 'name', message: t('wizard.nameTooLong', { max: NAME_MAX_LENGTH }) });
    if (!isDate(startDate)) problems.push({ field: 'startDate', message: t('wizard.startDateInvalid') });
    if (!isDate(followUpDueDate)) problems.push({ field: 'followUpDueDate', message: t('editCohort.followUpInvalid') });
    else if (isDate(startDate) && followUpDueDate <= startDate) problems.push({ field: 'followUpDueDate', message: t('wizard.followUpBeforeStart') });
    if (rejectInvalid(problems)) return;
    clear();
    try {
      await conflict.save((version) => update({ variables: { id: cohort.id, version, input: { name: name.trim(), startDate, followUpDueDate } } }));
      onDone(true);
    } catch (cause) {
      showError(cause);
    }
  }

  return (
    <div id="edit-cohort-form" className="action-panel">
      <ErrorSummary error={error} fieldIds={FIELD_IDS} />
      <VersionConflict
        conflict={conflict}
        firstFieldId={FIELD_IDS.name}
        texts={{ heading: t('editCohort.conflictHeading'), explain: t('editCohort.conflictExplain'), gone: t('editCohort.conflictGone') }}
        renderLatest={(latest) => <LatestNameAndDates cohort={latest} />}
      />
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          ref={first}
          id={FIELD_IDS.name}
          name="name"
          label={t('wizard.name')}
          required
          maxLength={NAME_MAX_LENGTH}
          value={name}
          onChange={setName}
          error={fieldErrors['name']}
        />
        <TextField
          id={FIELD_IDS.startDate}
          name="startDate"
          type="date"
          label={t('wizard.startDate')}
          hint={t('wizard.dateHint')}
          required
          value={startDate}
          onChange={setStartDate}
          error={fieldErrors['startDate']}
        />
        <TextField
          id={FIELD_IDS.followUpDueDate}
          name="followUpDueDate"
          type="date"
          label={t('editCohort.followUp')}
          hint={t('editCohort.followUpHint')}
          required
          value={followUpDueDate}
          onChange={setFollowUp}
          error={fieldErrors['followUpDueDate']}
        />
        <div className="button-row">
          <SubmitButton busy={loading} label={t('editCohort.submit')} busyLabel={t('common.saving')} />
          <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}

/** The name and dates as someone else saved them, shown in the conflict notice. */
function LatestNameAndDates({ cohort }: { cohort: Pick<CohortDetailsFragment, 'name' | 'startDate' | 'followUpDueDate'> }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="details details--compact">
      <div>
        <dt>{t('wizard.name')}</dt>
        <dd>{cohort.name}</dd>
      </div>
      <div>
        <dt>{t('wizard.startDate')}</dt>
        <dd>
          <time dateTime={cohort.startDate}>{formatCalendarDate(cohort.startDate, i18n.language)}</time>
        </dd>
      </div>
      <div>
        <dt>{t('editCohort.followUp')}</dt>
        <dd>
          <time dateTime={cohort.followUpDueDate}>{formatCalendarDate(cohort.followUpDueDate, i18n.language)}</time>
        </dd>
      </div>
    </dl>
  );
}
