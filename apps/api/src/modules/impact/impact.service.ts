import { createHash } from 'node:crypto';
import { Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  estimateImpact,
  generations as lineageGenerations,
  GapSeries,
  GoalAssessmentStatus,
  GoalOutcomeFact,
  goalOutcomeGroups,
  countGoalOutcomes,
  IMPACT_BOOTSTRAP_REPLICATES,
  IMPACT_CONFIDENCE,
  IMPACT_MIN_GROUP,
  impactOffsetLabel,
  impactSeed,
  impactSentence,
  ImpactEstimate,
  ImpactInput,
  ImpactParticipant,
  lineageEdges,
  MemberRole,
  CohortStatus,
  OrganizationKind,
  ReachMembership,
  countsForNetwork,
} from '@modellkommuner/shared';
import { PublicReads } from '../../infrastructure/database/public-reads';
import { BadInput } from '../../infrastructure/errors/app-error';
import { isUuid } from '../../infrastructure/graphql/ids';
import { ImpactErrors } from './impact.errors';
import { GoalOutcomeGroup, ImpactFilter, ImpactKeyFigure, ImpactOverview } from './models/impact.model';

/** Computed overviews kept per API instance (a few filters are asked for most). */
export const IMPACT_CACHE_ENTRIES = 50;
/** Key-figure estimates kept by their inputs' digest (a few filters × the linked key figures). */
const ESTIMATE_CACHE_ENTRIES = 1000;
/** The longest focus-area filter accepted (the vocabulary's terms are shorter). */
const MAX_FOCUS_AREA = 200;

export interface NormalizedImpactFilter {
  programmeId: string | null;
  focusArea: string | null;
  generation: number | null;
}

interface MembershipRow {
  organization_id: string;
  cohort_id: string;
  role: MemberRole;
  status: CohortStatus;
  withdrawn: boolean;
  programme_id: string;
}

interface LinkRow {
  kpi: string;
  title: string | null;
  organization_id: string;
  start_year: number;
}

interface ValueRow {
  kpi_id: string;
  kolada_id: string;
  years: number[];
  gaps: (number | null)[];
  split: boolean;
  latest: number | null;
  fetched: Date | null;
}

/** One key figure's values as read at a Kolada version. */
interface KpiValues {
  version: string;
  gaps: Map<string, GapSeries>;
  /** Whether Kolada gives women's and men's values at all. */
  split: boolean;
  latest: number | null;
  fetched: Date | null;
  /** Organisations with any value. */
  rows: number;
}

interface OutcomeRow {
  organization_id: string;
  status: GoalAssessmentStatus;
  focus_area: string | null;
  programme_id: string;
  programme_name: string;
}

const NO_FOCUS_AREA = 'Utan fokusområde';

/**
 * The impact view (docs/domain.md, "Impact"): for each Kolada key figure linked to an indicator, the
 * difference-in-differences of the gender gap between participants and the kommuner/regioner that never
 * took part (libs/shared impact.ts does the arithmetic), and the goal outcomes of approved follow-up
 * reports. Seven statements whatever the size (the versions; organisations, memberships and programmes;
 * the participants; Kolada's values; the goal outcomes), six when Kolada's values have not changed since they
 * were last read (`impact_state.kolada_version`). The computed answer is kept and served again, after one
 * statement, while `impact_state.version` (raised by triggers in the same transaction as any change to what it
 * reads) is unchanged. The answer is the same for every viewer.
 */
@Injectable()
export class ImpactService {
  private readonly cache = new Map<string, { version: string; overview: ImpactOverview }>();
  private readonly estimates = new Map<string, ImpactEstimate>();
  private readonly koladaValues = new Map<string, KpiValues>();

  constructor(
    private readonly dataSource: DataSource,
    @Optional() private readonly publicReads?: PublicReads,
  ) {}

  /**
   * One key figure's estimate, computed again only when its inputs changed: most changes that raise the
   * version (a report approved, a cohort renamed) leave a key figure's participants, comparison and values as
   * they were, and its bootstrap is most of the cost of building. Keyed by what estimateImpact reads: the
   * participants and the comparison, and the values by the Kolada version they were read at.
   */
  private estimate(kpi: string, koladaVersion: string, input: ImpactInput): ImpactEstimate {
    let text = `${kpi}|${koladaVersion}|${input.genderSplit}|${input.latestYear}|`;
    for (const p of input.participants) text += `${p.organization}:${p.startYear},`;
    text += `|${input.comparison.join(',')}`;
    const key = createHash('sha1').update(text).digest('base64');
    const known = this.estimates.get(key);
    if (known) return known;
    const estimate = estimateImpact(input, { seed: impactSeed(kpi) });
    this.estimates.set(key, estimate);
    while (this.estimates.size > ESTIMATE_CACHE_ENTRIES) this.estimates.delete(this.estimates.keys().next().value as string);
    return estimate;
  }

