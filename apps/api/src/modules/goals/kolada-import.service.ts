import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Gender, genderAllowed, goalConcerns, koladaMayOverwrite, MeasurementSource, normalizePeriod, OrganizationKind } from '@modellkommuner/shared';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { AuditService } from '../audit/audit.service';
import { KoladaValue } from './kolada/kolada-response';
import { KoladaErrors } from './kolada.errors';

export interface KoladaImportOutcome {
  created: number;
  updated: number;
  skipped: number;
  problems: string[];
}

/** How many problem lines an outcome keeps (the rest are counted in one last line). */
const MAX_PROBLEMS = 200;

interface Target {
  indicatorId: string;
  byGender: boolean;
  organizationId: string;
}

/**
 * Writes Kolada's values into the measurements of every indicator linked to their KPI, for each
 * organisation in that indicator's cohort (docs/domain.md, "Kolada"). The rule for a cell someone typed:
 * Kolada never overwrites it (the cell is skipped and a line says so); Kolada's own values are updated.
 * A `null` from Kolada stays missing. Idempotent: the same response again changes nothing. Used by
 * `importKoladaValues` (a response pasted by a process leader) and the sync job alike.
 */
@Injectable()
export class KoladaImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async importValues(values: readonly KoladaValue[], parseProblems: readonly string[], actor: Viewer | null, cohortId?: string): Promise<KoladaImportOutcome> {
    return this.dataSource.transaction((manager) => this.importWith(manager, values, parseProblems, actor, cohortId));
  }

  async importWith(
    manager: EntityManager,
    values: readonly KoladaValue[],
    parseProblems: readonly string[],
    actor: Viewer | null,
    cohortId?: string,
  ): Promise<KoladaImportOutcome> {
    const problems = [...parseProblems];
    const outcome: KoladaImportOutcome = { created: 0, updated: 0, skipped: 0, problems };
    const kpis = [...new Set(values.map((v) => v.kpi))];
    if (!kpis.length) return finish(outcome);

    // Every (indicator, organisation) a KPI's values go to: indicators linked to it in cohorts that are
    // not cancelled, for the members (not withdrawn) each goal concerns.
    const links: {
      kolada_kpi_id: string;
      indicator_id: string;
      by_gender: boolean;
      scope: 'SHARED' | 'OWN';
      goal_organization_id: string | null;
      organization_id: string;
      code: string;
      kind: OrganizationKind;
    }[] = await manager.query(
      `SELECT i.kolada_kpi_id, i.id AS indicator_id, i.by_gender, g.scope, g.organization_id AS goal_organization_id,
              m.organization_id, o.code, o.kind
         FROM indicators i
         JOIN goals g ON g.id = i.goal_id
         JOIN cohorts c ON c.id = g.cohort_id AND c.status <> 'CANCELLED'
         JOIN cohort_members m ON m.cohort_id = c.id AND m.withdrawn_at IS NULL
         JOIN organizations o ON o.id = m.organization_id
        WHERE i.kolada_kpi_id = ANY($1::varchar[]) AND ($2::uuid IS NULL OR c.id = $2)`,
      [kpis, cohortId ?? null],
    );
    const linkedKpis = new Set(links.map((l) => l.kolada_kpi_id));
    const targets = new Map<string, Target[]>();
    for (const link of links) {
      if (!goalConcerns({ scope: link.scope, organization: link.goal_organization_id }, link.organization_id)) continue;
      const koladaId = link.kind === OrganizationKind.REGION ? `00${link.code}` : link.code;
      const key = `${link.kolada_kpi_id}|${koladaId}`;
      const list = targets.get(key) ?? [];
      list.push({ indicatorId: link.indicator_id, byGender: link.by_gender, organizationId: link.organization_id });
      targets.set(key, list);
    }
    const knownMunicipalities = await this.knownKoladaIds(manager, values);

    const unknownKpis = new Set<string>();
    const unknownMunicipalities = new Set<string>();
    interface Write {
      indicatorId: string;
      organizationId: string;
      period: string;
      gender: Gender;
      value: number;
    }
    const writes = new Map<string, Write>();
    for (const v of values) {
      if (!linkedKpis.has(v.kpi)) {
        if (!unknownKpis.has(v.kpi)) problems.push(KoladaErrors.unknownKpi(v.kpi));
        unknownKpis.add(v.kpi);
        outcome.skipped++;
        continue;
      }
      if (!knownMunicipalities.has(v.municipality)) {
        if (!unknownMunicipalities.has(v.municipality)) problems.push(KoladaErrors.unknownMunicipality(v.municipality));
        unknownMunicipalities.add(v.municipality);
        outcome.skipped++;
        continue;
      }
      const period = normalizePeriod(v.period);
      if (!period) {
        problems.push(KoladaErrors.malformedPeriod(v.kpi, v.municipality, v.period));
        outcome.skipped++;
        continue;
      }
      if (v.value === null) {
        problems.push(KoladaErrors.missingValue(v.kpi, v.municipality, period, v.gender, v.status));
        outcome.skipped++;
        continue;
      }
      const cellTargets = (targets.get(`${v.kpi}|${v.municipality}`) ?? []).filter((t) => genderAllowed(t.byGender, v.gender));
      // A municipality Kolada knows that is in no cohort with this KPI (or a gender the indicator does not take).
      if (!cellTargets.length) outcome.skipped++;
      for (const t of cellTargets) {
        writes.set(`${t.indicatorId}|${t.organizationId}|${period}|${v.gender}`, {
          indicatorId: t.indicatorId,
          organizationId: t.organizationId,
          period,
          gender: v.gender,
          value: v.value,
        });
      }
    }
    if (!writes.size) return finish(outcome);

    const list = [...writes.values()];
    // What the cells hold now, locked so that a member's typing and this import cannot cross.
    const existing: { indicator_id: string; organization_id: string; period: string; gender: Gender; value: number; source: MeasurementSource }[] =
      await manager.query(
        `SELECT m.indicator_id, m.organization_id, m.period, m.gender, m.value, m.source
           FROM measurements m
           JOIN unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::gender[]) AS w(indicator_id, organization_id, period, gender)
             ON m.indicator_id = w.indicator_id AND m.organization_id = w.organization_id AND m.period = w.period AND m.gender = w.gender
          FOR UPDATE OF m`,
        [list.map((w) => w.indicatorId), list.map((w) => w.organizationId), list.map((w) => w.period), list.map((w) => w.gender)],
      );
    const now = new Map(existing.map((e) => [`${e.indicator_id}|${e.organization_id}|${e.period}|${e.gender}`, e]));
    const toWrite: Write[] = [];
    for (const [key, w] of writes) {
      const current = now.get(key);
      if (!current) {
        outcome.created++;
        toWrite.push(w);
      } else if (!koladaMayOverwrite(current.source)) {
        outcome.skipped++;
        if (current.value !== w.value) problems.push(KoladaErrors.manualKept(w.period, w.gender, current.value, w.value));
      } else if (current.value !== w.value) {
        outcome.updated++;
        toWrite.push(w);
      } else {
        outcome.skipped++;
      }
    }
    if (toWrite.length) {
      await manager.query(
        `INSERT INTO measurements (indicator_id, organization_id, period, gender, value, source)
         SELECT * , 'KOLADA'::measurement_source FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::gender[], $5::float8[])
         ON CONFLICT (indicator_id, organization_id, period, gender)
         DO UPDATE SET value = EXCLUDED.value, updated_at = now() WHERE measurements.source = 'KOLADA'`,
        [
          toWrite.map((w) => w.indicatorId),
          toWrite.map((w) => w.organizationId),
          toWrite.map((w) => w.period),
          toWrite.map((w) => w.gender),
          toWrite.map((w) => w.value),
        ],
      );
    }
    await this.audit.record(manager, {
      actorId: actor?.userId ?? null,
      action: 'kolada.import',
      entity: cohortId ? 'Cohort' : 'Kolada',
      entityId: cohortId ?? 'kolada',
      after: { created: outcome.created, updated: outcome.updated, skipped: outcome.skipped, problems: problems.length },
    });
    return finish(outcome);
  }

  /** The Kolada ids among the values that name an organisation here: kommun codes, "00" + county code for regions. */
  private async knownKoladaIds(manager: EntityManager, values: readonly KoladaValue[]): Promise<Set<string>> {
    const ids = [...new Set(values.map((v) => v.municipality))];
    const rows: { code: string; kind: OrganizationKind }[] = await manager.query(
      `SELECT code, kind FROM organizations WHERE code = ANY($1::varchar[]) OR ('00' || code) = ANY($1::varchar[])`,
      [ids],
    );
    const known = new Set<string>();
    for (const row of rows) {
      if (row.kind === OrganizationKind.MUNICIPALITY) known.add(row.code);
      if (row.kind === OrganizationKind.REGION) known.add(`00${row.code}`);
    }
    return known;
  }
}

function finish(outcome: KoladaImportOutcome): KoladaImportOutcome {
  if (outcome.problems.length > MAX_PROBLEMS) {
    const more = outcome.problems.length - MAX_PROBLEMS;
    outcome.problems = [...outcome.problems.slice(0, MAX_PROBLEMS), KoladaErrors.moreProblems(more)];
  }
  return outcome;
}
