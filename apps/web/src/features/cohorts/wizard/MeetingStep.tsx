import { useTranslation } from 'react-i18next';
import { MEETING_PREFIX } from '../cohort-wizard';
import type { MeetingFormValues } from '../meeting-form';
import { MeetingFields } from '../MeetingFields';

interface MeetingStepProps {
  meeting: MeetingFormValues;
  onChange: (meeting: MeetingFormValues) => void;
  /** The wizard's field messages: the meeting's are `startupMeeting.title` and so on. */
  fieldErrors: Record<string, string>;
}

/** Step 4, second part: the start-up meeting the cohort is created with, in Swedish time. */
export function MeetingStep({ meeting, onChange, fieldErrors }: MeetingStepProps) {
  const { t } = useTranslation();
  const error = (field: string) => fieldErrors[`${MEETING_PREFIX}${field}`];
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{t('wizard.meetingLegend')}</legend>
      <MeetingFields
        idPrefix="wizard-meeting"
        values={meeting}
        onChange={onChange}
        errors={{
          title: error('title'),
          date: error('date'),
          startTime: error('startTime'),
          endTime: error('endTime'),
          location: error('location'),
          notes: error('notes'),
        }}
      />
    </fieldset>
  );
}