  /**
   * Kolada's values of the key figures as gap series per organisation, read once per Kolada version (raised
   * only by changes to kolada_values, in the same transaction): a statement only for key figures not yet read
   * at the current version — none after a change elsewhere. The values are most of the cost of a build
   * (60,000 rows at 311 organisations × 20 key figures × 10 years).
   */
  private async values(dataSource: DataSource, kpis: readonly string[], koladaVersion: string): Promise<Map<string, KpiValues>> {
    const found = new Map<string, KpiValues>();
    const missing: string[] = [];
    for (const kpi of kpis) {
      const known = this.koladaValues.get(kpi);
      if (known && known.version === koladaVersion) found.set(kpi, known);
      else missing.push(kpi);
    }
    if (!missing.length) return found;
    const rows = await dataSource.query<ValueRow[]>(
      `SELECT kpi_id, kolada_id, array_agg(year ORDER BY year) AS years, array_agg(women - men ORDER BY year) AS gaps,
              bool_or(women IS NOT NULL OR men IS NOT NULL) AS split, max(year) AS latest, max(fetched_at) AS fetched
         FROM kolada_values
        WHERE kpi_id = ANY($1::varchar[]) AND (women IS NOT NULL OR men IS NOT NULL OR total IS NOT NULL)
        GROUP BY kpi_id, kolada_id`,
      [missing],
    );
    for (const kpi of missing) found.set(kpi, { version: koladaVersion, gaps: new Map(), split: false, latest: null, fetched: null, rows: 0 });
    for (const row of rows) {
      const entry = found.get(row.kpi_id) as KpiValues;
      const series = new Map<number, number>();
      row.years.forEach((year, i) => {
        const gap = row.gaps[i];
        if (gap !== null && Number.isFinite(gap)) series.set(year, gap);
      });
      if (series.size) entry.gaps.set(row.kolada_id, series);
      entry.rows++;
      entry.split ||= row.split;
      if (row.latest !== null) entry.latest = Math.max(entry.latest ?? row.latest, row.latest);
      if (row.fetched && (!entry.fetched || row.fetched > entry.fetched)) entry.fetched = row.fetched;
    }
    // Values of an older version are dropped as soon as a newer one is read.
    for (const [kpi, known] of this.koladaValues) if (known.version !== koladaVersion) this.koladaValues.delete(kpi);
    for (const kpi of missing) this.koladaValues.set(kpi, found.get(kpi) as KpiValues);
    return found;
  }

  async overview(anonymous: boolean, filter: ImpactFilter | null | undefined): Promise<ImpactOverview> {
    const normalized = this.normalize(filter);
    if (anonymous && this.publicReads) return this.publicReads.run((dataSource) => this.overviewOn(dataSource, normalized));
    return this.overviewOn(this.dataSource, normalized);
  }

  /** The filter checked: BAD_USER_INPUT with the field for a malformed one (an unknown programme is checked on reading). */
  normalize(filter: ImpactFilter | null | undefined): NormalizedImpactFilter {
    const programmeId = filter?.programmeId ?? null;
    if (programmeId !== null && !isUuid(programmeId)) throw BadInput('filter.programmeId', ImpactErrors.unknownProgramme);
    const focusArea = filter?.focusArea?.trim() || null;
    if (focusArea !== null && focusArea.length > MAX_FOCUS_AREA) throw BadInput('filter.focusArea', ImpactErrors.unknownFocusArea);
    const generation = filter?.generation ?? null;
    if (generation !== null && (!Number.isInteger(generation) || generation < 1 || generation > 1000)) throw BadInput('filter.generation', ImpactErrors.badGeneration);
    return { programmeId, focusArea, generation };
  }

