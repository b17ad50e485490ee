import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { percentOf, type NetworkOverview } from './reach';

/** How far the method has reached: kommuner and regioner against all of them, and the network's key figures. */
export function ReachFigures({ overview }: { overview: NetworkOverview }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const number = (n: number) => n.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'sv-SE');
  return (
    <section aria-labelledby={`${id}-heading`} className="section reach-figures">
      <h2 id={`${id}-heading`}>{t('network.figures.heading')}</h2>
      <div className="reach-figures__progress">
        <Progress
          label={t('network.figures.municipalities', { reached: overview.municipalitiesReached, total: overview.municipalitiesTotal })}
          reached={overview.municipalitiesReached}
          total={overview.municipalitiesTotal}
        />
        <Progress
          label={t('network.figures.regions', { reached: overview.regionsReached, total: overview.regionsTotal })}
          reached={overview.regionsReached}
          total={overview.regionsTotal}
        />
      </div>
      <dl className="reach-figures__numbers">
        <div>
          <dt>{t('network.figures.mentorsEligible')}</dt>
          <dd>{number(overview.mentorsEligible)}</dd>
        </div>
        <div>
          <dt>{t('network.figures.activeCohorts')}</dt>
          <dd>{number(overview.activeCohorts)}</dd>
        </div>
        <div>
          <dt>{t('network.figures.generations')}</dt>
          <dd>{number(overview.generations)}</dd>
        </div>
      </dl>
    </section>
  );
}

/** "37 av 290 kommuner (13 %)" and a bar that draws the same (the words say it all; the bar is decoration). */
function Progress({ label, reached, total }: { label: string; reached: number; total: number }) {
  const { t } = useTranslation();
  const percent = percentOf(reached, total);
  return (
    <div className="reach-progress">
      <p className="reach-progress__label">
        <strong>{label}</strong> <span className="reach-progress__share">({t('network.figures.share', { percent })})</span>
      </p>
      <div className="reach-progress__bar" aria-hidden="true">
        <div className="reach-progress__done" style={{ width: `${total > 0 ? (reached / total) * 100 : 0}%` }} />
      </div>
    </div>
  );
}
