import { UserRole } from '@modellkommuner/shared';
import { codeOf, TestPlatform } from '../../../../test/platform';

type Role = 'anonymous' | 'member' | 'processLeader';
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'empty';

interface Case {
  name: string;
  query: string;
  variables: (ctx: Ctx) => Record<string, unknown>;
  expect: Record<Role, Outcome>;
  /** For queries scoped to what the caller may see: how to tell an empty answer. */
  isEmpty?: (data: Record<string, any>) => boolean;
}

interface Ctx {
  ownCode: string;
  otherInvitationId: string;
  ownInvitationId: () => Promise<string>;
  victimId: () => Promise<string>;
}

/**
 * The authorisation table of the foundation's operations: every query and mutation, for each role,
 * including those that must be refused. `ok` means data without errors.
 */
const CASES: Case[] = [
  { name: 'me', query: '{ me { id } }', variables: () => ({}), expect: { anonymous: 'empty', member: 'ok', processLeader: 'ok' }, isEmpty: (d) => d.me === null },
  { name: 'vocabularies', query: '{ vocabularies { subjects } }', variables: () => ({}), expect: { anonymous: 'ok', member: 'ok', processLeader: 'ok' } },
  { name: 'invitation(token)', query: '{ invitation(token: "x") { email } }', variables: () => ({}), expect: { anonymous: 'empty', member: 'empty', processLeader: 'empty' }, isEmpty: (d) => d.invitation === null },
  { name: 'organizations', query: '{ organizations(search: "Hedemora") { code } }', variables: () => ({}), expect: { anonymous: 'UNAUTHENTICATED', member: 'ok', processLeader: 'ok' } },
  { name: 'organization', query: '{ organization(code: "2083") { code } }', variables: () => ({}), expect: { anonymous: 'UNAUTHENTICATED', member: 'ok', processLeader: 'ok' } },
  {
    name: 'users of own organisation',
    query: 'query($c: String!) { users(organizationCode: $c) { id } }',
    variables: (ctx) => ({ c: ctx.ownCode }),
    expect: { anonymous: 'UNAUTHENTICATED', member: 'ok', processLeader: 'ok' },
  },
  {
    name: 'users of another organisation',
    query: '{ users(organizationCode: "0136") { id } }',
    variables: () => ({}),
    expect: { anonymous: 'UNAUTHENTICATED', member: 'empty', processLeader: 'ok' },
    isEmpty: (d) => d.users.length === 0,
  },
  {
    name: 'invitations of another organisation',
    query: '{ invitations(organizationCode: "0136") { id } }',
    variables: () => ({}),
    expect: { anonymous: 'UNAUTHENTICATED', member: 'empty', processLeader: 'ok' },
    isEmpty: (d) => d.invitations.length === 0,
  },
  { name: 'auditLog', query: '{ auditLog(first: 1) { edges { id } } }', variables: () => ({}), expect: { anonymous: 'UNAUTHENTICATED', member: 'FORBIDDEN', processLeader: 'ok' } },
  {
    name: 'inviteUser to own organisation as MEMBER',
    query: 'mutation($c: String!, $e: String!) { inviteUser(input: { email: $e, organizationCode: $c, role: MEMBER }) { id } }',
    variables: (ctx) => ({ c: ctx.ownCode, e: `auth-${Math.random().toString(36).slice(2)}@example.se` }),
    expect: { anonymous: 'UNAUTHENTICATED', member: 'ok', processLeader: 'ok' },
  },
  {
    name: 'inviteUser to another organisation',
    query: 'mutation($e: String!) { inviteUser(input: { email: $e, organizationCode: "0136", role: MEMBER }) { id } }',
    variables: () => ({ e: `auth-${Math.random().toString(36).slice(2)}@example.se` }),
    expect: { anonymous: 'UNAUTHENTICATED', member: 'FORBIDDEN', processLeader: 'ok' },
  },
  {
    name: 'inviteUser as PROCESS_LEADER',
    query: 'mutation($e: String!) { inviteUser(input: { email: $e, organizationCode: "SKR", role: PROCESS_LEADER }) { id } }',
    variables: () => ({ e: `auth-${Math.random().toString(36).slice(2)}@example.se` }),
    expect: { anonymous: 'UNAUTHENTICATED', member: 'FORBIDDEN', processLeader: 'ok' },
  },
  {
    name: 'resendInvitation of own organisation',
    query: 'mutation($id: ID!) { resendInvitation(id: $id) { id } }',
    variables: () => ({}),
    expect: { anonymous: 'UNAUTHENTICATED', member: 'ok', processLeader: 'ok' },
  },
  {
    name: 'revokeInvitation of another organisation',
    query: 'mutation($id: ID!) { revokeInvitation(id: $id) { id } }',
    variables: (ctx) => ({ id: ctx.otherInvitationId }),
    expect: { anonymous: 'UNAUTHENTICATED', member: 'NOT_FOUND', processLeader: 'ok' },
  },
  {
    name: 'deactivateUser',
    query: 'mutation($id: ID!) { deactivateUser(id: $id) { id } }',
    variables: () => ({}),
    expect: { anonymous: 'UNAUTHENTICATED', member: 'FORBIDDEN', processLeader: 'ok' },
  },
  {
    name: 'setVocabulary',
    query: 'mutation { setVocabulary(kind: FOCUS_AREA, terms: ["Jämställd service och resursfördelning", "Ekonomisk jämställdhet"]) { focusAreas } }',
    variables: () => ({}),
    expect: { anonymous: 'UNAUTHENTICATED', member: 'FORBIDDEN', processLeader: 'ok' },
  },
  { name: 'logout', query: 'mutation { logout }', variables: () => ({}), expect: { anonymous: 'UNAUTHENTICATED', member: 'ok', processLeader: 'ok' } },
  {
    name: 'requestPasswordReset',
    query: 'mutation { requestPasswordReset(email: "finns.inte@example.se") }',
    variables: () => ({}),
    expect: { anonymous: 'ok', member: 'ok', processLeader: 'ok' },
  },
];

