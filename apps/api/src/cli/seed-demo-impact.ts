import { EntityManager, In } from 'typeorm';
import {
  addMonths,
  CheckpointKind,
  CohortStatus,
  Direction,
  Gender,
  GoalAssessmentStatus,
  GoalScope,
  impactSeed,
  MeetingKind,
  MemberRole,
  MeasurementSource,
  mulberry32,
  OrganizationKind,
  ReportStatus,
  ReviewDecision,
  stockholmTime,
} from '@modellkommuner/shared';
import { CheckpointEntity } from '../modules/cohorts/entities/checkpoint.entity';
import { CohortMemberEntity } from '../modules/cohorts/entities/cohort-member.entity';
import { CohortEntity } from '../modules/cohorts/entities/cohort.entity';
import { MeetingEntity } from '../modules/cohorts/entities/meeting.entity';
import { FollowUpReportEntity } from '../modules/follow-up/entities/follow-up-report.entity';
import { GoalAssessmentEntity } from '../modules/follow-up/entities/goal-assessment.entity';
import { MentorEdgeEntity } from '../modules/follow-up/entities/mentor-edge.entity';
import { ReviewEntity } from '../modules/follow-up/entities/review.entity';
import { reportGoals, takeSnapshot } from '../modules/follow-up/report-snapshot';
import { GoalEntity } from '../modules/goals/entities/goal.entity';
import { IndicatorTargetEntity } from '../modules/goals/entities/indicator-target.entity';
import { IndicatorEntity } from '../modules/goals/entities/indicator.entity';
import { MeasurementEntity } from '../modules/goals/entities/measurement.entity';
import { OrganizationEntity } from '../modules/organizations/entities/organization.entity';
import { ProgrammeEntity } from '../modules/programmes/entities/programme.entity';

// Demo data for the impact view ("Effekter", docs/domain.md "Impact"): a programme whose concluded cohorts
// started in 2021, 2022 and 2023, their goals linked to Kolada key figures, approved follow-up reports with
// goal assessments, and Kolada values for every kommun so the participants have something to be compared
// with. The kommuner are real; every figure is invented.

/**
 * DEMO FIGURES, NOT REAL STATISTICS. The ids look like Kolada's ("N" + five digits) but are made up for the
 * demo (and used nowhere else in the repository), and so are their titles and every value below: nothing
 * here may be read as what a kommun reported to Kolada.
 */
interface DemoKpi {
  id: string;
  title: string;
  /** False: Kolada publishes the total only (women and men stay NULL). */
  byGender: boolean;
  /** The level in 2017 across kommuner (mean, spread) and its change per year. */
  level: [number, number];
  levelTrend: number;
  /** Women − men in 2017 across kommuner (mean, spread) and its change per year, for everyone. */
  gap: [number, number];
  gapTrend: number;
  /** What taking part adds to the gap per year from the start year (at most three years): the demo's "effect". */
  participantEffect: number;
  /** Spread of each published value around its kommun's line. */
  noise: number;
  /** Women's share of the total (the total is weighted, as Kolada's are). */
  womenShare: number;
  bounds: [number, number];
  decimals: number;
}

const KPI_HOME_CARE = 'N90417';
const KPI_ACTIVATION = 'N90474';
const KPI_STATISTICS = 'N90538';
const KPI_SCHOOL = 'N90621';

