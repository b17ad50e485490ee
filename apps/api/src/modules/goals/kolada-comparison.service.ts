import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { koladaMunicipalityId, parsePeriod } from '@modellkommuner/shared';
import { AppConfig } from '../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../infrastructure/config/config.module';
import { fetchKoladaValues, koladaBatches, KoladaUnavailableError } from './kolada/kolada-client';
import { KoladaFormatError, KoladaValue } from './kolada/kolada-response';
import { KoladaErrors } from './kolada.errors';

/** Kolada's id for the whole country (Riket): fetched with the others, no organisation here. */
export const KOLADA_RIKET_ID = '0000';

/**
 * Years fetched before the earliest start: the impact series begins three years before a cohort's start
 * (IMPACT_YEARS_BEFORE, docs/domain.md, "Impact"), and one year more is fetched as a margin.
 */
const YEARS_BEFORE_START = 4;

/** The oldest year fetched is at most this many years before the current one, however early a cohort started. */
export const COMPARISON_MAX_YEARS_BACK = 15;

/** Rows per upsert statement: six arrays as parameters, so the limit is the statement's size, not bind parameters. */
const UPSERT_CHUNK = 5000;

/** How many problem lines an outcome keeps (the rest are counted in one last line). */
const MAX_PROBLEMS = 50;

export interface KoladaComparisonRow {
  kpiId: string;
  koladaId: string;
  year: number;
  /** Kolada's K; null when Kolada has no value (or gave none), never 0. */
  women: number | null;
  /** Kolada's M. */
  men: number | null;
  /** Kolada's T. */
  total: number | null;
}

export interface KoladaComparisonOutcome {
  /** Rows written to kolada_values (inserted or updated); 0 when the fetch failed. */
  rows: number;
  /** Why nothing was written: Kolada's answer after the retries (Swedish); null when the fetch worked. */
  failure: string | null;
  /** Problem lines of the fetch and of reading it (at most MAX_PROBLEMS, then one line counting the rest). */
  problems: string[];
}

/**
 * The years asked for: from four years before the earliest start to the current year, but at most
 * COMPARISON_MAX_YEARS_BACK years back. A start far in the future still asks for the current year.
 */
export function comparisonYears(earliestStartYear: number, thisYear: number): number[] {
  const first = Math.min(thisYear, Math.max(thisYear - COMPARISON_MAX_YEARS_BACK, earliestStartYear - YEARS_BEFORE_START));
  return Array.from({ length: thisYear - first + 1 }, (_, i) => first + i);
}

/**
 * Kolada's values as kolada_values rows: one per (KPI, Kolada id, year), K/M/T into women/men/total. A
 * gender Kolada gives as `null` or not at all stays null — a row whose three values are all null is still a
 * row (Kolada answered, and has nothing). Values of a KPI or an id that was not asked for, and periods that
 * are not a whole year, are skipped with one problem line each. Rows come sorted by key, so concurrent
 * writers would lock them in the same order.
 */
