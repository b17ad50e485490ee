import { invitableRoles, mayInviteTo, mayInviteWithRole, OrganizationKind, RuleViewer, UserRole } from '@modellkommuner/shared';
import { codeOf, TestPlatform } from '../../../../test/platform';

/**
 * The agreement table for invitations: the API invites exactly when libs/shared's rules
 * (accounts.ts) say so — the rules the web's invite form uses to offer roles. The expectation is
 * computed from invitableRoles, mayInviteWithRole and mayInviteTo, never written by hand; a refusal
 * is FORBIDDEN when the viewer may not invite with that role or to that organisation, else
 * BAD_USER_INPUT (a process leader outside SKR). Organisations are keyed by code on both sides.
 */
const MEMBER_ORG = '2083';
const TARGETS: { code: string; kind: OrganizationKind }[] = [
  { code: MEMBER_ORG, kind: OrganizationKind.MUNICIPALITY },
  { code: '1280', kind: OrganizationKind.MUNICIPALITY },
  { code: '12', kind: OrganizationKind.REGION },
  { code: 'SKR', kind: OrganizationKind.SKR },
];
const VIEWERS = {
  'process leader': { role: UserRole.PROCESS_LEADER, organization: 'SKR' },
  'member of Hedemora': { role: UserRole.MEMBER, organization: MEMBER_ORG },
} satisfies Record<string, RuleViewer>;
type ViewerName = keyof typeof VIEWERS;

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id role organization { code } } }`;

function expected(viewer: RuleViewer, target: { code: string; kind: OrganizationKind }, role: UserRole): 'ok' | 'FORBIDDEN' | 'BAD_USER_INPUT' {
  if (invitableRoles(viewer, target.code, target.kind).includes(role)) return 'ok';
  if (!mayInviteWithRole(viewer, role) || !mayInviteTo(viewer, target.code)) return 'FORBIDDEN';
  return 'BAD_USER_INPUT';
}

describe('invitations: the API agrees with the shared rules', () => {
  let platform: TestPlatform;
  const tokens = {} as Record<ViewerName, string>;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    tokens['process leader'] = await platform.loginProcessLeader();
    tokens['member of Hedemora'] = (await platform.createUser(MEMBER_ORG)).token;
  });
  afterAll(() => platform.close());

  const cases = (Object.keys(VIEWERS) as ViewerName[]).flatMap((viewer) =>
    TARGETS.flatMap((target) => [UserRole.MEMBER, UserRole.PROCESS_LEADER].map((role) => [viewer, target, role] as const)),
  );

  it('covers every viewer × organisation kind × role', () => {
    expect(cases).toHaveLength(2 * 4 * 2);
  });

  it.each(cases)('%s inviting to %o as %s', async (viewer, target, role) => {
    const email = `agreement.${viewer.replace(/\W/g, '')}.${target.code}.${role}@example.se`.toLowerCase();
    const result = await platform.gql(INVITE, { input: { email, organizationCode: target.code, role } }, tokens[viewer]);
    const outcome = expected(VIEWERS[viewer], target, role);
    if (outcome === 'ok') {
      expect(result.errors).toBeUndefined();
      expect(result.data?.inviteUser).toMatchObject({ role, organization: { code: target.code } });
    } else {
      expect(codeOf(result)).toBe(outcome);
      const open = await platform.dataSource.query('SELECT count(*)::int AS n FROM invitations WHERE email = $1', [email]);
      expect(open[0].n).toBe(0);
    }
  });
});
