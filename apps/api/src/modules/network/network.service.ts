import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, Not } from 'typeorm';
import {
  ACTIVE_COHORT_STATUSES,
  CohortStatus,
  countsForNetwork,
  distanceKm,
  generationCount,
  generations,
  isReached,
  LatLon,
  lineageEdges,
  MemberRole,
  MentorCandidateFacts,
  OrganizationKind,
  rankMentorCandidates,
  reachStatus,
  ReachMembership,
} from '@modellkommuner/shared';
import { MUNICIPALITIES, REGIONS } from '@modellkommuner/reference-data';
import { PublicReads } from '../../infrastructure/database/public-reads';
import { BadInput, BadInputs, FieldProblem, Forbidden } from '../../infrastructure/errors/app-error';
import { isUuid } from '../../infrastructure/graphql/ids';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { CohortErrors } from '../cohorts/cohort.errors';
import { CohortPolicy } from '../cohorts/cohort.policy';
import { CohortEntity } from '../cohorts/entities/cohort.entity';
import { Cohort } from '../cohorts/models/cohort.model';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { Organization } from '../organizations/models/organization.model';
import { ProgrammeEntity } from '../programmes/entities/programme.entity';
import { MentorEdge, MentorSuggestion, NetworkOverview, OrganizationReach } from './models/network.model';
import { NetworkErrors } from './network.errors';
import { NetworkPolicy } from './network.policy';

/** A membership row as the network reads it (docs/domain.md, "The network"). */
interface MembershipRow {
  organization_id: string;
  cohort_id: string;
  role: MemberRole;
  cohort_status: CohortStatus;
  withdrawn_at: Date | null;
}

const CENTRES = new Map<string, LatLon>([
  ...MUNICIPALITIES.map((m) => [`${OrganizationKind.MUNICIPALITY}:${m.code}`, m.centre] as const),
  ...REGIONS.map((r) => [`${OrganizationKind.REGION}:${r.code}`, r.centre] as const),
]);

/** The centre point of a kommun or region (libs/reference-data), or null for SKR. */
export function centreOf(organization: { kind: OrganizationKind; code: string }): LatLon | null {
  return CENTRES.get(`${organization.kind}:${organization.code}`) ?? null;
}

const toReach = (row: MembershipRow): ReachMembership => ({
  organization: row.organization_id,
  cohort: row.cohort_id,
  role: row.role,
  cohortStatus: row.cohort_status,
  withdrawn: row.withdrawn_at !== null,
});

/**
 * The network view: the public overview (reach, generations, lineage) and mentor suggestions. Each
 * request reads a fixed number of statements whatever the number of cohorts (counted in
 * network.int-spec.ts and bench/network): the organisations, the cohorts, their memberships — and for
 * suggestions the areas organisations have worked with — and works out the rest with libs/shared's
 * rules (network.ts). Anonymous requests read on the public pool (PublicReads).
 */
