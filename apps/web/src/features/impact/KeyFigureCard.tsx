import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../shared/ui/DataTable';
import { confidencePercent, gapText, offsetLabel, statusLabel, type ImpactOverview, type ImpactPoint, type KeyFigure } from './impact-view';

// The chart library is its own chunk ('charts' in vite.config.ts): it loads with the first chart drawn.
const ImpactChart = lazy(() => import('./ImpactChart').then((module) => ({ default: module.ImpactChart })));

interface KeyFigureCardProps {
  figure: KeyFigure;
  overview: Pick<ImpactOverview, 'minGroupSize' | 'confidenceLevel'>;
}

/**
 * One Kolada key figure: its name and id, the API's sentence, and — when estimated — the
 * difference-in-differences with its interval and both groups' sizes, the two groups' gaps as a chart and
 * the same values as a table (the chart's alternative, always shown). Too few organisations or no split by
 * gender: no chart, the reason in words with the counts.
 */
export function KeyFigureCard({ figure, overview }: KeyFigureCardProps) {
  const { t } = useTranslation();
  const id = useId();
  const headingId = `${id}-heading`;
  const title = figure.title ?? t('impact.keyFigures.untitled', { kpiId: figure.kpiId });
  return (
    <article className="impact-card" aria-labelledby={headingId} data-kpi={figure.kpiId}>
      <h3 id={headingId} className="impact-card__heading">
        {/* Kolada's names are Swedish: read in Swedish in the English interface too (WCAG 3.1.2). */}
        <span lang="sv">{title}</span> <span className="impact-card__kpi">({t('impact.keyFigures.kpiId', { kpiId: figure.kpiId })})</span>
      </h3>
      <p className={`impact-status impact-status--${figure.status.toLowerCase()}`}>{statusLabel(figure.status, t)}</p>
      <p className="impact-card__sentence" lang="sv">
        {figure.sentence}
      </p>
      {figure.status === 'ESTIMATED' ? (
        <Estimate figure={figure} overview={overview} title={title} />
      ) : figure.status === 'TOO_FEW' ? (
        <div className="impact-card__reason">
          <p>
            {t('impact.keyFigures.tooFew', {
              participants: figure.participants,
              comparison: figure.comparison,
              min: overview.minGroupSize,
            })}
          </p>
          <DataNotes figure={figure} />
        </div>
      ) : (
        <div className="impact-card__reason">
          <p>{t('impact.keyFigures.noGenderSplit')}</p>
        </div>
      )}
    </article>
  );
}

/** Participants not counted: their follow-up year is not published yet, or a value is missing at Kolada. */
function DataNotes({ figure }: { figure: KeyFigure }) {
  const { t } = useTranslation();
  if (figure.awaitingData === 0 && figure.missingData === 0) return null;
  return (
    <ul className="impact-card__notes">
      {figure.awaitingData > 0 ? <li>{t('impact.keyFigures.awaiting', { count: figure.awaitingData })}</li> : null}
      {figure.missingData > 0 ? <li>{t('impact.keyFigures.missing', { count: figure.missingData })}</li> : null}
    </ul>
  );
}

function Estimate({ figure, overview, title }: { figure: KeyFigure; overview: KeyFigureCardProps['overview']; title: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const gap = (value: number | null) => (value === null ? '–' : gapText(value, i18n.language));
  return (
    <>
      <dl className="impact-figures">
        <div className="impact-figures__main">
          <dt>{t('impact.keyFigures.difference')}</dt>
          <dd>
            <strong className="impact-figures__number">{gap(figure.difference)}</strong>{' '}
            <span className="impact-figures__interval">
              (
              {t('impact.keyFigures.interval', {
                level: confidencePercent(overview.confidenceLevel),
                lower: gap(figure.lower),
                upper: gap(figure.upper),
              })}
              )
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('impact.keyFigures.participantChange')}</dt>
          <dd>{gap(figure.participantChange)}</dd>
        </div>
        <div>
          <dt>{t('impact.keyFigures.comparisonChange')}</dt>
          <dd>{gap(figure.comparisonChange)}</dd>
        </div>
        <div>
          <dt>{t('impact.keyFigures.participants')}</dt>
          <dd>{t('impact.keyFigures.participantsValue', { count: figure.participants })}</dd>
        </div>
        <div>
          <dt>{t('impact.keyFigures.comparison')}</dt>
          <dd>{t('impact.keyFigures.comparisonValue', { count: figure.comparison })}</dd>
        </div>
      </dl>
      <p className="impact-card__explained">{t('impact.keyFigures.changeExplained')}</p>
      <DataNotes figure={figure} />
      <div className="impact-card__views">
        <div className="impact-card__chart">
          <Suspense fallback={<p className="loading">{t('impact.chart.loading')}</p>}>
            <ImpactChart series={figure.series} minGroupSize={overview.minGroupSize} />
          </Suspense>
        </div>
        <div className="impact-card__table">
          <SeriesTable captionId={`${id}-table`} title={title} series={figure.series} />
        </div>
      </div>
    </>
  );
}

/** The chart's values as a table (cards on a phone): the table alternative, with the number of organisations behind each mean. */
function SeriesTable({ captionId, title, series }: { captionId: string; title: string; series: readonly ImpactPoint[] }) {
  const { t, i18n } = useTranslation();
  const gapCell = (value: number | null) =>
    value === null ? (
      <>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('impact.chart.tooFewValues')}</span>
      </>
    ) : (
      gapText(value, i18n.language)
    );
  const columns: Column<ImpactPoint>[] = [
    { header: t('impact.chart.offset'), cell: (point) => offsetLabel(point.offset, t), rowHeader: true },
    { header: t('impact.chart.participantGap'), cell: (point) => gapCell(point.participantGap), className: 'impact-number' },
    { header: t('impact.chart.participantCount'), cell: (point) => String(point.participantCount), className: 'impact-number' },
    { header: t('impact.chart.comparisonGap'), cell: (point) => gapCell(point.comparisonGap), className: 'impact-number' },
    { header: t('impact.chart.comparisonCount'), cell: (point) => String(point.comparisonCount), className: 'impact-number' },
  ];
  return (
    <DataTable
      captionId={captionId}
      caption={`${t('impact.chart.tableCaption')}: ${title}`}
      visibleCaption
      columns={columns}
      rows={series}
      rowKey={(point) => String(point.offset)}
    />
  );
}