const KPIS: DemoKpi[] = [
  {
    // Participants' gap closes faster than the others': women are granted fewer hours than men with the same needs.
    id: KPI_HOME_CARE,
    title: 'Beviljade hemtjänsttimmar per person och månad, hemtjänst i ordinärt boende (demo)',
    byGender: true,
    level: [27, 3],
    levelTrend: 0.2,
    gap: [-4.2, 1.4],
    gapTrend: 0.12,
    participantEffect: 0.6,
    noise: 0.35,
    womenShare: 0.63,
    bounds: [5, 80],
    decimals: 1,
  },
  {
    // About the same for participants and the others: everyone's gap closes a little each year.
    id: KPI_ACTIVATION,
    title: 'Andel vuxna med försörjningsstöd som deltar i arbetsmarknadsinsats, andel (%) (demo)',
    byGender: true,
    level: [35, 6],
    levelTrend: 0.4,
    gap: [-9, 3],
    gapTrend: 0.5,
    participantEffect: 0,
    noise: 0.8,
    womenShare: 0.45,
    bounds: [0, 100],
    decimals: 1,
  },
  {
    // Total only: the impact view says the key figure is not split by gender.
    id: KPI_STATISTICS,
    title: 'Andel nämnder som redovisar könsuppdelad statistik i verksamhetsberättelsen, andel (%) (demo)',
    byGender: false,
    level: [42, 14],
    levelTrend: 3,
    gap: [0, 0],
    gapTrend: 0,
    participantEffect: 0,
    noise: 4,
    womenShare: 0.5,
    bounds: [0, 100],
    decimals: 0,
  },
  {
    // Linked by one cohort only: too few participants to say anything.
    id: KPI_SCHOOL,
    title: 'Elever i åk 9 som är behöriga till yrkesprogram, andel (%) (demo)',
    byGender: true,
    level: [83, 5],
    levelTrend: 0.1,
    gap: [4.5, 2.5],
    gapTrend: -0.1,
    participantEffect: 0,
    noise: 1.5,
    womenShare: 0.49,
    bounds: [40, 100],
    decimals: 1,
  },
];

/** The years Kolada has values for in the demo. */
const FIRST_YEAR = 2017;
const LAST_YEAR = 2025;
/** Kolada's id for the whole country. */
const RIKET = '0000';
/**
 * Values Kolada "has not published" on purpose, so missing stays missing where one can see it: one
 * participant's follow-up year and another's baseline year (both then count as missing data).
 */
const WITHHELD = new Set([`${KPI_ACTIVATION}|0683|2023`, `${KPI_HOME_CARE}|0834|2022`]);

interface DemoGoal {
  focusArea: string;
  title: string;
  description: string;
  indicator?: { name: string; unit: string; direction: Direction; kpi: string };
}

const GOAL_HOME_CARE: DemoGoal = {
  focusArea: 'Äldreomsorg',
  title: 'Hemtjänsten beviljas efter behov, inte efter kön',
  description: 'Kvinnor och män med samma behov ska beviljas lika mycket hemtjänst. Vi följer beviljade timmar uppdelat på kön.',
  indicator: {
    name: 'Beviljade hemtjänsttimmar per person och månad',
    unit: 'timmar',
    direction: Direction.HIGHER_IS_BETTER,
    kpi: KPI_HOME_CARE,
  },
};
const GOAL_ACTIVATION: DemoGoal = {
  focusArea: 'Socialtjänst',
  title: 'Kvinnor med försörjningsstöd erbjuds insatser som män',
  description: 'Arbetsmarknadsinsatserna ska nå kvinnor med försörjningsstöd i samma utsträckning som män.',
  indicator: {
    name: 'Andel med försörjningsstöd i arbetsmarknadsinsats',
    unit: '%',
    direction: Direction.HIGHER_IS_BETTER,
    kpi: KPI_ACTIVATION,
  },
};
const GOAL_STATISTICS: DemoGoal = {
  focusArea: 'Styrning och ledning',
  title: 'Nämnderna styr med könsuppdelad statistik',
  description: 'Varje nämnd redovisar sin verksamhet uppdelad på kön och drar slutsatser av den i budgeten.',
  indicator: {
    name: 'Andel nämnder med könsuppdelad statistik i verksamhetsberättelsen',
    unit: '%',
    direction: Direction.HIGHER_IS_BETTER,
    kpi: KPI_STATISTICS,
  },
};
const GOAL_FEEDBACK: DemoGoal = {
  focusArea: 'Brukardelaktighet och återkoppling',
  title: 'Synpunkter från kvinnor och män tas tillvara lika',
  description: 'Brukarnas synpunkter sammanställs uppdelat på kön och återkopplas till verksamheten varje kvartal.',
};
const GOAL_SCHOOL: DemoGoal = {
  focusArea: 'Skola',
  title: 'Pojkar och flickor lämnar grundskolan lika väl rustade',
  description: 'Skillnaden i behörighet mellan flickor och pojkar ska minska genom riktat stöd i årskurs 7–9.',
  indicator: { name: 'Behöriga till yrkesprogram efter åk 9', unit: '%', direction: Direction.HIGHER_IS_BETTER, kpi: KPI_SCHOOL },
};

