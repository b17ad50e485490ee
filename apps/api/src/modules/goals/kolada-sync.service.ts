import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource, In, IsNull } from 'typeorm';
import { ACTIVE_COHORT_STATUSES, KOLADA_JOBS, KoladaSyncJob, koladaMunicipalityId, KoladaSyncStatus, measurementsOpen, parsePeriod, QUEUES } from '@modellkommuner/shared';
import { AppConfig } from '../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../infrastructure/config/config.module';
import { AppError, Conflict, Forbidden } from '../../infrastructure/errors/app-error';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { CohortAccess } from '../cohorts/cohort-access';
import { KoladaSyncEntity } from './entities/kolada-sync.entity';
import { IndicatorEntity } from './entities/indicator.entity';
import { GoalErrors } from './goal.errors';
import { GoalPolicy } from './goal.policy';
import { fetchKoladaValues, KoladaUnavailableError } from './kolada/kolada-client';
import { KoladaFormatError } from './kolada/kolada-response';
import { KoladaComparisonService } from './kolada-comparison.service';
import { KoladaImportService } from './kolada-import.service';
import { KoladaErrors } from './kolada.errors';
import { KoladaService } from './kolada.service';

/** A sync still queued or running after this long is taken for lost (a fetch takes seconds to a few minutes). */
const STALE_AFTER_MS = 30 * 60 * 1000;

/** How many years back a sync fetches when no indicator names an earlier baseline. */
const DEFAULT_YEARS_BACK = 4;

/**
 * Fetching linked KPIs from Kolada (docs/domain.md, "Kolada"): asked for one cohort ("Hämta från
 * Kolada") or weekly for every cohort that has not ended. Each fetch is a `kolada_syncs` row — QUEUED,
 * RUNNING, then SUCCEEDED with its counts or FAILED with Kolada's answer — which the cohort's page shows.
 * The HTTP client retries with backoff; when Kolada still does not answer, the row says so and nothing
 * is written. The weekly run also stores the comparison values of every kommun and region
 * (KoladaComparisonService; see runWeekly for how its outcome is recorded).
 */