  async overviewOn(dataSource: DataSource, filter: NormalizedImpactFilter): Promise<ImpactOverview> {
    const [state] = await dataSource.query<{ version: string; kolada_version: string }[]>(`SELECT version, kolada_version FROM impact_state`);
    const version = String(state?.version ?? '');
    const key = JSON.stringify(filter);
    const hit = this.cache.get(key);
    if (hit && hit.version === version) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit.overview;
    }
    const overview = await this.build(dataSource, filter, String(state?.kolada_version ?? ''));
    this.cache.delete(key);
    this.cache.set(key, { version, overview });
    while (this.cache.size > IMPACT_CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value as string);
    return overview;
  }

  private async build(dataSource: DataSource, filter: NormalizedImpactFilter, koladaVersion: string): Promise<ImpactOverview> {
    const [organizations, memberships, programmes] = await Promise.all([
      dataSource.query<{ id: string; code: string; kind: OrganizationKind }[]>(`SELECT id, code, kind FROM organizations WHERE kind <> 'SKR'`),
      dataSource.query<MembershipRow[]>(
        `SELECT m.organization_id, m.cohort_id, m.role, c.status, m.withdrawn_at IS NOT NULL AS withdrawn, c.programme_id
           FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id`,
      ),
      dataSource.query<{ id: string; name: string }[]>(`SELECT id, name FROM programmes`),
    ]);
    if (filter.programmeId !== null && !programmes.some((p) => p.id === filter.programmeId)) throw BadInput('filter.programmeId', ImpactErrors.unknownProgramme);

    // Generations as the network page shows them: over every programme, or within the one filtered by.
    const reach: ReachMembership[] = memberships
      .filter((m) => filter.programmeId === null || m.programme_id === filter.programmeId)
      .map((m) => ({ organization: m.organization_id, cohort: m.cohort_id, role: m.role, cohortStatus: m.status, withdrawn: m.withdrawn }));
    const generation = lineageGenerations(lineageEdges(reach));
    const tookPart = new Set(memberships.filter((m) => countsForNetwork({ organization: m.organization_id, cohort: m.cohort_id, role: m.role, cohortStatus: m.status, withdrawn: m.withdrawn })).map((m) => m.organization_id));
    const comparison = organizations.filter((o) => !tookPart.has(o.id));
    const koladaIdOf = new Map(organizations.map((o) => [o.id, o.kind === OrganizationKind.REGION ? `00${o.code}` : o.code]));

    // Participants: mentees (not withdrawn) of started cohorts (not cancelled) whose goals — the shared ones and
    // their own — link the key figure, each with the start year of its first such cohort.
    const links = await dataSource.query<LinkRow[]>(
      `SELECT i.kolada_kpi_id AS kpi, max(i.kolada_kpi_title) AS title, m.organization_id,
              min(extract(year FROM c.start_date))::int AS start_year
         FROM indicators i
         JOIN goals g ON g.id = i.goal_id
         JOIN cohorts c ON c.id = g.cohort_id AND c.status IN ('ACTIVE', 'FOLLOW_UP', 'CONCLUDED')
         JOIN cohort_members m ON m.cohort_id = c.id AND m.withdrawn_at IS NULL AND m.role = 'MENTEE'
                              AND (g.scope = 'SHARED' OR g.organization_id = m.organization_id)
        WHERE i.kolada_kpi_id IS NOT NULL
          AND ($1::uuid IS NULL OR c.programme_id = $1)
          AND ($2::text IS NULL OR g.focus_area = $2)
        GROUP BY i.kolada_kpi_id, m.organization_id
        ORDER BY i.kolada_kpi_id`,
      [filter.programmeId, filter.focusArea],
    );
    const participantsByKpi = new Map<string, { title: string | null; participants: ImpactParticipant[] }>();
    const participantIds = new Set<string>();
    const generationsSeen = new Set<number>();
    for (const link of links) {
      const g = generation.get(link.organization_id);
      if (g !== undefined) generationsSeen.add(g);
      if (filter.generation !== null && g !== filter.generation) continue;
      const entry = participantsByKpi.get(link.kpi) ?? { title: null, participants: [] };
      entry.title = entry.title ?? link.title;
      entry.participants.push({ organization: koladaIdOf.get(link.organization_id) as string, startYear: link.start_year });
      participantsByKpi.set(link.kpi, entry);
      participantIds.add(link.organization_id);
    }
    const kpis = [...participantsByKpi.keys()];

    const [values, outcomes] = await Promise.all([
      this.values(dataSource, kpis, koladaVersion),
      dataSource.query<OutcomeRow[]>(
        `SELECT r.organization_id, a.status, g.focus_area, c.programme_id, p.name AS programme_name
           FROM goal_assessments a
           JOIN follow_up_reports r ON r.id = a.report_id AND r.status = 'APPROVED'
           JOIN goals g ON g.id = a.goal_id
           JOIN cohorts c ON c.id = g.cohort_id AND c.status <> 'CANCELLED'
           JOIN programmes p ON p.id = c.programme_id
          WHERE ($1::uuid IS NULL OR c.programme_id = $1)
            AND ($2::text IS NULL OR g.focus_area = $2)`,
        [filter.programmeId, filter.focusArea],
      ),
    ]);
    let dataUpdatedAt: Date | null = null;
    for (const v of values.values()) if (v.fetched && (!dataUpdatedAt || v.fetched > dataUpdatedAt)) dataUpdatedAt = v.fetched;
    const comparisonIds = comparison.map((o) => koladaIdOf.get(o.id) as string);

    const keyFigures: ImpactKeyFigure[] = kpis.map((kpi) => {
      const { title, participants } = participantsByKpi.get(kpi) as { title: string | null; participants: ImpactParticipant[] };
      const kpiValues = values.get(kpi);
      const estimate = this.estimate(kpi, koladaVersion, {
        participants,
        comparison: comparisonIds,
        gaps: kpiValues?.gaps ?? new Map(),
        // A key figure Kolada has not answered for yet is not taken for one without a split.
        genderSplit: !kpiValues?.rows || kpiValues.split,
        latestYear: kpiValues?.latest ?? null,
      });
      return {
        kpiId: kpi,
        title,
        ...estimate,
        sentence: impactSentence(estimate),
        series: estimate.series.map((point) => ({ ...point, label: impactOffsetLabel(point.offset) })),
      };
    });

    const outcomesFiltered = outcomes.filter((o) => filter.generation === null || generation.get(o.organization_id) === filter.generation);
    const programmeName = new Map(programmes.map((p) => [p.id, p.name]));
    const byFocus = groupFacts(outcomesFiltered, (o) => o.focus_area ?? NO_FOCUS_AREA);
    const byProgramme = groupFacts(outcomesFiltered, (o) => o.programme_id);
    const totalOrganizations = new Set(outcomesFiltered.map((o) => o.organization_id)).size;
    const total = totalOrganizations >= IMPACT_MIN_GROUP ? countGoalOutcomes(outcomesFiltered.map((o) => ({ organization: o.organization_id, status: o.status }))) : null;

    return {
      minGroupSize: IMPACT_MIN_GROUP,
      confidenceLevel: IMPACT_CONFIDENCE,
      bootstrapReplicates: IMPACT_BOOTSTRAP_REPLICATES,
      participantsTotal: participantIds.size,
      comparisonTotal: comparison.length,
      generations: [...generationsSeen].filter((g) => g > 0).sort((a, b) => a - b),
      dataUpdatedAt,
      keyFigures,
      goalOutcomeTotal: outcomeGroup('ALL', 'Alla mål', totalOrganizations, total),
      goalOutcomesByFocusArea: goalOutcomeGroups(byFocus).map((g) => outcomeGroup(g.key, g.key, g.organizations, g.counts)),
      goalOutcomesByProgramme: goalOutcomeGroups(byProgramme).map((g) => outcomeGroup(g.key, programmeName.get(g.key) ?? g.key, g.organizations, g.counts)),
    };
  }
}

function groupFacts(rows: readonly OutcomeRow[], keyOf: (row: OutcomeRow) => string): Map<string, GoalOutcomeFact[]> {
  const groups = new Map<string, GoalOutcomeFact[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key) ?? [];
    list.push({ organization: row.organization_id, status: row.status });
    groups.set(key, list);
  }
  return groups;
}

function outcomeGroup(
  key: string,
  label: string,
  organizations: number,
  counts: { achieved: number; partlyAchieved: number; notAchieved: number; ongoing: number; total: number } | null,
): GoalOutcomeGroup {
  return {
    key,
    label,
    organizations,
    suppressed: counts === null,
    achieved: counts?.achieved ?? null,
    partlyAchieved: counts?.partlyAchieved ?? null,
    notAchieved: counts?.notAchieved ?? null,
    ongoing: counts?.ongoing ?? null,
    total: counts?.total ?? null,
  };
}