interface DemoCohort {
  name: string;
  start: string;
  mentor: string;
  mentees: string[];
  goals: DemoGoal[];
}

const PROGRAMME = {
  name: 'Jämställd välfärd – modellkommuner',
  theme: 'Jämställda insatser i äldreomsorg, socialtjänst och skola, följda med nyckeltal ur Kolada',
};

/**
 * Three years of cohorts, mentor to mentee: Hedemora (the founding mentor of the other demo programme) starts
 * the lineage in 2021, its graduates mentor in 2022, theirs in 2023 — generations 1 to 3. Kommuner no other
 * demo seed or browser journey uses.
 */
const COHORTS: DemoCohort[] = [
  {
    name: 'Omgång 2021 – Hedemora',
    start: '2021-02-01',
    mentor: '2083',
    mentees: ['0562', '1861', '2183'],
    goals: [GOAL_HOME_CARE, GOAL_STATISTICS],
  },
  {
    name: 'Omgång 2022 – Finspång',
    start: '2022-09-05',
    mentor: '0562',
    mentees: ['0563', '0682', '0683'],
    goals: [GOAL_HOME_CARE, GOAL_ACTIVATION, GOAL_STATISTICS],
  },
  {
    name: 'Omgång 2022 – Hallsberg',
    start: '2022-10-03',
    mentor: '1861',
    mentees: ['1883', '1984'],
    goals: [GOAL_HOME_CARE, GOAL_ACTIVATION, GOAL_FEEDBACK],
  },
  {
    name: 'Omgång 2023 – Bollnäs',
    start: '2023-09-04',
    mentor: '2183',
    mentees: ['2280', '2361'],
    goals: [GOAL_HOME_CARE, GOAL_ACTIVATION, GOAL_FEEDBACK, GOAL_SCHOOL],
  },
  {
    name: 'Omgång 2023 – Valdemarsvik',
    start: '2023-11-06',
    mentor: '0563',
    mentees: ['0840', '0834', '1264'],
    goals: [GOAL_HOME_CARE, GOAL_ACTIVATION, GOAL_FEEDBACK],
  },
];

/** How the goals went, per focus area: each organisation's assessment is picked from the list by its code. */
const OUTCOMES: Record<string, GoalAssessmentStatus[]> = {
  Äldreomsorg: [
    GoalAssessmentStatus.ACHIEVED,
    GoalAssessmentStatus.PARTLY_ACHIEVED,
    GoalAssessmentStatus.ACHIEVED,
    GoalAssessmentStatus.NOT_ACHIEVED,
    GoalAssessmentStatus.PARTLY_ACHIEVED,
  ],
  Socialtjänst: [
    GoalAssessmentStatus.PARTLY_ACHIEVED,
    GoalAssessmentStatus.ACHIEVED,
    GoalAssessmentStatus.NOT_ACHIEVED,
    GoalAssessmentStatus.ONGOING,
    GoalAssessmentStatus.PARTLY_ACHIEVED,
  ],
  'Styrning och ledning': [GoalAssessmentStatus.ACHIEVED, GoalAssessmentStatus.ACHIEVED, GoalAssessmentStatus.PARTLY_ACHIEVED],
  'Brukardelaktighet och återkoppling': [
    GoalAssessmentStatus.PARTLY_ACHIEVED,
    GoalAssessmentStatus.ONGOING,
    GoalAssessmentStatus.ACHIEVED,
    GoalAssessmentStatus.NOT_ACHIEVED,
  ],
  Skola: [GoalAssessmentStatus.ONGOING, GoalAssessmentStatus.PARTLY_ACHIEVED],
};

