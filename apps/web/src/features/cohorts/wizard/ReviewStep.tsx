import type { FormEvent, ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeFieldsFragment } from '../../../gql/graphql';
import { formatCalendarDate, formatTime, formatWeekdayDate } from '../../../shared/format';
import { stockholmDateTime } from '../../../shared/stockholm-time';
import { SubmitButton } from '../../../shared/ui/SubmitButton';
import { defaultFollowUp, type WizardState, type WizardStep } from '../cohort-wizard';
import { CandidateOrganizationsQuery as CandidatesQuery } from '../graphql/operations';

interface ReviewStepProps {
  state: WizardState;
  programme: ProgrammeFieldsFragment | undefined;
  creating: boolean;
  onGoTo: (step: WizardStep) => void;
  onBack: () => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

/** Step 5: everything entered, each with a way back to change it, and the button that creates the cohort. */
export function ReviewStep({ state, programme, creating, onGoTo, onBack, onSubmit }: ReviewStepProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const candidatesQuery = useQuery(CandidatesQuery, { variables: { kind: programme?.organizationKind ?? 'MUNICIPALITY' }, skip: !programme });
  const names = new Map((candidatesQuery.data?.organizations ?? []).map((organization) => [organization.code, organization.name]));
  const nameOf = (code: string) => names.get(code) ?? code;
  const followUp = state.followUpDueDate || defaultFollowUp(state.startDate, programme);
  const startsAt = stockholmDateTime(state.meeting.date, state.meeting.startTime);
  const endsAt = state.meeting.endTime ? stockholmDateTime(state.meeting.date, state.meeting.endTime) : null;

  const row = (label: string, value: ReactNode, target: WizardStep) => (
    <div>
      <dt>{label}</dt>
      <dd>
        {value}{' '}
        <button type="button" className="link-button" onClick={() => onGoTo(target)}>
          {t('wizard.change')} <span className="visually-hidden">{label.toLocaleLowerCase('sv')}</span>
        </button>
      </dd>
    </div>
  );

  return (
    <>
      <p>{t('wizard.reviewIntro')}</p>
      <dl className="details">
        {row(t('wizard.review.programme'), programme?.name ?? t('common.notSet'), 'programme')}
        {row(
          t('wizard.review.mentees'),
          state.menteeCodes.length ? (
            <ul className="plain-list">
              {state.menteeCodes.map((code) => (
                <li key={code}>{nameOf(code)}</li>
              ))}
            </ul>
          ) : (
            t('common.notSet')
          ),
          'mentees',
        )}
        {row(t('wizard.review.mentor'), state.mentorCode ? nameOf(state.mentorCode) : t('common.notSet'), 'mentor')}
        {row(t('wizard.review.name'), state.name.trim() || t('common.notSet'), 'details')}
        {row(t('wizard.review.startDate'), state.startDate ? formatCalendarDate(state.startDate, language) : t('common.notSet'), 'details')}
        {row(
          t('wizard.review.followUp'),
          followUp
            ? state.followUpDueDate
              ? formatCalendarDate(followUp, language)
              : t('wizard.review.followUpDefault', { date: formatCalendarDate(followUp, language) })
            : t('common.notSet'),
          'details',
        )}
        {row(
          t('wizard.review.meeting'),
          <>
            {state.meeting.title.trim()}
            {startsAt ? (
              <>
                <br />
                <time dateTime={startsAt}>
                  {endsAt
                    ? t('meetings.when', { date: formatWeekdayDate(startsAt, language), start: formatTime(startsAt, language), end: formatTime(endsAt, language) })
                    : t('meetings.whenStartOnly', { date: formatWeekdayDate(startsAt, language), start: formatTime(startsAt, language) })}
                </time>
              </>
            ) : null}
            {state.meeting.location.trim() ? (
              <>
                <br />
                {state.meeting.location.trim()}
              </>
            ) : null}
          </>,
          'details',
        )}
      </dl>
      <form className="form" noValidate onSubmit={onSubmit}>
        <div className="button-row wizard__buttons">
          <button type="button" className="button button--secondary" onClick={onBack}>
            {t('wizard.back')}
          </button>
          <SubmitButton busy={creating} label={t('wizard.submit')} busyLabel={t('wizard.submitting')} />
        </div>
      </form>
    </>
  );
}
