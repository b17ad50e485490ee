import { STARTER_VOCABULARIES, UserRole, VocabularyKind } from '@modellkommuner/shared';
import { codeOf, TestPlatform } from '../../../../test/platform';

const AUDIT = `query($entity: String, $entityId: String, $actorId: ID, $first: Int, $after: String) {
  auditLog(entity: $entity, entityId: $entityId, actorId: $actorId, first: $first, after: $after) {
    edges { id at action entity entityId reason before after actor { id email } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('audit log', () => {
  let platform: TestPlatform;
  let leader: { id: string; email: string; token: string };

  beforeAll(async () => {
    platform = await TestPlatform.start();
    leader = await platform.createUser('SKR', UserRole.PROCESS_LEADER);
  });
  afterAll(async () => {
    // Other suites expect the seeded vocabulary: put it back (the change stays in the audit log).
    await platform.ok('mutation($t: [String!]!) { setVocabulary(kind: SUBJECT, terms: $t) { subjects } }', { t: [...STARTER_VOCABULARIES[VocabularyKind.SUBJECT]] }, leader.token);
    await platform.close();
  });

  it('records who invited whom, when, with the object after the change and no secrets', async () => {
    const invited = await platform.ok(
      `mutation { inviteUser(input: { email: "granskad@ale.example.se", organizationCode: "1440", role: MEMBER }) { id } }`,
      {},
      leader.token,
    );
    const log = await platform.ok(AUDIT, { entity: 'Invitation', entityId: invited.inviteUser.id }, leader.token);
    expect(log.auditLog.edges).toHaveLength(1);
    const [entry] = log.auditLog.edges;
    expect(entry).toMatchObject({ action: 'invitation.create', entity: 'Invitation', entityId: invited.inviteUser.id, reason: null, before: null, actor: { id: leader.id, email: leader.email } });
    expect(Date.now() - Date.parse(entry.at)).toBeLessThan(60_000);
    const after = JSON.parse(entry.after);
    expect(after).toMatchObject({ email: 'granskad@ale.example.se', role: 'MEMBER', organizationCode: '1440', sendCount: 1 });
    expect(after).not.toHaveProperty('tokenHash');
  });

  it('keeps before and after of a vocabulary change', async () => {
    await platform.ok(`mutation { setVocabulary(kind: SUBJECT, terms: ["Jämställdhet", "Jämlikhet", "Ny term"]) { subjects } }`, {}, leader.token);
    const log = await platform.ok(AUDIT, { entity: 'Vocabulary', entityId: 'SUBJECT' }, leader.token);
    const entry = log.auditLog.edges[0];
    expect(JSON.parse(entry.after)).toEqual({ terms: 'Jämställdhet | Jämlikhet | Ny term' });
    expect(JSON.parse(entry.before).terms).toContain('Mänskliga rättigheter');
    const vocabularies = await platform.ok('{ vocabularies { subjects } }');
    expect(vocabularies.vocabularies.subjects).toEqual(['Jämställdhet', 'Jämlikhet', 'Ny term']);
  });

  it('refuses a vocabulary with duplicates or blanks and changes nothing', async () => {
    const result = await platform.gql(`mutation { setVocabulary(kind: SUBJECT, terms: ["A", "a"]) { subjects } }`, {}, leader.token);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.fields?.[0].field).toBe('terms');
    expect((await platform.ok('{ vocabularies { subjects } }')).vocabularies.subjects).toEqual(['Jämställdhet', 'Jämlikhet', 'Ny term']);
  });

  it('filters by person and pages newest first without gaps or repeats', async () => {
    const actor = await platform.createUser('SKR', UserRole.PROCESS_LEADER);
    for (let i = 0; i < 5; i += 1) {
      await platform.ok(`mutation($e: String!) { inviteUser(input: { email: $e, organizationCode: "1440", role: MEMBER }) { id } }`, { e: `sida${i}@ale.example.se` }, actor.token);
    }
    const all = await platform.ok(AUDIT, { actorId: actor.id, first: 50 }, leader.token);
    expect(all.auditLog.edges).toHaveLength(5);
    expect(all.auditLog.edges.every((e: { actor: { id: string } }) => e.actor.id === actor.id)).toBe(true);
    const ids: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await platform.ok(AUDIT, { actorId: actor.id, first: 2, after }, leader.token);
      ids.push(...page.auditLog.edges.map((e: { id: string }) => e.id));
      if (!page.auditLog.pageInfo.hasNextPage) break;
      after = page.auditLog.pageInfo.endCursor;
    }
    expect(ids).toEqual(all.auditLog.edges.map((e: { id: string }) => e.id));
    expect([...ids].sort((a, b) => Number(b) - Number(a))).toEqual(ids);
  });

  it('bounds first to 1–50 and refuses a bad cursor', async () => {
    for (const first of [0, 51]) {
      const result = await platform.gql(AUDIT, { first }, leader.token);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.fields?.[0].field).toBe('first');
    }
    expect(codeOf(await platform.gql(AUDIT, { after: 'inte-en-markör' }, leader.token))).toBe('BAD_USER_INPUT');
    expect((await platform.ok(AUDIT, { actorId: 'not-a-uuid' }, leader.token)).auditLog.edges).toEqual([]);
  });
});