/** Report texts of our own words (no real report's text), varied by organisation. */
const MENTEE_TEXTS = [
  {
    summary: 'Vi har kartlagt hur biståndsbesluten i hemtjänsten fördelas mellan kvinnor och män och ändrat riktlinjerna för bedömningen.',
    whatWorked: 'Att handläggarna gick igenom sina egna beslut tillsammans, med statistiken uppdelad på kön framför sig.',
    challenges: 'Verksamhetssystemet kunde inte ta fram uppgifterna uppdelade på kön utan handpåläggning.',
    nextSteps: 'Uppföljningen blir en stående punkt i nämndens kvartalsrapport.',
  },
  {
    summary: 'Arbetet har samlat socialtjänsten och äldreomsorgen kring gemensamma nyckeltal och en plan för att minska skillnaderna.',
    whatWorked: 'Mentorkommunens mallar för jämställdhetsanalys och de korta avstämningarna mellan träffarna.',
    challenges: 'Personalomsättning bland enhetscheferna gjorde att analysen fick göras om under våren.',
    nextSteps: 'Vi utbildar nya chefer i analysstödet och följer nyckeltalen årligen.',
  },
  {
    summary: 'Vi har infört könsuppdelad statistik i verksamhetsberättelserna och prövat nya arbetssätt i två verksamheter.',
    whatWorked: 'Att politiken efterfrågade siffrorna redan från början.',
    challenges: 'Små tal i en liten kommun gör att skillnaderna varierar mycket mellan åren.',
    nextSteps: 'Vi följer utvecklingen över flera år innan riktlinjerna ändras igen.',
  },
];
const MENTOR_TEXT = {
  summary: 'Som mentor har vi delat vårt analysstöd och följt de nya kommunernas arbete genom erfarenhetsutbyten under året.',
  whatWorked: 'Gemensamma träffar där kommunerna visade sina siffror för varandra.',
  challenges: 'Att hinna med mentorskapet vid sidan av det egna utvecklingsarbetet.',
  nextSteps: 'Vi fortsätter arbetet med egna mål och delar erfarenheterna i nätverket.',
};

// ---- the values ------------------------------------------------------------------------------------

interface KoladaRow {
  kpiId: string;
  koladaId: string;
  year: number;
  women: number | null;
  men: number | null;
  total: number | null;
}

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));
const clamp = (value: number, [low, high]: [number, number]) => Math.min(high, Math.max(low, value));

/** A normal deviate from a uniform generator (Box–Muller). */
function normal(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** The start year of each kommun's first demo cohort as a mentee (the participants the demo's effect applies to). */
function participantStarts(): Map<string, number> {
  const starts = new Map<string, number>();
  for (const cohort of COHORTS) {
    const year = Number(cohort.start.slice(0, 4));
    for (const code of cohort.mentees) starts.set(code, Math.min(starts.get(code) ?? year, year));
  }
  return starts;
}

/**
 * Kolada values for every kommun and Riket, 2017–2025, for the demo's key figures: each kommun a level
 * and a gap of its own on a common trend, a participant's gap moved by the key figure's effect from its
 * start year, a little noise around each value, and now and then a value Kolada did not publish (the
 * whole row gone, or women's and men's values withheld with the total kept). Seeded per key figure and
 * kommun, so the same rows come out every time, whatever the order.
 */
