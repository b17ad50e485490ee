import { seedDemo } from './seed-demo';
import { loadConfig } from '../infrastructure/config/app-config';
import { MUNICIPALITIES } from '@modellkommuner/reference-data';
import { TestPlatform } from '../../test/platform';

const PROGRAMME = 'Jämställd välfärd – modellkommuner';
const OVERVIEW = `query($filter: ImpactFilter) { impactOverview(filter: $filter) {
  participantsTotal generations
  keyFigures { kpiId title status participants comparison missingData difference lower upper }
  goalOutcomeTotal { organizations suppressed total }
  goalOutcomesByFocusArea { key organizations suppressed total } } }`;

interface KeyFigure {
  kpiId: string;
  title: string | null;
  status: string;
  participants: number;
  comparison: number;
  missingData: number;
  difference: number | null;
  lower: number | null;
  upper: number | null;
}

/**
 * What a newcomer sees on "Effekter" after `npm start` (the demo seed, apps/api/src/cli/seed-demo-impact.ts),
 * asked anonymously as the public page asks it, on the file's own database (apps/api/test/file-database.ts).
 */
describe('npm run seed:demo — the impact view', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await TestPlatform.start();
    await seedDemo(platform.dataSource, loadConfig(process.env));
  });
  afterAll(() => platform.close());

  it('shows one key figure whose gap closed faster among participants, one about the same, one without a gender split and one with too few participants', async () => {
    const [{ id }] = await platform.dataSource.query(`SELECT id FROM programmes WHERE name = $1`, [PROGRAMME]);
    const { impactOverview: o } = await platform.ok(OVERVIEW, { filter: { programmeId: id } });
    expect(o.participantsTotal).toBe(13);
    expect(o.generations).toEqual([1, 2, 3]);
    const figures: KeyFigure[] = o.keyFigures;
    expect(figures.every((f) => f.title?.endsWith('(demo)'))).toBe(true);
    expect(figures.map((f) => f.status).sort()).toEqual(['ESTIMATED', 'ESTIMATED', 'NO_GENDER_SPLIT', 'TOO_FEW']);
    const [faster, same] = figures.filter((f) => f.status === 'ESTIMATED').sort((a, b) => (b.difference ?? 0) - (a.difference ?? 0));
    // Faster: the interval lies above zero (the gap, women − men, below zero, rose towards it).
    expect(faster.lower).toBeGreaterThan(0);
    expect(faster.participants).toBeGreaterThanOrEqual(10);
    expect(faster.missingData).toBeGreaterThanOrEqual(1);
    // The comparison is every kommun that never took part and has the figure: on the demo's own database about 265
    // of the 290 (the kommuner of every demo cohort left out).
    expect(faster.comparison).toBeGreaterThanOrEqual(250);
    expect(faster.comparison).toBeLessThan(MUNICIPALITIES.length - o.participantsTotal);
    // About the same: well below the faster one (on a fresh database its interval holds zero).
    expect(same.difference as number).toBeLessThan(faster.lower as number);
    expect(figures.find((f) => f.status === 'TOO_FEW')?.participants).toBeLessThan(5);
  });

  it('shows goal outcomes by focus area with the small group held back, and the next smallest with it', async () => {
    const [{ id }] = await platform.dataSource.query(`SELECT id FROM programmes WHERE name = $1`, [PROGRAMME]);
    const { impactOverview: o } = await platform.ok(OVERVIEW, { filter: { programmeId: id } });
    expect(o.goalOutcomeTotal).toMatchObject({ organizations: 14, suppressed: false });
    const groups = Object.fromEntries(o.goalOutcomesByFocusArea.map((g: { key: string }) => [g.key, g]));
    expect(groups['Skola']).toMatchObject({ organizations: 3, suppressed: true, total: null });
    expect(groups['Styrning och ledning']).toMatchObject({ organizations: 7, suppressed: true });
    for (const shown of ['Äldreomsorg', 'Socialtjänst', 'Brukardelaktighet och återkoppling']) expect(groups[shown].suppressed).toBe(false);
  });

  it('records the concluded cohorts as the conclusion does: graduates mentor-eligible, one lineage edge per mentee', async () => {
    const edges = await platform.dataSource.query(
      `SELECT count(*)::int AS edges, count(*) FILTER (WHERE NOT e.mentor_eligible)::int AS not_eligible
         FROM mentor_edges x JOIN organizations e ON e.id = x.mentee_organization_id
         JOIN cohorts c ON c.id = x.cohort_id JOIN programmes p ON p.id = c.programme_id WHERE p.name = $1`,
      [PROGRAMME],
    );
    expect(edges).toEqual([{ edges: 13, not_eligible: 0 }]);
  });
});