describe('authorisation table', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    // Another organisation with an account and an open invitation, so "empty" answers are a refusal, not an absence.
    await platform.createUser('0136');
  });
  afterAll(() => platform.close());

  async function tokenFor(role: Role, ownCode: string): Promise<string | undefined> {
    if (role === 'anonymous') return undefined;
    if (role === 'member') return (await platform.createUser(ownCode)).token;
    return (await platform.createUser('SKR', UserRole.PROCESS_LEADER)).token;
  }

  async function inviteAsLeader(code: string): Promise<string> {
    const leader = await platform.loginProcessLeader();
    const data = await platform.ok(
      'mutation($c: String!, $e: String!) { inviteUser(input: { email: $e, organizationCode: $c, role: MEMBER }) { id } }',
      { c: code, e: `tabell-${Math.random().toString(36).slice(2)}@example.se` },
      leader,
    );
    return data.inviteUser.id;
  }

  const rows: [string, Role, Outcome, Case][] = CASES.flatMap((c) =>
    (['anonymous', 'member', 'processLeader'] as Role[]).map((role): [string, Role, Outcome, Case] => [c.name, role, c.expect[role], c]),
  );

  it.each(rows)('%s as %s → %s', async (_name, role, outcome, testCase) => {
    const ownCode = role === 'processLeader' ? 'SKR' : '2083';
    const token = await tokenFor(role, ownCode);
    const ctx: Ctx = {
      ownCode,
      otherInvitationId: await inviteAsLeader('0136'),
      ownInvitationId: () => inviteAsLeader(ownCode),
      victimId: async () => (await platform.createUser('0136')).id,
    };
    let variables = testCase.variables(ctx);
    if (testCase.name.startsWith('resendInvitation')) variables = { id: await ctx.ownInvitationId() };
    if (testCase.name === 'deactivateUser') variables = { id: await ctx.victimId() };
    const result = await platform.gql(testCase.query, variables, token);
    if (outcome === 'ok') {
      expect(result.errors).toBeUndefined();
      expect(result.data).toBeTruthy();
      if (testCase.isEmpty) expect(testCase.isEmpty(result.data as Record<string, any>)).toBe(false);
    } else if (outcome === 'empty') {
      expect(result.errors).toBeUndefined();
      expect(testCase.isEmpty?.(result.data as Record<string, any>)).toBe(true);
    } else {
      expect(codeOf(result)).toBe(outcome);
    }
  });
});