export function demoKoladaValues(kommunCodes: readonly string[]): KoladaRow[] {
  const starts = participantStarts();
  const rows: KoladaRow[] = [];
  for (const kpi of KPIS) {
    const own: KoladaRow[] = [];
    for (const code of kommunCodes) {
      const random = mulberry32(impactSeed(`${kpi.id}:${code}`));
      const level = kpi.level[0] + kpi.level[1] * normal(random);
      const gap = kpi.gap[0] + kpi.gap[1] * normal(random);
      const start = starts.get(code);
      for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
        const t = year - FIRST_YEAR;
        const effect = start === undefined ? 0 : kpi.participantEffect * Math.min(3, Math.max(0, year - start + 1));
        const levelNow = level + kpi.levelTrend * t;
        const gapNow = gap + kpi.gapTrend * t + effect;
        const womenNoise = normal(random);
        const menNoise = normal(random);
        const missing = random();
        if (missing < 0.006 || WITHHELD.has(`${kpi.id}|${code}|${year}`)) continue;
        if (!kpi.byGender) {
          own.push({
            kpiId: kpi.id,
            koladaId: code,
            year,
            women: null,
            men: null,
            total: round(clamp(levelNow + kpi.noise * womenNoise, kpi.bounds), kpi.decimals),
          });
          continue;
        }
        const women = clamp(levelNow + gapNow / 2 + kpi.noise * womenNoise, kpi.bounds);
        const men = clamp(levelNow - gapNow / 2 + kpi.noise * menNoise, kpi.bounds);
        const total = round(kpi.womenShare * women + (1 - kpi.womenShare) * men, kpi.decimals);
        // Kolada withholds women's and men's values where the groups are small; the total stays.
        const split = missing >= 0.025;
        own.push({
          kpiId: kpi.id,
          koladaId: code,
          year,
          women: split ? round(women, kpi.decimals) : null,
          men: split ? round(men, kpi.decimals) : null,
          total,
        });
      }
    }
    // Riket: the kommuner's mean each year (the demo does not weigh by population).
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const ofYear = own.filter((r) => r.year === year);
      const meanOf = (pick: (r: KoladaRow) => number | null) => {
        const values = ofYear.map(pick).filter((v): v is number => v !== null);
        return values.length ? round(values.reduce((a, b) => a + b, 0) / values.length, kpi.decimals) : null;
      };
      own.push({
        kpiId: kpi.id,
        koladaId: RIKET,
        year,
        women: meanOf((r) => r.women),
        men: meanOf((r) => r.men),
        total: meanOf((r) => r.total),
      });
    }
    rows.push(...own);
  }
  return rows;
}

// ---- the seed --------------------------------------------------------------------------------------

/** A repeatable pick from a list by an organisation's code (and a salt), so assessments and texts vary. */
function pickBy<T>(list: readonly T[], code: string, salt: string): T {
  return list[impactSeed(`${salt}:${code}`) % list.length];
}

const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);
const daysBefore = (date: string, days: number) => new Date(Date.parse(`${date}T09:00:00Z`) - days * 86_400_000);

/**
 * Idempotent: the programme, its cohorts, goals, Kolada-linked indicators with the values the Kolada sync
 * would have brought in while the cohorts ran, approved one-year reports with goal assessments and the
 * graduates' lineage are added once (a programme of that name that exists already is left as it is); the
 * Kolada values are added where missing. Returns what was added.
 */
