import { useTranslation } from 'react-i18next';
import { WIZARD_STEPS, type WizardStep } from '../cohort-wizard';

/** The five steps, the current one marked; steps already done are buttons back to them. */
export function StepIndicator({ current, onGoTo }: { current: WizardStep; onGoTo: (step: WizardStep) => void }) {
  const { t } = useTranslation();
  const currentIndex = WIZARD_STEPS.indexOf(current);
  return (
    <ol className="steps" aria-label={t('wizard.stepsLabel')}>
      {WIZARD_STEPS.map((step, index) => {
        const label = `${index + 1}. ${t(`wizard.steps.${step}`)}`;
        if (index < currentIndex) {
          return (
            <li key={step} className="steps__item steps__item--done">
              <button type="button" className="link-button" onClick={() => onGoTo(step)}>
                {label}
                <span className="visually-hidden"> {t('wizard.stepDone')}</span>
              </button>
            </li>
          );
        }
        return (
          <li key={step} className={index === currentIndex ? 'steps__item steps__item--current' : 'steps__item'} aria-current={index === currentIndex ? 'step' : undefined}>
            {label}
          </li>
        );
      })}
    </ol>
  );
}
