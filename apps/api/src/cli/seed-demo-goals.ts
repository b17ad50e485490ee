import { EntityManager, In } from 'typeorm';
import { Direction, Gender, GoalScope, MeasurementSource } from '@modellkommuner/shared';
import { CohortEntity } from '../modules/cohorts/entities/cohort.entity';
import { CohortMemberEntity } from '../modules/cohorts/entities/cohort-member.entity';
import { GoalEntity } from '../modules/goals/entities/goal.entity';
import { IndicatorTargetEntity } from '../modules/goals/entities/indicator-target.entity';
import { IndicatorEntity } from '../modules/goals/entities/indicator.entity';
import { MeasurementEntity } from '../modules/goals/entities/measurement.entity';
import { OrganizationEntity } from '../modules/organizations/entities/organization.entity';

interface DemoIndicator {
  name: string;
  unit: string;
  direction: Direction;
  byGender: boolean;
  baseline: string;
  /** Women, men (or total when not by gender) in the baseline period; later periods move toward `target`. */
  start: [number, number];
  target: [number, number];
}

interface DemoGoal {
  scope: GoalScope;
  /** For OWN goals. */
  code?: string;
  title: string;
  description: string;
  focusArea: string;
  indicators: DemoIndicator[];
}

const PERIODS = ['2023', '2024', '2025'];

/** Goals for the running cohorts (demo data of our own: figures are invented, never real statistics). */
const GOALS: Record<string, DemoGoal[]> = {
  'Omgång 2026 – Hedemora': [
    {
      scope: GoalScope.SHARED,
      title: 'Biståndet i äldreomsorgen ges efter behov, inte efter kön',
      description: 'Kvinnor och män med samma behov ska få samma insatser. Vi följer beviljad tid och väntetider uppdelat på kön.',
      focusArea: 'Äldreomsorg',
      indicators: [
        { name: 'Beviljade timmar hemtjänst per person och månad', unit: 'timmar', direction: Direction.HIGHER_IS_BETTER, byGender: true, baseline: '2023', start: [24.5, 31.0], target: [29, 30] },
        { name: 'Väntetid till särskilt boende', unit: 'dagar', direction: Direction.LOWER_IS_BETTER, byGender: true, baseline: '2023', start: [74, 58], target: [50, 50] },
      ],
    },
    {
      scope: GoalScope.SHARED,
      title: 'Föreningsbidragen når flickor och pojkar lika',
      description: 'Bidragen till idrott och fritid fördelas så att flickor och pojkar får del av dem i samma utsträckning.',
      focusArea: 'Styrning och ledning',
      indicators: [
        { name: 'Andel av aktivitetsstödet som går till flickor', unit: '%', direction: Direction.HIGHER_IS_BETTER, byGender: false, baseline: '2023', start: [36, 0], target: [48, 0] },
      ],
    },
    {
      scope: GoalScope.OWN,
      code: '1280',
      title: 'Fler kvinnor leder den tekniska förvaltningen',
      description: 'Rekrytering och chefsutveckling ska öppna ledande befattningar för kvinnor.',
      focusArea: 'Nära och tillgänglig ledning',
      indicators: [
        { name: 'Andel kvinnor bland chefer i tekniska förvaltningen', unit: '%', direction: Direction.HIGHER_IS_BETTER, byGender: false, baseline: '2023', start: [28, 0], target: [45, 0] },
      ],
    },
  ],
  'Omgång 2025 – Botkyrka': [
    {
      scope: GoalScope.SHARED,
      title: 'Försörjningsstödet leder till arbete för kvinnor som för män',
      description: 'Kvinnor med försörjningsstöd ska erbjudas arbetsmarknadsinsatser i samma omfattning som män.',
      focusArea: 'Socialtjänst',
      indicators: [
        { name: 'Andel med försörjningsstöd som deltar i arbetsmarknadsinsats', unit: '%', direction: Direction.HIGHER_IS_BETTER, byGender: true, baseline: '2023', start: [31, 44], target: [45, 45] },
      ],
    },
  ],
};

/** A small, repeatable wobble per organisation and period, so the demo's lines are not all alike. */
function wobble(code: string, period: string, gender: Gender): number {
  let h = 7;
  for (const ch of `${code}${period}${gender}`) h = (h * 31 + ch.charCodeAt(0)) % 1009;
  return (h % 21) / 10 - 1;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Idempotent: a cohort that has goals already is left as it is. */
export async function seedDemoGoals(manager: EntityManager): Promise<{ goals: number; measurements: number }> {
  let goals = 0;
  let measurements = 0;
  for (const [cohortName, demoGoals] of Object.entries(GOALS)) {
    const cohort = await manager.getRepository(CohortEntity).findOneBy({ name: cohortName });
    if (!cohort || (await manager.getRepository(GoalEntity).existsBy({ cohortId: cohort.id }))) continue;
    const members = await manager.getRepository(CohortMemberEntity).findBy({ cohortId: cohort.id });
    const active = members.filter((m) => m.withdrawnAt === null);
    const organizations = await manager.getRepository(OrganizationEntity).findBy({ id: In(active.map((m) => m.organizationId)) });
    const codeOf = new Map(organizations.map((o) => [o.id, o.code]));
    for (const demo of demoGoals) {
      const owner = demo.code ? organizations.find((o) => o.code === demo.code) : undefined;
      const goal = await manager.getRepository(GoalEntity).save({
        cohortId: cohort.id,
        scope: demo.scope,
        organizationId: owner?.id ?? null,
        title: demo.title,
        description: demo.description,
        focusArea: demo.focusArea,
      });
      goals += 1;
      for (const [position, spec] of demo.indicators.entries()) {
        const indicator = await manager.getRepository(IndicatorEntity).save({
          goalId: goal.id,
          name: spec.name,
          unit: spec.unit,
          direction: spec.direction,
          byGender: spec.byGender,
          koladaKpiId: null,
          koladaKpiTitle: null,
          baselinePeriod: spec.baseline,
          // Created one after the other, so their order is the order above.
          createdAt: new Date(Date.UTC(2026, 2, 2, 12, 0, position)),
        });
        const concerned = owner ? [owner.id] : active.map((m) => m.organizationId);
        for (const organizationId of concerned) {
          const code = codeOf.get(organizationId) ?? '';
          const genders: [Gender, number, number][] = spec.byGender
            ? [
                [Gender.WOMEN, spec.start[0], spec.target[0]],
                [Gender.MEN, spec.start[1], spec.target[1]],
              ]
            : [[Gender.TOTAL, spec.start[0], spec.target[0]]];
          const rows = [];
          for (const [gender, from, to] of genders) {
            for (const [i, period] of PERIODS.entries()) {
              // Moves two fifths of the way toward the target per year, give or take.
              rows.push({ indicatorId: indicator.id, organizationId, period, gender, value: round1(from + ((to - from) * 2 * i) / 5 + wobble(code, period, gender)), source: MeasurementSource.MANUAL });
            }
          }
          // One organisation has not entered its latest men's value yet: missing stays missing.
          const filtered = rows.filter((r) => !(code === '1281' && r.period === '2025' && r.gender === Gender.MEN));
          await manager.getRepository(MeasurementEntity).insert(filtered);
          measurements += filtered.length;
          await manager
            .getRepository(IndicatorTargetEntity)
            .insert(genders.map(([gender, , to]) => ({ indicatorId: indicator.id, organizationId, gender, value: to, period: '2027' })));
        }
      }
    }
  }
  return { goals, measurements };
}