export function comparisonRows(
  values: readonly KoladaValue[],
  kpis: ReadonlySet<string>,
  ids: ReadonlySet<string>,
): { rows: KoladaComparisonRow[]; problems: string[] } {
  const problems: string[] = [];
  const unknownKpis = new Set<string>();
  const unknownIds = new Set<string>();
  const rows = new Map<string, KoladaComparisonRow>();
  for (const v of values) {
    if (!kpis.has(v.kpi)) {
      if (!unknownKpis.has(v.kpi)) problems.push(KoladaErrors.unknownKpi(v.kpi));
      unknownKpis.add(v.kpi);
      continue;
    }
    if (!ids.has(v.municipality)) {
      if (!unknownIds.has(v.municipality)) problems.push(KoladaErrors.unknownMunicipality(v.municipality));
      unknownIds.add(v.municipality);
      continue;
    }
    const period = parsePeriod(v.period.trim());
    if (!period || period.kind !== 'Y') {
      problems.push(KoladaErrors.malformedPeriod(v.kpi, v.municipality, v.period));
      continue;
    }
    const key = `${v.kpi}|${v.municipality}|${period.year}`;
    let row = rows.get(key);
    if (!row) {
      row = { kpiId: v.kpi, koladaId: v.municipality, year: period.year, women: null, men: null, total: null };
      rows.set(key, row);
    }
    if (v.gender === 'WOMEN') row.women = v.value;
    else if (v.gender === 'MEN') row.men = v.value;
    else row.total = v.value;
  }
  const sorted = [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
  return { rows: sorted, problems };
}

/**
 * The impact view's comparison data (docs/domain.md, "Impact"): Kolada's values of every KPI that cohorts
 * link, for every kommun and region in Sweden and Riket — not only cohort members — stored in kolada_values.
 * Run by the weekly Kolada job after the cohorts' own fetch (KoladaSyncService.runWeekly).
 *
 * - KPIs: those of indicators in every cohort that is not cancelled (concluded ones too: the impact view
 *   compares their years before and after).
 * - Ids: every organisation but SKR (a kommun's code, "00" + county code for a region) and "0000"; each KPI
 *   is asked for all of them, and Kolada answers where it has data (a kommun's KPI has no region values).
 * - Years: comparisonYears (four years before the earliest start of those cohorts, at most 15 years back).
 *
 * All or nothing: the client asks in batches of at most 25 ids, follows every page and retries; when Kolada
 * still fails, nothing is written and the outcome says why (it never throws for Kolada: the caller records
 * it). Otherwise every row is upserted in one transaction: what Kolada answers now replaces what was
 * stored (a value Kolada now gives as null becomes null), `fetched_at` says when. A row Kolada no longer
 * answers at all is kept as last fetched. The same answer again writes the same rows.
 */
@Injectable()
export class KoladaComparisonService {
  private readonly logger = new Logger(KoladaComparisonService.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Fetches and stores everything (see the class); `now` gives the current year. Throws only for the database. */
  async fetchAll(now: Date = new Date()): Promise<KoladaComparisonOutcome> {
    const linked: { kpi: string; start_year: number }[] = await this.dataSource.query(
      `SELECT i.kolada_kpi_id AS kpi, min(extract(year FROM c.start_date))::int AS start_year
         FROM indicators i
         JOIN goals g ON g.id = i.goal_id
         JOIN cohorts c ON c.id = g.cohort_id AND c.status <> 'CANCELLED'
        WHERE i.kolada_kpi_id IS NOT NULL
        GROUP BY i.kolada_kpi_id
        ORDER BY i.kolada_kpi_id`,
    );
    if (!linked.length) return { rows: 0, failure: null, problems: [] };
    const organizations: { code: string; kind: string }[] = await this.dataSource.query(`SELECT code, kind FROM organizations WHERE kind <> 'SKR'`);
    const ids = [...new Set([KOLADA_RIKET_ID, ...organizations.map((o) => koladaMunicipalityId(o)).filter((id): id is string => id !== null)])].sort();
    const kpis = linked.map((l) => l.kpi);
    const years = comparisonYears(Math.min(...linked.map((l) => l.start_year)), now.getUTCFullYear());

    let fetched;
    try {
      fetched = await fetchKoladaValues(
        { baseUrl: this.config.koladaBaseUrl, timeoutMs: this.config.koladaTimeoutMs, attempts: 3, backoffMs: this.config.koladaRetryDelayMs },
        kpis,
        ids,
        years,
      );
    } catch (error) {
      if (error instanceof KoladaUnavailableError || error instanceof KoladaFormatError) {
        this.logger.warn(`Jämförelsevärden från Kolada: ${error.message}`);
        return { rows: 0, failure: error.message, problems: [] };
      }
      throw error;
    }
    const { rows, problems } = comparisonRows(fetched.values, new Set(kpis), new Set(ids));
    await this.store(rows);
    this.logger.log(`Jämförelsevärden från Kolada: ${rows.length} rader för ${kpis.length} nyckeltal, ${ids.length} id:n och ${years.length} år (${fetched.requests} anrop).`);
    return { rows: rows.length, failure: null, problems: capped([...fetched.problems, ...problems]) };
  }

  /** One transaction, chunked statements; serialised with any other run so two weekly jobs cannot interleave. */
  private async store(rows: readonly KoladaComparisonRow[]): Promise<void> {
    if (!rows.length) return;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('kolada-comparison'))`);
      for (const chunk of koladaBatches([...rows], UPSERT_CHUNK)) {
        await manager.query(
          `INSERT INTO kolada_values (kpi_id, kolada_id, year, women, men, total, fetched_at)
           SELECT v.kpi_id, v.kolada_id, v.year, v.women, v.men, v.total, now()
             FROM unnest($1::varchar[], $2::varchar[], $3::smallint[], $4::float8[], $5::float8[], $6::float8[])
                  AS v(kpi_id, kolada_id, year, women, men, total)
           ON CONFLICT (kpi_id, kolada_id, year)
           DO UPDATE SET women = EXCLUDED.women, men = EXCLUDED.men, total = EXCLUDED.total, fetched_at = EXCLUDED.fetched_at`,
          [
            chunk.map((r) => r.kpiId),
            chunk.map((r) => r.koladaId),
            chunk.map((r) => r.year),
            chunk.map((r) => r.women),
            chunk.map((r) => r.men),
            chunk.map((r) => r.total),
          ],
        );
      }
    });
  }
}

function capped(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), KoladaErrors.moreProblems(problems.length - MAX_PROBLEMS)];
}
