import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { GOAL_OUTCOME_ORDER, type GoalAssessmentStatus } from '@modellkommuner/shared';
import { DataTable, type Column } from '../../shared/ui/DataTable';
import { outcomeShares, suppressionReason, type ImpactOverview, type OutcomeGroup, type OutcomeShare } from './impact-view';

type Outcomes = Pick<ImpactOverview, 'minGroupSize' | 'goalOutcomeTotal' | 'goalOutcomesByFocusArea' | 'goalOutcomesByProgramme'>;

/**
 * The goals' assessments in approved follow-up reports, by focus area and by programme: counts and shares
 * per group (a stacked bar beside them, decoration: the numbers say it), and for a group the API holds
 * back (too few organisations, or secondary suppression) why it is not shown — never its numbers.
 */
export function GoalOutcomes({ overview }: { overview: Outcomes }) {
  const { t } = useTranslation();
  const id = useId();
  const total = overview.goalOutcomeTotal;
  const empty = overview.goalOutcomesByFocusArea.length === 0 && overview.goalOutcomesByProgramme.length === 0;
  return (
    <section aria-labelledby={`${id}-heading`} className="section impact-outcomes">
      <h2 id={`${id}-heading`}>{t('impact.outcomes.heading')}</h2>
      <p>{t('impact.outcomes.intro', { min: overview.minGroupSize })}</p>
      {empty ? (
        <p>{t('impact.outcomes.none')}</p>
      ) : (
        <>
          <TotalLine total={total} minGroupSize={overview.minGroupSize} />
          <OutcomeLegend />
          <h3 id={`${id}-focus`}>{t('impact.outcomes.byFocusArea')}</h3>
          <OutcomeTable
            captionId={`${id}-focus-caption`}
            caption={t('impact.outcomes.captionFocusArea')}
            groupHeader={t('impact.outcomes.focusArea')}
            groups={overview.goalOutcomesByFocusArea}
            minGroupSize={overview.minGroupSize}
          />
          <h3 id={`${id}-programme`}>{t('impact.outcomes.byProgramme')}</h3>
          <OutcomeTable
            captionId={`${id}-programme-caption`}
            caption={t('impact.outcomes.captionProgramme')}
            groupHeader={t('impact.outcomes.programme')}
            groups={overview.goalOutcomesByProgramme}
            minGroupSize={overview.minGroupSize}
          />
        </>
      )}
    </section>
  );
}

function TotalLine({ total, minGroupSize }: { total: OutcomeGroup; minGroupSize: number }) {
  const { t } = useTranslation();
  const shares = outcomeShares(total);
  if (!shares) return <p className="impact-outcomes__total">{t('impact.outcomes.totalSuppressed', { min: minGroupSize })}</p>;
  return (
    <div className="impact-outcomes__total">
      <p>{t('impact.outcomes.total', { goals: total.total, organizations: total.organizations })}</p>
      <ul className="impact-outcomes__shares">
        {shares.map((share) => (
          <li key={share.status}>
            <strong>{t(`impact.outcomes.status.${share.status}`)}</strong>:{' '}
            {t('impact.outcomes.count', { count: share.count, percent: share.percent })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What the bars' colours and patterns stand for (the bars themselves are hidden from screen readers). */
function OutcomeLegend() {
  const { t } = useTranslation();
  return (
    <ul className="impact-outcomes__legend" aria-label={t('impact.outcomes.legend')}>
      {GOAL_OUTCOME_ORDER.map((status) => (
        <li key={status}>
          <span className={`impact-swatch impact-segment--${status.toLowerCase()}`} aria-hidden="true" />
          {t(`impact.outcomes.status.${status}`)}
        </li>
      ))}
    </ul>
  );
}

interface OutcomeTableProps {
  captionId: string;
  caption: string;
  groupHeader: string;
  groups: readonly OutcomeGroup[];
  minGroupSize: number;
}

function OutcomeTable({ captionId, caption, groupHeader, groups, minGroupSize }: OutcomeTableProps) {
  const { t } = useTranslation();
  const sharesOf = new Map(groups.map((group) => [group.key, outcomeShares(group)]));
  const countCell = (status: GoalAssessmentStatus) => (group: OutcomeGroup) => {
    const share = sharesOf.get(group.key)?.find((s) => s.status === status);
    return share ? t('impact.outcomes.count', { count: share.count, percent: share.percent }) : null;
  };
  const columns: Column<OutcomeGroup>[] = [
    // Focus areas and programme names are Swedish text.
    { header: groupHeader, cell: (group) => <span lang="sv">{group.label}</span>, rowHeader: true },
    {
      header: t('impact.outcomes.organizations'),
      cell: (group) =>
        group.suppressed ? (
          <span className="impact-outcomes__suppressed">{suppressionReason(group, minGroupSize, t)}</span>
        ) : (
          String(group.organizations)
        ),
    },
    ...GOAL_OUTCOME_ORDER.map((status) => ({
      header: t(`impact.outcomes.status.${status}`),
      cell: countCell(status),
      className: 'impact-number',
    })),
    {
      header: t('impact.outcomes.goals'),
      cell: (group: OutcomeGroup) => (group.suppressed ? null : String(group.total)),
      className: 'impact-number',
    },
    {
      header: t('impact.outcomes.share'),
      cell: (group: OutcomeGroup) => {
        const shares = sharesOf.get(group.key);
        return shares ? <OutcomeBar shares={shares} /> : null;
      },
      className: 'impact-outcomes__bar-cell',
    },
  ];
  return <DataTable captionId={captionId} caption={caption} columns={columns} rows={groups} rowKey={(group) => group.key} />;
}

/** The shares as one horizontal bar (decoration: the cells beside it say the same in numbers). */
function OutcomeBar({ shares }: { shares: readonly OutcomeShare[] }) {
  const total = shares.reduce((sum, share) => sum + share.count, 0);
  if (total === 0) return null;
  return (
    <div className="impact-bar" aria-hidden="true">
      {shares
        .filter((share) => share.count > 0)
        .map((share) => (
          <span
            key={share.status}
            className={`impact-segment impact-segment--${share.status.toLowerCase()}`}
            style={{ width: `${(share.count / total) * 100}%` }}
          />
        ))}
    </div>
  );
}
