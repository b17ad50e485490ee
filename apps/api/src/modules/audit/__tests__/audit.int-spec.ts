import { STARTER_VOCABULARIES, UserRole, VocabularyKind } from '@modellkommuner/shared';
import { createCohort, createProgramme } from '../../../../test/cohort-fixtures';
import { codeOf, TestPlatform } from '../../../../test/platform';

const READABLE = `query($entity: String, $entityId: String, $actorId: ID) {
  auditLog(entity: $entity, entityId: $entityId, actorId: $actorId, first: 50) {
    totalCount
    edges { action entity entityId subject subjectContext subjectPath actor { id name } }
  }
}`;

const ACTORS = '{ auditActors { id name organization { code } } }';

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
    await platform.ok(
      'mutation($t: [String!]!) { setVocabulary(kind: SUBJECT, terms: $t) { subjects } }',
      { t: [...STARTER_VOCABULARIES[VocabularyKind.SUBJECT]] },
      leader.token,
    );
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
    expect(entry).toMatchObject({
      action: 'invitation.create',
      entity: 'Invitation',
      entityId: invited.inviteUser.id,
      reason: null,
      before: null,
      actor: { id: leader.id, email: leader.email },
    });
    expect(Date.now() - Date.parse(entry.at)).toBeLessThan(60_000);
    const after = JSON.parse(entry.after);
    expect(after).toMatchObject({ email: 'granskad@ale.example.se', role: 'MEMBER', organizationCode: '1440', sendCount: 1 });
    expect(after).not.toHaveProperty('tokenHash');
  });

  it('keeps before and after of a vocabulary change', async () => {
    await platform.ok(
      `mutation { setVocabulary(kind: SUBJECT, terms: ["Jämställdhet", "Jämlikhet", "Ny term"]) { subjects } }`,
      {},
      leader.token,
    );
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
      await platform.ok(
        `mutation($e: String!) { inviteUser(input: { email: $e, organizationCode: "1440", role: MEMBER }) { id } }`,
        { e: `sida${i}@ale.example.se` },
        actor.token,
      );
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

  it('names each entry’s object, what it belongs to, and where the web app opens it', async () => {
    const actor = await platform.createUser('SKR', UserRole.PROCESS_LEADER);
    const invited = await platform.ok(
      `mutation { inviteUser(input: { email: "namngiven@ale.example.se", organizationCode: "1440", role: MEMBER }) { id } }`,
      {},
      actor.token,
    );
    const programme = await createProgramme(platform, actor.token);
    // Kalmar kommun is marked here and nowhere else in the suites, so this entry is this test's own.
    await platform.ok(
      `mutation { markMentorEligible(organizationCode: "0880", reason: "Erfaren modellkommun") { code } }`,
      {},
      actor.token,
    );
    const cohort = await createCohort(platform, actor.token, programme.id, '0880', ['0860', '0861']);
    await platform.ok(`mutation($id: ID!) { addMentee(cohortId: $id, organizationCode: "0821") { id } }`, { id: cohort.id }, actor.token);
    const meeting = await platform.ok(
      `mutation($id: ID!) { scheduleMeeting(cohortId: $id, input: { kind: EXCHANGE, title: "Erfarenhetsutbyte om budget", startsAt: "2026-04-01T08:00:00Z", endsAt: "2026-04-01T12:00:00Z" }) { id } }`,
      { id: cohort.id },
      actor.token,
    );
    const example = await platform.ok(
      `mutation($i: LearningExampleInput!) { createLearningExample(input: $i) { id slug } }`,
      {
        i: {
          title: 'Loggad budget i Kalmar',
          summary: 'Kommunen budgeterar med könsperspektiv.',
          organizationCodes: ['0880'],
          subjects: [],
          activityAreas: [],
        },
      },
      actor.token,
    );

    const log = await platform.ok(READABLE, { actorId: actor.id }, leader.token);
    const byAction = (action: string) => log.auditLog.edges.find((e: { action: string }) => e.action === action);
    expect(log.auditLog.totalCount).toBe(log.auditLog.edges.length);
    expect(byAction('invitation.create')).toMatchObject({
      entityId: invited.inviteUser.id,
      subject: 'namngiven@ale.example.se',
      subjectContext: 'Ale kommun',
      subjectPath: '/organizations/1440',
    });
    expect(byAction('programme.create')).toMatchObject({ subject: programme.name, subjectContext: null, subjectPath: '/programmes' });
    // Kalmar kommun, by its corrected name (libs/reference-data, migrations/1795418000000-MunicipalityNames.ts).
    expect(byAction('organization.mark_mentor_eligible')).toMatchObject({
      subject: 'Kalmar kommun',
      subjectContext: null,
      subjectPath: '/organizations/0880',
    });
    expect(byAction('cohort.create')).toMatchObject({ subject: cohort.name, subjectContext: null, subjectPath: `/cohorts/${cohort.id}` });
    expect(byAction('cohort.add_mentee')).toMatchObject({
      subject: cohort.name,
      subjectContext: 'Högsby kommun',
      subjectPath: `/cohorts/${cohort.id}`,
    });
    expect(byAction('meeting.schedule')).toMatchObject({
      entityId: meeting.scheduleMeeting.id,
      subject: 'Erfarenhetsutbyte om budget',
      subjectContext: cohort.name,
      subjectPath: `/cohorts/${cohort.id}`,
    });
    expect(byAction('example.create')).toMatchObject({
      subject: 'Loggad budget i Kalmar',
      subjectPath: `/examples/${example.createLearningExample.slug}`,
    });

    const vocabulary = await platform.ok(READABLE, { entity: 'Vocabulary', entityId: 'SUBJECT' }, leader.token);
    expect(vocabulary.auditLog.edges[0]).toMatchObject({ subject: null, subjectContext: null, subjectPath: '/vocabularies' });
    // The first process leader, created by the seed (no actor).
    const seeded = (await platform.ok('{ me { id } }', {}, await platform.loginProcessLeader())).me.id;
    const users = await platform.ok(READABLE, { entity: 'User', entityId: seeded }, leader.token);
    expect(users.auditLog.edges.find((e: { action: string }) => e.action === 'user.create')).toMatchObject({
      actor: null,
      subject: 'Processledare SKR',
      subjectContext: 'Sveriges Kommuner och Regioner',
      subjectPath: '/organizations/SKR',
    });
  });

  it('counts every entry the filter matches, on all pages', async () => {
    const actor = await platform.createUser('SKR', UserRole.PROCESS_LEADER);
    for (let i = 0; i < 3; i += 1) {
      await platform.ok(
        `mutation($e: String!) { inviteUser(input: { email: $e, organizationCode: "1440", role: MEMBER }) { id } }`,
        { e: `raknad${i}@ale.example.se` },
        actor.token,
      );
    }
    const first = await platform.ok(
      `query($a: ID) { auditLog(actorId: $a, first: 2) { totalCount edges { id } pageInfo { hasNextPage } } }`,
      { a: actor.id },
      leader.token,
    );
    expect(first.auditLog).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(first.auditLog.edges).toHaveLength(2);
    const none = await platform.ok(`{ auditLog(entity: "Nothing") { totalCount edges { id } } }`, {}, leader.token);
    expect(none.auditLog).toEqual({ totalCount: 0, edges: [] });
  });

  it('lists the people who appear in the log, by name, for process leaders only', async () => {
    const idle = await platform.createUser('SKR', UserRole.PROCESS_LEADER);
    const member = await platform.createUser('2083');
    const actors = (await platform.ok(ACTORS, {}, leader.token)).auditActors as {
      id: string;
      name: string;
      organization: { code: string };
    }[];
    expect(actors.map((a) => a.id)).toContain(leader.id);
    expect(actors.find((a) => a.id === leader.id)?.organization.code).toBe('SKR');
    // An account that has changed nothing is not offered as a filter.
    expect(actors.map((a) => a.id)).not.toContain(idle.id);
    const names = actors.map((a) => a.name);
    expect([...names].sort((a, b) => a.localeCompare(b, 'sv'))).toEqual(names);
    expect(codeOf(await platform.gql(ACTORS, {}, member.token))).toBe('FORBIDDEN');
    expect(codeOf(await platform.gql(ACTORS))).toBe('UNAUTHENTICATED');
  });
});
