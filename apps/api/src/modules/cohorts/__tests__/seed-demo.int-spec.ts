import { seedDemo } from '../../../cli/seed-demo';
import { loadConfig } from '../../../infrastructure/config/app-config';
import { tableCounts } from '../../../../test/cohort-fixtures';
import { TestPlatform } from '../../../../test/platform';

describe('npm run seed:demo', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await TestPlatform.start();
  });
  afterAll(() => platform.close());

  it('adds the two programmes with cohorts in every state, once', async () => {
    const config = loadConfig(process.env);
    const first = await seedDemo(platform.dataSource, config);
    expect(first).toMatchObject({ programmes: 2, cohorts: 6 });
    const counts = await tableCounts(platform);
    expect(await seedDemo(platform.dataSource, config)).toEqual({ users: 0, invitations: 0, programmes: 0, cohorts: 0 });
    expect(await tableCounts(platform)).toEqual(counts);

    const leader = await platform.loginProcessLeader();
    const data = await platform.ok('{ programmes { name organizationKind cohorts { status mentor { organization { shortName } } } } }', {}, leader);
    const byName = Object.fromEntries(data.programmes.map((p: { name: string }) => [p.name, p]));
    const kommuner = byName['Jämställdhetsintegrering – modellkommuner'];
    expect(kommuner.organizationKind).toBe('MUNICIPALITY');
    expect(new Set(kommuner.cohorts.map((c: { status: string }) => c.status))).toEqual(new Set(['PLANNED', 'ACTIVE', 'FOLLOW_UP', 'CONCLUDED', 'CANCELLED']));
    const regioner = byName['Modellregioner: folkhälsa och social hållbarhet'];
    expect(regioner.cohorts[0].mentor.organization.shortName).toBe('Region Gotland');

    // A demo member sees its own demo cohort, not the others (other suites add cohorts of their own programmes).
    const member = await platform.login('kontakt.haninge@example.se', config.seedProcessLeaderPassword);
    const mine = await platform.ok('{ cohorts { name programme { name } } }', {}, member);
    const demoProgrammes = new Set(['Jämställdhetsintegrering – modellkommuner', 'Modellregioner: folkhälsa och social hållbarhet']);
    const demoCohorts = mine.cohorts.filter((c: { programme: { name: string } }) => demoProgrammes.has(c.programme.name));
    expect(demoCohorts.map((c: { name: string }) => c.name)).toEqual(['Omgång 2025 – Botkyrka']);
  });
});