@Injectable()
export class NetworkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: NetworkPolicy,
    private readonly cohortPolicy: CohortPolicy,
    @Optional() private readonly publicReads?: PublicReads,
  ) {}

  async overview(viewer: Viewer | null, programmeId: string | null): Promise<NetworkOverview> {
    if (!viewer && this.publicReads) return this.publicReads.run((dataSource) => this.overviewOn(dataSource, viewer, programmeId));
    return this.overviewOn(this.dataSource, viewer, programmeId);
  }

  private async overviewOn(dataSource: DataSource, viewer: Viewer | null, programmeId: string | null): Promise<NetworkOverview> {
    const programme = programmeId === null ? null : await this.programme(dataSource, programmeId);
    const [organizations, cohorts, rows] = await Promise.all([
      dataSource.getRepository(OrganizationEntity).find({ where: { kind: Not(OrganizationKind.SKR) }, order: { code: 'ASC' } }),
      dataSource.getRepository(CohortEntity).find({
        where: { status: Not(CohortStatus.CANCELLED), ...(programme ? { programmeId: programme.id } : {}) },
        order: { startDate: 'ASC', name: 'ASC' },
      }),
      this.memberships(dataSource, programme?.id ?? null),
    ]);

    const memberships = rows.map(toReach);
    const byOrganization = new Map<string, ReachMembership[]>();
    for (const m of memberships) byOrganization.set(m.organization, [...(byOrganization.get(m.organization) ?? []), m]);
    const edges = lineageEdges(memberships);
    const generation = generations(edges);

    const organizationById = new Map(organizations.map((o) => [o.id, Organization.from(o)]));
    const reach = organizations.map((o) => {
      const status = reachStatus(byOrganization.get(o.id) ?? []);
      return Object.assign(new OrganizationReach(), {
        organization: organizationById.get(o.id),
        status,
        generation: isReached(status) ? (generation.get(o.id) ?? null) : null,
      });
    });

    const membersByCohort = new Map<string, MembershipRow[]>();
    for (const row of rows) membersByCohort.set(row.cohort_id, [...(membersByCohort.get(row.cohort_id) ?? []), row]);
    const cohortById = new Map(
      cohorts.map((c) => {
        const members = (membersByCohort.get(c.id) ?? []).map((r) => ({ organizationId: r.organization_id, role: r.role, withdrawnAt: r.withdrawn_at }));
        return [c.id, Object.assign(Cohort.from(c), { publicSummary: !this.cohortPolicy.mayView(viewer, members) })];
      }),
    );
    const cohortOrder = new Map(cohorts.map((c, i) => [c.id, i]));
    const name = (id: string) => organizationById.get(id)?.name ?? '';
    const lineage = edges
      .filter((e) => cohortById.has(e.cohort) && organizationById.has(e.mentor) && organizationById.has(e.mentee))
      .sort((a, b) => (cohortOrder.get(a.cohort) ?? 0) - (cohortOrder.get(b.cohort) ?? 0) || name(a.mentee).localeCompare(name(b.mentee), 'sv'))
      .map((e) => Object.assign(new MentorEdge(), { mentor: organizationById.get(e.mentor), mentee: organizationById.get(e.mentee), cohort: cohortById.get(e.cohort) }));

    const ofKind = (kind: OrganizationKind) => reach.filter((r) => r.organization.kind === kind);
    const eligibleKinds = programme ? [programme.organizationKind] : [OrganizationKind.MUNICIPALITY, OrganizationKind.REGION];
    return Object.assign(new NetworkOverview(), {
      municipalitiesTotal: ofKind(OrganizationKind.MUNICIPALITY).length,
      municipalitiesReached: ofKind(OrganizationKind.MUNICIPALITY).filter((r) => isReached(r.status)).length,
      regionsTotal: ofKind(OrganizationKind.REGION).length,
      regionsReached: ofKind(OrganizationKind.REGION).filter((r) => isReached(r.status)).length,
      mentorsEligible: organizations.filter((o) => o.mentorEligible && eligibleKinds.includes(o.kind)).length,
      activeCohorts: cohorts.filter((c) => ACTIVE_COHORT_STATUSES.includes(c.status)).length,
      generations: generationCount(generation),
      organizations: reach,
      lineage,
    });
  }

  async suggestMentors(viewer: Viewer, programmeId: string, menteeCodes: string[]): Promise<MentorSuggestion[]> {
    if (!this.policy.maySuggestMentors(viewer)) throw Forbidden(NetworkErrors.mayNotSuggest);
    const dataSource = this.dataSource;
    const programme = await this.programme(dataSource, programmeId);
    const codes = [...new Set(menteeCodes.map((c) => c.trim()))];
    if (codes.length === 0) throw BadInput('menteeCodes', NetworkErrors.noMentees);
    if (codes.length > programme.maxMentees) throw BadInput('menteeCodes', NetworkErrors.tooManyMentees(programme.maxMentees));

    const [organizations, rows, areaRows] = await Promise.all([
      dataSource.getRepository(OrganizationEntity).find({ where: [{ kind: programme.organizationKind }, { code: In(codes) }] }),
      this.memberships(dataSource, null, true),
      dataSource.query<{ organization_id: string; area: string }[]>(
        `SELECT m.organization_id, g.focus_area AS area
           FROM goals g JOIN cohort_members m ON m.cohort_id = g.cohort_id
          WHERE g.focus_area IS NOT NULL AND (g.organization_id IS NULL OR g.organization_id = m.organization_id)
         UNION
         SELECT o.organization_id, unnest(e.activity_areas) AS area
           FROM learning_example_organizations o JOIN learning_examples e ON e.id = o.example_id
          WHERE e.status <> 'ARCHIVED'`,
      ),
    ]);

    const byCode = new Map(organizations.map((o) => [o.code, o]));
    const problems: FieldProblem[] = [];
    for (const code of codes) {
      const organization = byCode.get(code);
      if (!organization) problems.push({ field: 'menteeCodes', message: CohortErrors.unknownOrganization(code) });
      else if (organization.kind !== programme.organizationKind) {
        problems.push({ field: 'menteeCodes', message: CohortErrors.wrongKind(organization.name, organization.kind, programme.name, programme.organizationKind) });
      }
    }
    if (problems.length > 0) throw BadInputs(problems);
    const mentees = codes.map((c) => byCode.get(c) as OrganizationEntity);
    const menteeIds = new Set(mentees.map((m) => m.id));

    const memberships = rows.map(toReach);
    const generation = generations(lineageEdges(memberships));
    const areas = new Map<string, string[]>();
    for (const row of areaRows) areas.set(row.organization_id, [...(areas.get(row.organization_id) ?? []), row.area]);
    // One active cohort per organisation and programme (docs/domain.md, "Cohorts"): those already in one cannot mentor in it.
    const busyInProgramme = new Set(
      rows.filter((r) => r.withdrawn_at === null && ACTIVE_COHORT_STATUSES.includes(r.cohort_status) && r.programme_id === programme.id).map((r) => r.organization_id),
    );
    const countedOf = new Map<string, ReachMembership[]>();
    for (const m of memberships) if (countsForNetwork(m)) countedOf.set(m.organization, [...(countedOf.get(m.organization) ?? []), m]);

    const candidates: MentorCandidateFacts[] = organizations
      .filter((o) => o.kind === programme.organizationKind && o.mentorEligible && !menteeIds.has(o.id) && !busyInProgramme.has(o.id))
      .map((o) => {
        const own = countedOf.get(o.id) ?? [];
        const centre = centreOf(o);
        return {
          organization: o.id,
          name: o.name,
          distancesKm: mentees.flatMap((m) => {
            const other = centreOf(m);
            return centre && other ? [distanceKm(centre, other)] : [];
          }),
          activeMentorCohorts: own.filter((m) => m.role === MemberRole.MENTOR && ACTIVE_COHORT_STATUSES.includes(m.cohortStatus)).length,
          completedCohorts: own.filter((m) => m.cohortStatus === CohortStatus.CONCLUDED).length,
          generation: generation.get(o.id) ?? 0,
          areas: areas.get(o.id) ?? [],
        };
      });
    const menteeAreas = mentees.flatMap((m) => areas.get(m.id) ?? []);
    const byId = new Map(organizations.map((o) => [o.id, o]));
    return rankMentorCandidates(candidates, menteeAreas).map((s) =>
      Object.assign(new MentorSuggestion(), { organization: Organization.from(byId.get(s.organization) as OrganizationEntity), score: s.score, reasons: s.reasons }),
    );
  }

  /** The programme, or BAD_USER_INPUT on `programmeId` when the id is malformed or unknown. */
  private async programme(dataSource: DataSource, id: string): Promise<ProgrammeEntity> {
    const programme = isUuid(id) ? await dataSource.getRepository(ProgrammeEntity).findOneBy({ id }) : null;
    if (!programme) throw BadInput('programmeId', NetworkErrors.unknownProgramme);
    return programme;
  }

  /** Memberships in cohorts that were not cancelled, of one programme or all. */
  private memberships(dataSource: DataSource, programmeId: string | null, withProgramme = false): Promise<(MembershipRow & { programme_id: string })[]> {
    return dataSource.query(
      `SELECT m.organization_id, m.cohort_id, m.role, m.withdrawn_at, c.status AS cohort_status${withProgramme ? ', c.programme_id' : ''}
         FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id
        WHERE c.status <> 'CANCELLED' AND ($1::uuid IS NULL OR c.programme_id = $1)`,
      [programmeId],
    );
  }
}
