import { useTranslation } from 'react-i18next';
import { WIZARD_FIELD_IDS, type WizardStep } from '../cohort-wizard';

/**
 * Inside the error summary when the API refuses the cohort because an organisation is busy in
 * another cohort of the programme: links to the steps where another can be chosen.
 */
export function ConflictFix({ onGoTo }: { onGoTo: (step: WizardStep, focusId: string) => void }) {
  const { t } = useTranslation();
  const link = (text: string, step: WizardStep, focusId: string) => (
    <li>
      <a
        href={`#${focusId}`}
        onClick={(event) => {
          event.preventDefault();
          onGoTo(step, focusId);
        }}
      >
        {text}
      </a>
    </li>
  );
  return (
    <>
      <p>{t('wizard.conflictFix')}</p>
      <ul className="error-summary__list">
        {link(t('wizard.changeMentees'), 'mentees', WIZARD_FIELD_IDS.menteeCodes)}
        {link(t('wizard.changeMentor'), 'mentor', WIZARD_FIELD_IDS.mentorCode)}
      </ul>
    </>
  );
}