export async function seedDemoImpact(
  manager: EntityManager,
  processLeaderId: string,
): Promise<{ impactCohorts: number; koladaValues: number }> {
  const kommuner = await manager
    .getRepository(OrganizationEntity)
    .find({ select: { code: true }, where: { kind: OrganizationKind.MUNICIPALITY }, order: { code: 'ASC' } });
  const values = demoKoladaValues(kommuner.map((k) => k.code));
  const inserted: { n: number }[] = await manager.query(
    `WITH added AS (
       INSERT INTO kolada_values (kpi_id, kolada_id, year, women, men, total)
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::smallint[], $4::float8[], $5::float8[], $6::float8[])
       ON CONFLICT (kpi_id, kolada_id, year) DO NOTHING
       RETURNING 1)
     SELECT count(*)::int AS n FROM added`,
    [
      values.map((v) => v.kpiId),
      values.map((v) => v.koladaId),
      values.map((v) => v.year),
      values.map((v) => v.women),
      values.map((v) => v.men),
      values.map((v) => v.total),
    ],
  );
  const koladaValues = inserted[0]?.n ?? 0;
  if (await manager.getRepository(ProgrammeEntity).existsBy({ name: PROGRAMME.name })) return { impactCohorts: 0, koladaValues };

  const valueOf = new Map(values.map((v) => [`${v.kpiId}|${v.koladaId}|${v.year}`, v]));
  const orgs = manager.getRepository(OrganizationEntity);
  const codes = [...new Set(COHORTS.flatMap((c) => [c.mentor, ...c.mentees]))];
  const byCode = new Map((await orgs.findBy({ code: In(codes) })).map((o) => [o.code, o]));
  const programme = await manager.getRepository(ProgrammeEntity).save({
    name: PROGRAMME.name,
    theme: PROGRAMME.theme,
    organizationKind: OrganizationKind.MUNICIPALITY,
    minMentees: 2,
    maxMentees: 3,
    followUpMonths: 12,
  });
  await orgs.update({ code: '2083' }, { mentorEligible: true });

  for (const [cohortIndex, c] of COHORTS.entries()) {
    const startYear = Number(c.start.slice(0, 4));
    const due = addMonths(c.start, 12);
    const cohort = await manager.getRepository(CohortEntity).save({
      programmeId: programme.id,
      name: c.name,
      status: CohortStatus.CONCLUDED,
      startDate: c.start,
      followUpDueDate: due,
      processLeaderId,
      version: 1,
    });
    const memberCodes = [c.mentor, ...c.mentees];
    const organizationOf = (code: string) => byCode.get(code) as OrganizationEntity;
    await manager.getRepository(CohortMemberEntity).insert(
      memberCodes.map((code, i) => ({
        cohortId: cohort.id,
        organizationId: organizationOf(code).id,
        role: i === 0 ? MemberRole.MENTOR : MemberRole.MENTEE,
        joinedAt: daysBefore(c.start, 30),
        withdrawnAt: null,
        withdrawalReason: null,
      })),
    );
    await manager.getRepository(MeetingEntity).insert([
      {
        cohortId: cohort.id,
        kind: MeetingKind.STARTUP,
        title: 'Uppstartsmöte',
        startsAt: stockholmTime(c.start, '09:30'),
        endsAt: stockholmTime(c.start, '16:00'),
        location: 'SKR, Hornsgatan 20, Stockholm',
        notes: null,
        cancelledAt: null,
        cancelReason: null,
      },
      {
        cohortId: cohort.id,
        kind: MeetingKind.GATHERING,
        title: `Återsamling – ${c.name}`,
        startsAt: stockholmTime(due, '10:00'),
        endsAt: stockholmTime(due, '15:00'),
        location: 'SKR, Hornsgatan 20, Stockholm',
        notes: null,
        cancelledAt: null,
        cancelReason: null,
      },
    ]);
    const checkpoint = await manager
      .getRepository(CheckpointEntity)
      .save({ cohortId: cohort.id, kind: CheckpointKind.ONE_YEAR, dueDate: due });

    // Goals shared by the cohort; the linked key figures' values as the Kolada sync brought them in while the
    // cohort ran (the years up to its start), with an equal target for women and men a year on.
    for (const [position, demo] of c.goals.entries()) {
      const goal = await manager.getRepository(GoalEntity).save({
        cohortId: cohort.id,
        scope: GoalScope.SHARED,
        organizationId: null,
        title: demo.title,
        description: demo.description,
        focusArea: demo.focusArea,
      });
      if (!demo.indicator) continue;
      const kpi = KPIS.find((k) => k.id === demo.indicator?.kpi) as DemoKpi;
      const indicator = await manager.getRepository(IndicatorEntity).save({
        goalId: goal.id,
        name: demo.indicator.name,
        unit: demo.indicator.unit,
        direction: demo.indicator.direction,
        byGender: kpi.byGender,
        koladaKpiId: kpi.id,
        koladaKpiTitle: kpi.title,
        baselinePeriod: String(startYear - 1),
        createdAt: new Date(Date.UTC(startYear, 0, 15, 12, 0, position)),
      });
      const measurements: Partial<MeasurementEntity>[] = [];
      const targets: Partial<IndicatorTargetEntity>[] = [];
      for (const code of memberCodes) {
        const organizationId = organizationOf(code).id;
        for (let year = startYear - 3; year <= startYear; year++) {
          const v = valueOf.get(`${kpi.id}|${code}|${year}`);
          const cells: [Gender, number | null | undefined][] = kpi.byGender
            ? [
                [Gender.WOMEN, v?.women],
                [Gender.MEN, v?.men],
              ]
            : [[Gender.TOTAL, v?.total]];
          for (const [gender, value] of cells) {
            if (value !== null && value !== undefined)
              measurements.push({
                indicatorId: indicator.id,
                organizationId,
                period: String(year),
                gender,
                value,
                source: MeasurementSource.KOLADA,
              });
          }
        }
        const baseline = valueOf.get(`${kpi.id}|${code}|${startYear - 1}`);
        if (kpi.byGender && baseline?.women != null && baseline.men != null) {
          const target = round(Math.max(baseline.women, baseline.men), kpi.decimals);
          targets.push({ indicatorId: indicator.id, organizationId, gender: Gender.WOMEN, value: target, period: String(startYear + 1) });
          targets.push({ indicatorId: indicator.id, organizationId, gender: Gender.MEN, value: target, period: String(startYear + 1) });
        } else if (!kpi.byGender && baseline?.total != null) {
          targets.push({
            indicatorId: indicator.id,
            organizationId,
            gender: Gender.TOTAL,
            value: Math.min(100, round(baseline.total + 15, 0)),
            period: String(startYear + 1),
          });
        }
      }
      if (measurements.length) await manager.getRepository(MeasurementEntity).insert(measurements);
      if (targets.length) await manager.getRepository(IndicatorTargetEntity).insert(targets);
    }

    // Every member's one-year report handed in on the due date and approved, each goal assessed.
    for (const [i, code] of memberCodes.entries()) {
      const organization = organizationOf(code);
      const text = i === 0 ? MENTOR_TEXT : pickBy(MENTEE_TEXTS, code, c.name);
      const submittedAt = at(due, 9);
      const report = await manager.getRepository(FollowUpReportEntity).save({
        checkpointId: checkpoint.id,
        organizationId: organization.id,
        status: ReportStatus.APPROVED,
        summary: text.summary,
        whatWorked: text.whatWorked,
        challenges: text.challenges,
        nextSteps: text.nextSteps,
        snapshot: await takeSnapshot(manager, cohort.id, organization.id, submittedAt),
        submittedAt,
        submittedById: null,
        version: 2,
      });
      const goals = await reportGoals(manager, cohort.id, organization.id);
      const focusOf = new Map(c.goals.map((g) => [g.title, g.focusArea]));
      if (goals.length) {
        await manager.getRepository(GoalAssessmentEntity).insert(
          goals.map((g) => {
            const focus = focusOf.get(g.title) ?? '';
            return {
              reportId: report.id,
              goalId: g.id,
              status: pickBy(OUTCOMES[focus] ?? [GoalAssessmentStatus.ONGOING], code, `${focus}${cohortIndex}`),
              comment: null,
            };
          }),
        );
      }
      await manager.getRepository(ReviewEntity).insert({
        reportId: report.id,
        reviewerId: processLeaderId,
        decision: ReviewDecision.APPROVE,
        comment: 'Godkänd. Tack för en tydlig uppföljning.',
        createdAt: at(due, 10 + i),
      });
    }

    // Concluded: the mentees with an approved report graduate — mentor-eligible, and the mentor → mentee link
    // recorded for the lineage — as the conclusion does (modules/follow-up/conclusion.ts).
    const mentor = organizationOf(c.mentor);
    const graduates = c.mentees.map(organizationOf);
    await orgs.update({ id: In(graduates.map((g) => g.id)) }, { mentorEligible: true });
    await manager
      .createQueryBuilder()
      .insert()
      .into(MentorEdgeEntity)
      .values(graduates.map((g) => ({ cohortId: cohort.id, mentorOrganizationId: mentor.id, menteeOrganizationId: g.id })))
      .orIgnore()
      .execute();
  }
  return { impactCohorts: COHORTS.length, koladaValues };
}
