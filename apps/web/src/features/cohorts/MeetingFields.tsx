import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../shared/ui/TextAreaField';
import { TextField } from '../../shared/ui/TextField';
import { LOCATION_MAX_LENGTH, NOTES_MAX_LENGTH, TITLE_MAX_LENGTH, type MeetingFormField, type MeetingFormValues } from './meeting-form';

interface MeetingFieldsProps {
  /** Ids become `${idPrefix}-title`, `${idPrefix}-date`, `${idPrefix}-start`, `${idPrefix}-end`, `${idPrefix}-location`, `${idPrefix}-notes`. */
  idPrefix: string;
  values: MeetingFormValues;
  onChange: (values: MeetingFormValues) => void;
  errors: Partial<Record<MeetingFormField, string | undefined>>;
  /** Shown right after the date field: a question about the date to answer before saving (MeetingsSection's date warning). */
  dateWarning?: ReactNode;
}

export function meetingFieldIds(idPrefix: string): Record<MeetingFormField, string> {
  return {
    kind: `${idPrefix}-kind`,
    title: `${idPrefix}-title`,
    date: `${idPrefix}-date`,
    startTime: `${idPrefix}-start`,
    endTime: `${idPrefix}-end`,
    location: `${idPrefix}-location`,
    notes: `${idPrefix}-notes`,
  };
}

/** Title, Swedish date and times, place or link, notes: the fields every meeting form shares. */
export function MeetingFields({ idPrefix, values, onChange, errors, dateWarning }: MeetingFieldsProps) {
  const { t } = useTranslation();
  const ids = meetingFieldIds(idPrefix);
  const set = (change: Partial<MeetingFormValues>) => onChange({ ...values, ...change });
  return (
    <>
      <TextField
        id={ids.title}
        name="title"
        label={t('meetingForm.title')}
        required
        maxLength={TITLE_MAX_LENGTH}
        value={values.title}
        onChange={(title) => set({ title })}
        error={errors.title}
      />
      <TextField
        id={ids.date}
        name="date"
        type="date"
        label={t('meetingForm.date')}
        hint={t('meetingForm.dateHint')}
        required
        value={values.date}
        onChange={(date) => set({ date })}
        error={errors.date}
      />
      {dateWarning}
      <div className="field-pair">
        <TextField
          id={ids.startTime}
          name="startTime"
          type="time"
          label={t('meetingForm.startTime')}
          hint={t('meetingForm.timeHint')}
          required
          value={values.startTime}
          onChange={(startTime) => set({ startTime })}
          error={errors.startTime}
        />
        <TextField
          id={ids.endTime}
          name="endTime"
          type="time"
          label={t('meetingForm.endTime')}
          hint={t('meetingForm.endTimeHint')}
          value={values.endTime}
          onChange={(endTime) => set({ endTime })}
          error={errors.endTime}
        />
      </div>
      <TextField
        id={ids.location}
        name="location"
        label={t('meetingForm.location')}
        hint={t('meetingForm.locationHint')}
        maxLength={LOCATION_MAX_LENGTH}
        value={values.location}
        onChange={(location) => set({ location })}
        error={errors.location}
      />
      <TextAreaField
        id={ids.notes}
        name="notes"
        label={t('meetingForm.notes')}
        maxLength={NOTES_MAX_LENGTH}
        value={values.notes}
        onChange={(notes) => set({ notes })}
        error={errors.notes}
      />
    </>
  );
}
