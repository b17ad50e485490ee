import { useTranslation } from 'react-i18next';
import { periodLabel, type ProgressStatus } from '@modellkommuner/shared';
import type { IndicatorProgressFieldsFragment } from '../../gql/graphql';
import { localeOf } from '../../i18n/i18n';
import { formatValue } from './charts';
import { formatGap, formatRatio, formatSigned, gapSentence, gapUnit, progressStatusLabel } from './goal-text';
import { gapChange } from './goal-view';
// The progress tags' colours, for the follow-up reports that show this too.
import './goals.css';

/** A value that is not there: a dash to the eye, "saknas" to a screen reader — never 0. */
export function Missing() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('goals.missing')}</span>
    </>
  );
}

/** The status in words (never colour alone): "På väg", "Riskerar att inte nås", … */
export function ProgressTag({ status }: { status: ProgressStatus }) {
  const { t } = useTranslation();
  return <span className={`progress-tag progress-tag--${status.toLowerCase()}`}>{progressStatusLabel(status, t)}</span>;
}

/** "78,5 % (2024)", or the dash for a missing value. */
export function ValueAt({ value, period, unit }: { value: number | null | undefined; period?: string | null; unit: string }) {
  const { i18n } = useTranslation();
  if (value === null || value === undefined) return <Missing />;
  const text = formatValue(value, unit, { locale: localeOf(i18n.language) });
  return (
    <>
      <span className="goal-value">{text}</span>
      {period ? <span className="goal-period"> ({periodLabel(period)})</span> : null}
    </>
  );
}

interface ProgressDetailsProps {
  progress: IndicatorProgressFieldsFragment;
  unit: string;
  byGender: boolean;
}

/**
 * Where an organisation stands on an indicator (the API's `progress`, computed by the shared
 * computeProgress): the status, baseline → latest, the target, the share of the way covered, and for an
 * indicator by gender the gap between women and men — as prominent as the values, with a sentence that
 * says whether it has narrowed (gapNarrowed). A missing value is "–" ("saknas"), never 0.
 */
export function ProgressDetails({ progress, unit, byGender }: ProgressDetailsProps) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const change = gapChange(progress.genderGapBaseline, progress.genderGap);
  return (
    <>
      <dl className="details details--compact progress-details">
        <div>
          <dt>{t('goals.progress.status')}</dt>
          <dd>
            <ProgressTag status={progress.status} />
          </dd>
        </div>
        <div>
          <dt>{t('goals.progress.baselineToLatest')}</dt>
          <dd>
            <ValueAt value={progress.baseline} period={progress.baselinePeriod} unit={unit} />
            <span aria-hidden="true"> → </span>
            <span className="visually-hidden"> {t('goals.progress.to')} </span>
            <ValueAt value={progress.latest} period={progress.latestPeriod} unit={unit} />
          </dd>
        </div>
        <div>
          <dt>{t('goals.progress.target')}</dt>
          <dd>
            <ValueAt value={progress.target} period={progress.targetPeriod} unit={unit} />
          </dd>
        </div>
        <div>
          <dt>{t('goals.progress.ratio')}</dt>
          <dd>{progress.ratio === null || progress.ratio === undefined ? <Missing /> : formatRatio(progress.ratio, locale)}</dd>
        </div>
        {byGender ? (
          <div className="gender-gap">
            <dt>{t('goals.progress.gap')}</dt>
            <dd>
              {progress.genderGap === null || progress.genderGap === undefined ? (
                <Missing />
              ) : (
                <>
                  <span className="goal-value">{formatGap(progress.genderGap, unit, locale, t)}</span>
                  <span className="goal-period">
                    {' '}
                    (
                    {progress.genderGapBaseline === null || progress.genderGapBaseline === undefined ? (
                      <>
                        {t('goals.progress.gapBaselineLabel')} <Missing />
                      </>
                    ) : (
                      t('goals.progress.gapBaseline', { value: formatGap(progress.genderGapBaseline, unit, locale, t) })
                    )}
                    )
                  </span>
                  {progress.genderGapChange === null || progress.genderGapChange === undefined ? null : (
                    <span className="goal-period">
                      , {t('goals.progress.gapChange', { value: formatSigned(progress.genderGapChange, locale), unit: gapUnit(unit, t) })}
                    </span>
                  )}
                </>
              )}
            </dd>
          </div>
        ) : null}
      </dl>
      {byGender && change ? <p className="gender-gap__sentence">{gapSentence(change, unit, locale, t)}</p> : null}
      {byGender && !change ? <p className="field__hint">{t('goals.progress.gapNeedsBoth')}</p> : null}
      {progress.derivedTotal ? <p className="field__hint">{t('goals.progress.derivedTotal')}</p> : null}
    </>
  );
}
