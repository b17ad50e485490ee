import { useTranslation } from 'react-i18next';
import { Choice } from '../../shared/ui/ChoiceFieldset';
import { TextField } from '../../shared/ui/TextField';
import { EDITOR_FIELD_IDS } from './editor-fields';
import type { ExampleFormValues } from './example-form';

type Period = Pick<ExampleFormValues, 'periodStart' | 'periodEnd' | 'ongoing'>;

interface PeriodFieldsProps {
  values: Period;
  onChange: (change: Partial<Period>) => void;
  fieldErrors: Record<string, string>;
}

/** "Tidsperiod": start and end year; "Pågående" leaves the end year out (and hides its field). */
export function PeriodFields({ values, onChange, fieldErrors }: PeriodFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{t('exampleEditor.fields.period')}</legend>
      <p className="field__hint">{t('exampleEditor.fields.periodHint')}</p>
      <div className="field-pair">
        <TextField
          id={EDITOR_FIELD_IDS.periodStart}
          name="periodStart"
          inputMode="numeric"
          autoComplete="off"
          maxLength={4}
          className="input--year"
          label={t('exampleEditor.fields.periodStart')}
          value={values.periodStart}
          onChange={(periodStart) => onChange({ periodStart })}
          error={fieldErrors['periodStart']}
        />
        {values.ongoing ? null : (
          <TextField
            id={EDITOR_FIELD_IDS.periodEnd}
            name="periodEnd"
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            className="input--year"
            label={t('exampleEditor.fields.periodEnd')}
            value={values.periodEnd}
            onChange={(periodEnd) => onChange({ periodEnd })}
            error={fieldErrors['periodEnd']}
          />
        )}
      </div>
      <Choice
        id="editor-ongoing"
        type="checkbox"
        name="ongoing"
        checked={values.ongoing}
        onChange={(ongoing) => onChange(ongoing ? { ongoing, periodEnd: '' } : { ongoing })}
        label={t('exampleEditor.fields.ongoing')}
        detail={t('exampleEditor.fields.ongoingDetail')}
      />
    </fieldset>
  );
}
