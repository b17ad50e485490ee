import { useTranslation } from 'react-i18next';
import type { ProgrammeFieldsFragment } from '../../../gql/graphql';
import { formatCalendarDate } from '../../../shared/format';
import { TextField } from '../../../shared/ui/TextField';
import { defaultFollowUp, NAME_MAX_LENGTH, WIZARD_FIELD_IDS, type WizardState } from '../cohort-wizard';

interface DetailsStepProps {
  state: WizardState;
  programme: ProgrammeFieldsFragment | undefined;
  onChange: (change: Partial<WizardState>) => void;
  fieldErrors: Record<string, string>;
}

/** Step 4, first part: the cohort's name, start date and (if not the programme's default) follow-up date. */
export function DetailsStep({ state, programme, onChange, fieldErrors }: DetailsStepProps) {
  const { t, i18n } = useTranslation();
  const followUp = defaultFollowUp(state.startDate, programme);
  const months = programme?.followUpMonths ?? 12;
  function setStartDate(startDate: string) {
    // The start-up meeting is usually on the start date: follow it until a date of its own is typed.
    const follow = !state.meeting.date || state.meeting.date === state.startDate;
    onChange({ startDate, ...(follow ? { meeting: { ...state.meeting, date: startDate } } : {}) });
  }
  return (
    <>
      <TextField
        id={WIZARD_FIELD_IDS.name}
        name="name"
        label={t('wizard.name')}
        hint={t('wizard.nameHint')}
        required
        maxLength={NAME_MAX_LENGTH}
        value={state.name}
        onChange={(name) => onChange({ name })}
        error={fieldErrors['name']}
      />
      <TextField
        id={WIZARD_FIELD_IDS.startDate}
        name="startDate"
        type="date"
        label={t('wizard.startDate')}
        hint={t('wizard.dateHint')}
        required
        value={state.startDate}
        onChange={setStartDate}
        error={fieldErrors['startDate']}
      />
      <TextField
        id={WIZARD_FIELD_IDS.followUpDueDate}
        name="followUpDueDate"
        type="date"
        label={t('wizard.followUp')}
        hint={
          followUp
            ? t('wizard.followUpHint', { date: formatCalendarDate(followUp, i18n.language), count: months })
            : t('wizard.followUpHintNoStart', { count: months })
        }
        value={state.followUpDueDate}
        onChange={(followUpDueDate) => onChange({ followUpDueDate })}
        error={fieldErrors['followUpDueDate']}
      />
    </>
  );
}
