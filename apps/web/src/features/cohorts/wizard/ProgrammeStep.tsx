import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgrammeFieldsFragment } from '../../../gql/graphql';
import { Choice, ChoiceFieldset } from '../../../shared/ui/ChoiceFieldset';
import { menteeSpan, WIZARD_FIELD_IDS } from '../cohort-wizard';

interface ProgrammeStepProps {
  programmes: readonly ProgrammeFieldsFragment[];
  chosen: string;
  onChoose: (id: string) => void;
  error: string | undefined;
}

/** Step 1: the programme, which decides the kind of organisation, how many mentees and the follow-up. */
export function ProgrammeStep({ programmes, chosen, onChoose, error }: ProgrammeStepProps) {
  const { t } = useTranslation();
  if (programmes.length === 0) {
    return (
      <p className="notice">
        {t('wizard.noProgrammes')} <Link to="/programmes">{t('wizard.toProgrammes')}</Link>
      </p>
    );
  }
  return (
    <ChoiceFieldset id={WIZARD_FIELD_IDS.programmeId} legend={t('wizard.programmeLegend')} required error={error}>
      {programmes.map((programme) => (
        <Choice
          key={programme.id}
          id={`wizard-programme-${programme.id}`}
          type="radio"
          name="programme"
          checked={chosen === programme.id}
          onChange={() => onChoose(programme.id)}
          label={programme.name}
          detail={t('wizard.programmeDetail', {
            theme: programme.theme,
            kinds: t(`organizationKindPlural.${programme.organizationKind}`),
            span: menteeSpan(programme),
            count: programme.followUpMonths,
          })}
        />
      ))}
    </ChoiceFieldset>
  );
}
