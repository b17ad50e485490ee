import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CheckpointKind, checkpointsOpen, mayAddCheckpoint, mayViewReport } from '@modellkommuner/shared';
import type { FieldProblem } from '../../shared/errors/error-message';
import { formatCalendarDate } from '../../shared/format';
import { checkpointKindLabel, reportPath, reportStatusClass, reportStatusLabel } from '../../shared/follow-up';
import { useFormError } from '../../shared/forms';
import { isDate } from '../../shared/stockholm-time';
import { Confirmation } from '../../shared/ui/Confirmation';
import { SubmitForm } from '../../shared/ui/SubmitForm';
import { TextField } from '../../shared/ui/TextField';
import { useCurrentUser } from '../auth';
import type { CohortSectionProps } from './cohort-page-data';
import { memberFacts, orderMembers, ruleViewer } from './cohort-view';
import { AddCheckpointMutation } from './graphql/operations';

const MIDTERM_FIELDS = { dueDate: 'midterm-due-date' };

/**
 * "Uppföljning": each checkpoint (kind, due date) with the members whose report the viewer may read
 * (mayViewReport: the organisation itself, the mentor, process leaders), each with the report's status
 * and a link to it — the viewer's own organisation first, as "Vår rapport". Process leaders add the
 * midterm follow-up while checkpoints can be added (checkpointsOpen) and there is none.
 */
export function FollowUpSection({ cohort, permissions, reload }: CohortSectionProps) {
  const { t, i18n } = useTranslation();
  const { user } = useCurrentUser();
  // Said here, not in the form: the form goes once the midterm follow-up is there.
  const [added, setAdded] = useState<string | null>(null);
  const language = i18n.language;
  const viewer = user ? ruleViewer(user) : null;
  const facts = cohort.members.map(memberFacts);
  const own = permissions.ownOrganizationCode;
  const members = orderMembers(cohort.members).filter((member) => mayViewReport(viewer, facts, member.organization.code));
  const ordered = [
    ...members.filter((member) => member.organization.code === own),
    ...members.filter((member) => member.organization.code !== own),
  ];
  const checkpoints = [...cohort.checkpoints].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const oneYear = checkpoints.find((checkpoint) => checkpoint.kind === CheckpointKind.ONE_YEAR);
  const mayAddMidterm =
    mayAddCheckpoint(viewer) &&
    checkpointsOpen(cohort.status) &&
    !checkpoints.some((checkpoint) => checkpoint.kind === CheckpointKind.MIDTERM);

  return (
    <section aria-labelledby="follow-up-heading" className="section">
      <h2 id="follow-up-heading">{t('followUp.cohort.heading')}</h2>
      <p>{t('followUp.cohort.intro')}</p>
      <Confirmation heading={added} level={3} />
      {checkpoints.length === 0 ? <p>{t('cohort.noCheckpoints')}</p> : null}
      {checkpoints.map((checkpoint) => {
        const headingId = `checkpoint-${checkpoint.id}-heading`;
        return (
          <section key={checkpoint.id} aria-labelledby={headingId} className="subsection">
            <h3 id={headingId}>
              {t('followUp.cohort.checkpointHeading', {
                kind: checkpointKindLabel(checkpoint.kind, t),
                date: formatCalendarDate(checkpoint.dueDate, language),
              })}
            </h3>
            {ordered.length === 0 ? (
              <p>{t('followUp.cohort.noReadable')}</p>
            ) : (
              <ul className="link-list">
                {ordered.map((member) => {
                  const report = checkpoint.reports.find((candidate) => candidate.organization.code === member.organization.code);
                  const status = report?.status ?? null;
                  return (
                    <li key={member.id}>
                      <Link to={reportPath(checkpoint.id, member.organization.code)}>
                        {member.organization.code === own
                          ? t('followUp.cohort.own')
                          : t('followUp.cohort.organization', { organization: member.organization.name })}
                      </Link>{' '}
                      <span className={reportStatusClass(status)}>{reportStatusLabel(status, t)}</span>
                      {member.withdrawnAt ? ` ${t('followUp.cohort.withdrawn')}` : null}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
      <p>
        <Link to="/follow-up">{t('followUp.cohort.listLink')}</Link>
      </p>
      {mayAddMidterm ? (
        <AddMidtermForm
          cohortId={cohort.id}
          oneYearDueDate={oneYear?.dueDate ?? null}
          onAdded={(dueDate) => {
            setAdded(t('followUp.cohort.midtermAdded', { date: formatCalendarDate(dueDate, language) }));
            // The new checkpoint shows once the cohort is read again; a failed re-read leaves the page as it is.
            void reload().catch(() => undefined);
          }}
        />
      ) : null}
    </section>
  );
}

interface AddMidtermFormProps {
  cohortId: string;
  oneYearDueDate: string | null;
  onAdded: (dueDate: string) => void;
}

/** "Lägg till halvtidsuppföljning": a due date before the one-year follow-up → addCheckpoint(MIDTERM). */
function AddMidtermForm({ cohortId, oneYearDueDate, onAdded }: AddMidtermFormProps) {
  const { t, i18n } = useTranslation();
  const [dueDate, setDueDate] = useState('');
  const [add, { loading }] = useMutation(AddCheckpointMutation);
  const { error, fieldErrors, send } = useFormError(MIDTERM_FIELDS);
  const oneYear = oneYearDueDate ? formatCalendarDate(oneYearDueDate, i18n.language) : null;

  async function submit() {
    const problems: FieldProblem[] = [];
    if (!isDate(dueDate)) problems.push({ field: 'dueDate', message: t('followUp.cohort.dateInvalid') });
    else if (oneYearDueDate && dueDate >= oneYearDueDate)
      problems.push({ field: 'dueDate', message: t('followUp.cohort.dateTooLate', { date: oneYear }) });
    const done = await send(problems, () => add({ variables: { cohortId, kind: CheckpointKind.MIDTERM, dueDate } }));
    if (!done) return;
    onAdded(dueDate);
  }

  return (
    <div className="subsection">
      <h3>{t('followUp.cohort.addMidterm')}</h3>
      <SubmitForm
        error={error}
        fieldIds={MIDTERM_FIELDS}
        busy={loading}
        submitLabel={t('followUp.cohort.midtermSubmit')}
        busyLabel={t('common.saving')}
        onSubmit={submit}
      >
        <TextField
          id={MIDTERM_FIELDS.dueDate}
          name="dueDate"
          type="date"
          label={t('followUp.cohort.midtermDate')}
          hint={oneYear ? t('followUp.cohort.midtermHint', { date: oneYear }) : undefined}
          required
          value={dueDate}
          onChange={setDueDate}
          error={fieldErrors['dueDate']}
        />
      </SubmitForm>
    </div>
  );
}
