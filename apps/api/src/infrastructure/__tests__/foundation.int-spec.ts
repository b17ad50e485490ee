import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSortedSchema } from '../../cli/print-schema';
import { seedReferenceData } from '../../cli/seed-reference-data';
import { loadConfig } from '../config/app-config';
import { TestPlatform } from '../../../test/platform';

describe('foundation: seed, schema and migrations', () => {
  let platform: TestPlatform;
  let token: string;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    token = await platform.loginProcessLeader();
  });
  afterAll(() => platform.close());

  const counts = async () =>
    platform.dataSource.query<{ kind: string; n: number }[]>('SELECT kind::text, count(*)::int AS n FROM organizations GROUP BY kind ORDER BY kind');

  it('has 290 kommuner, 21 regioner and SKR from the reference data', async () => {
    expect(await counts()).toEqual([
      { kind: 'MUNICIPALITY', n: 290 },
      { kind: 'REGION', n: 21 },
      { kind: 'SKR', n: 1 },
    ]);
    const kommuner = await platform.ok<{ organizations: { code: string }[] }>('{ organizations(kind: MUNICIPALITY) { code } }', {}, token);
    expect(kommuner.organizations).toHaveLength(290);
    const regioner = await platform.ok<{ organizations: { code: string }[] }>('{ organizations(kind: REGION) { code } }', {}, token);
    expect(regioner.organizations).toHaveLength(21);
  });

  it('keeps leading zeros and real names', async () => {
    const data = await platform.ok(
      `{ a: organization(code: "0114") { code name shortName kind countyCode }
         gotland: organization(code: "0980") { name kind countyCode }
         regionGotland: organization(code: "09") { name kind }
         vg: organization(code: "14") { name }
         sthlm: organization(code: "01") { name }
         skr: organization(code: "SKR") { name kind countyCode } }`,
      {},
      token,
    );
    expect(data.a).toEqual({ code: '0114', name: 'Upplands Väsby kommun', shortName: 'Upplands Väsby', kind: 'MUNICIPALITY', countyCode: '01' });
    expect(data.gotland).toEqual({ name: 'Gotlands kommun', kind: 'MUNICIPALITY', countyCode: '09' });
    expect(data.regionGotland).toEqual({ name: 'Region Gotland', kind: 'REGION' });
    expect(data.vg.name).toBe('Västra Götalandsregionen');
    expect(data.sthlm.name).toBe('Region Stockholm');
    expect(data.skr).toEqual({ name: 'Sveriges Kommuner och Regioner', kind: 'SKR', countyCode: null });
  });

  it('seeding again changes nothing', async () => {
    const snapshot = async () => ({
      organizations: await platform.dataSource.query('SELECT id, code, name, short_name, kind, county_code FROM organizations ORDER BY code'),
      terms: await platform.dataSource.query('SELECT id, kind, term, position FROM vocabulary_terms ORDER BY kind, position'),
      users: await platform.dataSource.query('SELECT id, email, password_hash FROM users ORDER BY email'),
    });
    const before = await snapshot();
    const summary = await seedReferenceData(platform.dataSource, loadConfig(process.env));
    expect(summary.processLeaderCreated).toBe(false);
    expect(summary.vocabularyTermsAdded).toBe(0);
    expect(await snapshot()).toEqual(before);
    expect(before.organizations).toHaveLength(312);
  });

  it('searches by name or code and filters by län and kind', async () => {
    const q = `query($s: String, $c: String, $k: OrganizationKind) { organizations(search: $s, countyCode: $c, kind: $k) { code shortName } }`;
    const hed = await platform.ok(q, { s: 'hedemora' }, token);
    expect(hed.organizations).toEqual([{ code: '2083', shortName: 'Hedemora' }]);
    const byCode = await platform.ok(q, { s: '0126' }, token);
    expect(byCode.organizations.map((o: { code: string }) => o.code)).toEqual(['0126']);
    const dalarna = await platform.ok(q, { c: '20', k: 'MUNICIPALITY' }, token);
    expect(dalarna.organizations).toHaveLength(15);
    const regionsInSkane = await platform.ok(q, { c: '12', k: 'REGION' }, token);
    expect(regionsInSkane.organizations).toEqual([{ code: '12', shortName: 'Region Skåne' }]);
    // LIKE wildcards typed by a user are literal text, not patterns.
    expect((await platform.ok(q, { s: '%' }, token)).organizations).toEqual([]);
  });

  it('serves the starter vocabularies (docs/domain.md) to anyone', async () => {
    const data = await platform.ok('{ vocabularies { subjects activityAreas focusAreas } }');
    expect(data.vocabularies.subjects).toContain('Jämställdhet');
    expect(data.vocabularies.subjects).toHaveLength(9);
    expect(data.vocabularies.activityAreas).toHaveLength(10);
    expect(data.vocabularies.focusAreas.length).toBeGreaterThan(0);
  });

  it('schema.gql is what the code produces', () => {
    const printed = printSortedSchema(platform.api.get(GraphQLSchemaHost).schema);
    const committed = readFileSync(join(__dirname, '..', '..', '..', 'schema.gql'), 'utf8');
    expect(printed).toBe(committed);
  });

  it('the migrations leave nothing for TypeORM to generate', async () => {
    const sql = await platform.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('the audit log refuses updates and deletes', async () => {
    await expect(platform.dataSource.query(`UPDATE audit_log SET reason = 'x'`)).rejects.toThrow(/endast för tillägg/);
    await expect(platform.dataSource.query('DELETE FROM audit_log')).rejects.toThrow(/endast för tillägg/);
  });

  it('answers /health with 200 when Postgres and Redis answer', async () => {
    const response = await fetch(`${platform.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', postgres: 'ok', redis: 'ok' });
  });
});
