import { MUNICIPALITIES } from '@modellkommuner/reference-data';
import { MunicipalityNames1795418000000, RENAMED_MUNICIPALITIES } from '../../../../migrations/1795418000000-MunicipalityNames';
import { TestPlatform } from '../../test/platform';

/**
 * The corrected municipality names (libs/reference-data): the seed writes them, and the migration
 * corrects a database seeded before, learning examples' organisation names and search included.
 */
describe('municipality names', () => {
  let platform: TestPlatform;
  let leader: string;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    leader = await platform.loginProcessLeader();
  });
  afterAll(async () => {
    // Whatever happened above, the names end as the reference data has them.
    const runner = platform.dataSource.createQueryRunner();
    await new MunicipalityNames1795418000000().up(runner).finally(() => runner.release());
    await platform.close();
  });

  const names = async (): Promise<Map<string, string>> =>
    new Map(
      (
        await platform.dataSource.query<{ code: string; name: string }[]>(
          `SELECT code, name FROM organizations WHERE kind = 'MUNICIPALITY'`,
        )
      ).map((r) => [r.code, r.name]),
    );
  const libraryVersion = async (): Promise<string> =>
    (await platform.dataSource.query('SELECT version FROM learning_example_library'))[0].version;
  const example = async (id: string): Promise<{ organization_names: string; found: boolean }> =>
    (
      await platform.dataSource.query(
        `SELECT organization_names, search_vector @@ to_tsquery('swedish', 'stad') AND rank_vector @@ to_tsquery('swedish', 'stad') AS found FROM learning_examples WHERE id = $1`,
        [id],
      )
    )[0];

  it('are seeded as the reference data has them', async () => {
    const seeded = await names();
    expect(seeded.size).toBe(290);
    for (const municipality of MUNICIPALITIES) expect(seeded.get(municipality.code)).toBe(municipality.name);
    expect(seeded.get('1280')).toBe('Malmö stad');
    expect(seeded.get('0880')).toBe('Kalmar kommun');
    const result = await platform.ok(`{ organization(code: "1480") { name shortName } }`, {}, leader);
    expect(result.organization).toEqual({ name: 'Göteborgs Stad', shortName: 'Göteborg' });
  });

  it('are corrected by the migration in an older database, only those 19 rows and the examples that name them, once', async () => {
    const created = await platform.ok(
      `mutation($i: LearningExampleInput!) { createLearningExample(input: $i) { id version } }`,
      {
        i: {
          title: 'Gemensam jämställdhetsbudget',
          summary: 'Två kommuner budgeterar tillsammans.',
          organizationCodes: ['0114', '1280', '0180'],
          subjects: [],
          activityAreas: [],
        },
      },
      leader,
    );
    const id: string = created.createLearningExample.id;
    const other = await platform.ok(
      `mutation($i: LearningExampleInput!) { createLearningExample(input: $i) { id } }`,
      {
        i: {
          title: 'Ett exempel utan omdöpta',
          summary: 'Ingen av dem bytte namn.',
          organizationCodes: ['0114'],
          subjects: [],
          activityAreas: [],
        },
      },
      leader,
    );
    const migration = new MunicipalityNames1795418000000();
    const runner = platform.dataSource.createQueryRunner();
    try {
      // The names as they were before the correction.
      await migration.down(runner);
      const old = await names();
      for (const [code, before] of RENAMED_MUNICIPALITIES) expect(old.get(code)).toBe(before);
      expect(await example(id)).toEqual({ organization_names: 'Upplands Väsby kommun, Malmö kommun, Stockholms kommun', found: false });

      const untouched = await platform.dataSource.query(`SELECT id, updated_at FROM learning_examples WHERE id = $1`, [
        other.createLearningExample.id,
      ]);
      const stampsBefore = new Map(
        (
          await platform.dataSource.query<{ code: string; stamp: string }[]>(`SELECT code, updated_at::text AS stamp FROM organizations`)
        ).map((r) => [r.code, r.stamp]),
      );
      await migration.up(runner);
      // Only the 19 rows were written.
      const touched = (
        await platform.dataSource.query<{ code: string; stamp: string }[]>(`SELECT code, updated_at::text AS stamp FROM organizations`)
      )
        .filter((r) => stampsBefore.get(r.code) !== r.stamp)
        .map((r) => r.code)
        .sort();
      expect(touched).toEqual(RENAMED_MUNICIPALITIES.map(([code]) => code).sort());
      const corrected = await names();
      expect(corrected.size).toBe(290);
      for (const municipality of MUNICIPALITIES) expect(corrected.get(municipality.code)).toBe(municipality.name);
      for (const [code, , after] of RENAMED_MUNICIPALITIES) expect(corrected.get(code)).toBe(after);
      expect(RENAMED_MUNICIPALITIES).toHaveLength(19);
      // The example's names, its search and its rank follow; its text and version do not change.
      expect(await example(id)).toEqual({ organization_names: 'Upplands Väsby kommun, Malmö stad, Stockholms stad', found: true });
      const [{ version }] = await platform.dataSource.query('SELECT version FROM learning_examples WHERE id = $1', [id]);
      expect(version).toBe(created.createLearningExample.version);
      expect(
        await platform.dataSource.query(`SELECT id, updated_at FROM learning_examples WHERE id = $1`, [other.createLearningExample.id]),
      ).toEqual(untouched);

      // Again: nothing left to change, so nothing is written (the library's version stays).
      const version1 = await libraryVersion();
      const stamps = await platform.dataSource.query(`SELECT code, updated_at FROM organizations ORDER BY code`);
      await migration.up(runner);
      expect(await libraryVersion()).toBe(version1);
      expect(await platform.dataSource.query(`SELECT code, updated_at FROM organizations ORDER BY code`)).toEqual(stamps);
    } finally {
      await runner.release();
    }
  });
});