@Injectable()
export class KoladaSyncService {
  private readonly logger = new Logger(KoladaSyncService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: GoalPolicy,
    private readonly cohorts: CohortAccess,
    private readonly importer: KoladaImportService,
    private readonly kolada: KoladaService,
    private readonly comparison: KoladaComparisonService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QUEUES.KOLADA) private readonly queue: Queue,
  ) {}

  /** Queues a fetch for the cohort; one already queued or running is reused. */
  async request(viewer: Viewer, cohortId: string): Promise<KoladaSyncEntity> {
    const { sync, fresh } = await this.dataSource.transaction(async (manager) => {
      const { cohort, members } = await this.cohorts.visibleCohort(manager, viewer, cohortId);
      if (!this.policy.mayRequestKoladaSync(viewer, members)) throw Forbidden();
      const linked = await manager
        .getRepository(IndicatorEntity)
        .createQueryBuilder('i')
        .innerJoin('goals', 'g', 'g.id = i.goal_id')
        .where('g.cohort_id = :cohortId AND i.kolada_kpi_id IS NOT NULL', { cohortId })
        .getExists();
      if (!linked) throw Conflict(KoladaErrors.noLinkedKpis);
      if (!measurementsOpen(cohort.status)) throw Conflict(GoalErrors.measurementsClosed);
      // Serialises requests for one cohort: two clicks make one fetch.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`kolada-sync:${cohort.id}`]);
      const syncs = manager.getRepository(KoladaSyncEntity);
      const pending = await syncs.findOne({ where: { cohortId, status: In([KoladaSyncStatus.QUEUED, KoladaSyncStatus.RUNNING]) } });
      if (pending && Date.now() - pending.requestedAt.getTime() < STALE_AFTER_MS) return { sync: pending, fresh: false };
      // One that never finished (its job lost with Redis, a worker killed mid-run) is given up, not reused forever.
      if (pending) await syncs.update({ id: pending.id }, { status: KoladaSyncStatus.FAILED, finishedAt: new Date(), message: KoladaErrors.abandoned });
      return { sync: await syncs.save(syncs.create({ cohortId, requestedById: viewer.userId, status: KoladaSyncStatus.QUEUED })), fresh: true };
    });
    if (fresh) await this.enqueue(sync);
    return sync;
  }

  /** Runs one queued fetch (the worker's job); never throws for Kolada's failures, which the row records. */
  async run(syncId: string): Promise<KoladaSyncEntity | null> {
    return this.execute(syncId, false);
  }

  /**
   * The weekly fetch, recorded like the others (cohortId null): first every cohort that has not ended, as
   * `run` does, then the comparison values of every kommun and region (kolada_values). The row stays RUNNING
   * until both are done, and then:
   * - the cohort part failed: FAILED with its message, exactly as `run`; the comparison is not tried (Kolada
   *   has just failed after its retries) and `comparison_values` stays 0;
   * - the cohort part succeeded and the comparison too: SUCCEEDED, `comparison_values` = rows stored, the
   *   comparison's problem lines after the cohort part's;
   * - the cohort part succeeded but the comparison did not (Kolada unavailable after its retries, or any
   *   other error): still SUCCEEDED — the cohort values are stored and stay — with `comparison_values` 0 and
   *   a message (KoladaErrors.comparisonFailed) saying the comparison could not be fetched and why; nothing
   *   of the comparison was written, the last fetched comparison values remain.
   */
  async runWeekly(): Promise<KoladaSyncEntity | null> {
    const syncs = this.dataSource.getRepository(KoladaSyncEntity);
    const sync = await syncs.save(syncs.create({ cohortId: null, status: KoladaSyncStatus.QUEUED }));
    return this.execute(sync.id, true);
  }

  private async execute(syncId: string, withComparison: boolean): Promise<KoladaSyncEntity | null> {
    const syncs = this.dataSource.getRepository(KoladaSyncEntity);
    const started = await syncs.update({ id: syncId, status: In([KoladaSyncStatus.QUEUED, KoladaSyncStatus.RUNNING]) }, { status: KoladaSyncStatus.RUNNING, startedAt: new Date() });
    if (!started.affected) return syncs.findOneBy({ id: syncId });
    const sync = await syncs.findOneByOrFail({ id: syncId });
    try {
      const outcome = await this.fetchAndImport(sync.cohortId);
      const comparison = withComparison ? await this.fetchComparison(syncId) : { comparisonValues: 0, message: null, problems: [] };
      await syncs.update(
        { id: syncId },
        {
          status: KoladaSyncStatus.SUCCEEDED,
          finishedAt: new Date(),
          ...outcome,
          problems: [...outcome.problems, ...comparison.problems],
          comparisonValues: comparison.comparisonValues,
          message: comparison.message,
        },
      );
    } catch (error) {
      const message =
        error instanceof KoladaUnavailableError || error instanceof KoladaFormatError
          ? error.message
          : KoladaErrors.workerFailed(error instanceof Error ? error.message : String(error));
      this.logger.warn(`Kolada-hämtning ${syncId}: ${message}`);
      await syncs.update({ id: syncId }, { status: KoladaSyncStatus.FAILED, finishedAt: new Date(), message: message.slice(0, 1000) });
    }
    return syncs.findOneBy({ id: syncId });
  }

  /** The comparison part of the weekly run as the row records it; never throws (see runWeekly). */
  private async fetchComparison(syncId: string): Promise<{ comparisonValues: number; message: string | null; problems: string[] }> {
    let failure: string;
    try {
      const outcome = await this.comparison.fetchAll();
      if (outcome.failure === null) return { comparisonValues: outcome.rows, message: null, problems: outcome.problems.map(KoladaErrors.comparisonProblem) };
      failure = outcome.failure;
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    this.logger.warn(`Kolada-hämtning ${syncId}: jämförelsevärdena kunde inte hämtas: ${failure}`);
    return { comparisonValues: 0, message: KoladaErrors.comparisonFailed(failure).slice(0, 1000), problems: [] };
  }

  private async enqueue(sync: KoladaSyncEntity): Promise<void> {
    const job: KoladaSyncJob = { syncId: sync.id };
    try {
      await this.queue.add(KOLADA_JOBS.SYNC, job, { jobId: `kolada-sync-${sync.id}`, removeOnComplete: 200, removeOnFail: 500 });
    } catch (error) {
      this.logger.error(`Kolada-hämtning ${sync.id} kunde inte köas: ${error instanceof Error ? error.message : String(error)}`);
      await this.dataSource
        .getRepository(KoladaSyncEntity)
        .update({ id: sync.id, status: KoladaSyncStatus.QUEUED }, { status: KoladaSyncStatus.FAILED, finishedAt: new Date(), message: KoladaErrors.queueDown });
      throw new AppError('INTERNAL_SERVER_ERROR', KoladaErrors.queueDown);
    }
  }

  private async fetchAndImport(cohortId: string | null) {
    const links: { kolada_kpi_id: string; baseline_period: string | null; code: string; kind: string }[] = await this.dataSource.query(
      `SELECT DISTINCT i.kolada_kpi_id, i.baseline_period, o.code, o.kind
         FROM indicators i
         JOIN goals g ON g.id = i.goal_id
         JOIN cohorts c ON c.id = g.cohort_id
         JOIN cohort_members m ON m.cohort_id = c.id AND m.withdrawn_at IS NULL
         JOIN organizations o ON o.id = m.organization_id
        WHERE i.kolada_kpi_id IS NOT NULL AND ${cohortId ? 'c.id = $1' : 'c.status = ANY($1::cohort_status[])'}`,
      [cohortId ?? ACTIVE_COHORT_STATUSES],
    );
    const kpis = [...new Set(links.map((l) => l.kolada_kpi_id))];
    const municipalities = [...new Set(links.map((l) => koladaMunicipalityId(l) ?? '').filter(Boolean))];
    if (!kpis.length || !municipalities.length) return { created: 0, updated: 0, skipped: 0, problems: [] as string[] };
    const thisYear = new Date().getUTCFullYear();
    const baselineYears = links.map((l) => (l.baseline_period ? parsePeriod(l.baseline_period)?.year : undefined)).filter((y): y is number => y !== undefined);
    const first = Math.max(thisYear - 24, Math.min(thisYear - DEFAULT_YEARS_BACK, ...baselineYears));
    const years = Array.from({ length: thisYear - first + 1 }, (_, i) => first + i);
    const fetched = await fetchKoladaValues(
      { baseUrl: this.config.koladaBaseUrl, timeoutMs: this.config.koladaTimeoutMs, attempts: 3, backoffMs: this.config.koladaRetryDelayMs },
      kpis,
      municipalities,
      years,
    );
    const outcome = await this.importer.importValues(fetched.values, fetched.problems, null, cohortId ?? undefined);
    await this.fillTitles(kpis);
    return outcome;
  }

  /** Indicators saved while Kolada did not answer get their KPI's title now. */
  private async fillTitles(kpis: string[]): Promise<void> {
    const indicators = this.dataSource.getRepository(IndicatorEntity);
    const untitled = await indicators.find({ select: { id: true, koladaKpiId: true }, where: { koladaKpiId: In(kpis), koladaKpiTitle: IsNull() } });
    if (!untitled.length) return;
    const titles = await this.kolada.kpiTitles([...new Set(untitled.map((i) => i.koladaKpiId as string))]);
    for (const [kpi, title] of titles) await indicators.update({ koladaKpiId: kpi, koladaKpiTitle: IsNull() }, { koladaKpiTitle: title });
  }
}
