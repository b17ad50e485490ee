import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { UserRole } from '@modellkommuner/shared';
import { InvitationMailHandler } from '../../mail/jobs/invitation-mail.handler';
import { linkToken } from '../../../../test/mail-catcher';
import { codeOf, TestPlatform, TEST_PASSWORD } from '../../../../test/platform';
import { parseSetCookie, post } from '../../auth/__tests__/http';

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id email role expiresAt sendCount organization { code name } invitedBy { name } } }`;
const PREVIEW = `query($t: String!) { invitation(token: $t) { email role expired used revoked invitedByName organization { code name } } }`;
const ACCEPT = `mutation($t: String!, $n: String!, $p: String!) { acceptInvitation(token: $t, name: $n, password: $p) { token user { email name role organization { code } } } }`;
const ME = '{ me { email name role organization { code } } }';

describe('invitations: invite, mail, accept', () => {
  let platform: TestPlatform;
  let leader: string;

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: true });
    leader = await platform.loginProcessLeader();
  });
  afterAll(() => platform.close());

  const invite = (email: string, organizationCode: string, role: UserRole, token = leader) =>
    platform.gql(INVITE, { input: { email, organizationCode, role } }, token);

  it('a process leader invites; the worker mails a Swedish link; the invitee sees who invited them, accepts once, and is logged in', async () => {
    const email = 'karin.ny@hedemora.example.se';
    const result = await invite(email, '2083', UserRole.MEMBER);
    expect(result.errors).toBeUndefined();
    expect(result.data?.inviteUser).toMatchObject({ email, role: 'MEMBER', sendCount: 1, organization: { code: '2083', name: 'Hedemora kommun' }, invitedBy: { name: 'Processledare SKR' } });
    const days = (Date.parse(result.data?.inviteUser.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);

    const mail = await platform.mail.waitFor((m) => m.to === email);
    expect(mail.subject).toBe('Inbjudan till Modellkommuner – Hedemora kommun');
    expect(mail.text).toContain('Processledare SKR har bjudit in dig som medlem för Hedemora kommun');
    expect(mail.text).toMatch(/http:\/\/web\.test\/invitation\/[A-Za-z0-9_-]{43}/);
    const token = linkToken(mail, 'invitation');

    // Only the hash is stored, never the token.
    const rows = await platform.dataSource.query('SELECT token_hash FROM invitations WHERE email = $1', [email]);
    expect(rows[0].token_hash).toHaveLength(64);
    expect(rows[0].token_hash).not.toContain(token);

    const preview = await platform.ok(PREVIEW, { t: token });
    expect(preview.invitation).toEqual({
      email, role: 'MEMBER', expired: false, used: false, revoked: false, invitedByName: 'Processledare SKR',
      organization: { code: '2083', name: 'Hedemora kommun' },
    });

    const accepted = await platform.gql(ACCEPT, { t: token, n: 'Karin Ny', p: TEST_PASSWORD });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation.user).toEqual({ email, name: 'Karin Ny', role: 'MEMBER', organization: { code: '2083' } });
    const me = await platform.ok(ME, {}, accepted.data?.acceptInvitation.token);
    expect(me.me).toEqual({ email, name: 'Karin Ny', role: 'MEMBER', organization: { code: '2083' } });

    const again = await platform.gql(ACCEPT, { t: token, n: 'Någon Annan', p: TEST_PASSWORD });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0].message).toMatch(/redan använts/);
    expect((await platform.ok(PREVIEW, { t: token })).invitation.used).toBe(true);
    // The new member can log in with the chosen password.
    await expect(platform.login(email, TEST_PASSWORD)).resolves.toEqual(expect.any(String));
  });

  it('accepting sets the HttpOnly session cookie, which alone authenticates', async () => {
    const email = 'kaka.ny@hedemora.example.se';
    expect((await invite(email, '2083', UserRole.MEMBER)).errors).toBeUndefined();
    const token = linkToken(await platform.mail.waitFor((m) => m.to === email), 'invitation');
    const accepted = await post(platform, ACCEPT, { t: token, n: 'Kaka Ny', p: TEST_PASSWORD });
    expect(accepted.errors).toBeUndefined();
    const session = accepted.cookies.map(parseSetCookie).find((c) => c.name === 'mk_session');
    expect(session?.value).toBe(accepted.data?.acceptInvitation.token);
    expect(session?.attributes).toMatchObject({ httponly: true, secure: true, samesite: 'Strict', path: '/' });
    expect((await post(platform, ME, {}, { cookie: `mk_session=${session?.value}` })).data?.me.email).toBe(email);
  });

  it('an unknown token shows nothing and cannot be accepted', async () => {
    expect((await platform.ok(PREVIEW, { t: 'not-a-real-token' })).invitation).toBeNull();
    expect(codeOf(await platform.gql(ACCEPT, { t: 'not-a-real-token', n: 'X', p: TEST_PASSWORD }))).toBe('NOT_FOUND');
  });

  it('refuses an expired invitation with CONFLICT', async () => {
    const email = 'sen@haninge.example.se';
    await invite(email, '0136', UserRole.MEMBER);
    const token = linkToken(await platform.mail.waitFor((m) => m.to === email), 'invitation');
    await platform.dataSource.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE email = $1`, [email]);
    expect((await platform.ok(PREVIEW, { t: token })).invitation.expired).toBe(true);
    const result = await platform.gql(ACCEPT, { t: token, n: 'Sen Person', p: TEST_PASSWORD });
    expect(codeOf(result)).toBe('CONFLICT');
    expect(result.errors?.[0].message).toMatch(/gått ut/);
    expect(await platform.dataSource.query('SELECT 1 FROM users WHERE email = $1', [email])).toHaveLength(0);
  });

  it('resend mails a new link, the old one stops working, and the 14 days start again', async () => {
    const email = 'igen@huddinge.example.se';
    const created = await platform.ok(INVITE, { input: { email, organizationCode: '0126', role: 'MEMBER' } }, leader);
    const first = linkToken(await platform.mail.waitFor((m) => m.to === email), 'invitation');
    await platform.dataSource.query(`UPDATE invitations SET expires_at = now() + interval '1 day' WHERE email = $1`, [email]);
    const resent = await platform.ok(`mutation($id: ID!) { resendInvitation(id: $id) { sendCount expiresAt } }`, { id: created.inviteUser.id }, leader);
    expect(resent.resendInvitation.sendCount).toBe(2);
    expect(Date.parse(resent.resendInvitation.expiresAt) - Date.now()).toBeGreaterThan(13.9 * 86_400_000);
    const second = linkToken(await platform.mail.waitFor((m) => m.to === email && !m.text.includes(first)), 'invitation');
    expect(second).not.toBe(first);
    expect(platform.mail.to(email)).toHaveLength(2);
    expect(codeOf(await platform.gql(ACCEPT, { t: first, n: 'Igen', p: TEST_PASSWORD }))).toBe('NOT_FOUND');
    expect((await platform.gql(ACCEPT, { t: second, n: 'Igen', p: TEST_PASSWORD })).errors).toBeUndefined();
  });

  it('a revoked invitation cannot be accepted', async () => {
    const email = 'aterkallad@malmo.example.se';
    const created = await platform.ok(INVITE, { input: { email, organizationCode: '1280', role: 'MEMBER' } }, leader);
    const token = linkToken(await platform.mail.waitFor((m) => m.to === email), 'invitation');
    const revoked = await platform.ok(`mutation($id: ID!) { revokeInvitation(id: $id) { revokedAt } }`, { id: created.inviteUser.id }, leader);
    expect(revoked.revokeInvitation.revokedAt).toEqual(expect.any(String));
    expect((await platform.ok(PREVIEW, { t: token })).invitation.revoked).toBe(true);
    expect(codeOf(await platform.gql(ACCEPT, { t: token, n: 'X', p: TEST_PASSWORD }))).toBe('CONFLICT');
    expect(codeOf(await platform.gql(`mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, { id: created.inviteUser.id }, leader))).toBe('CONFLICT');
    expect(codeOf(await platform.gql(`mutation($id: ID!) { resendInvitation(id: $id) { id } }`, { id: created.inviteUser.id }, leader))).toBe('CONFLICT');
  });

  it('a retried mail job does not send the mail again', async () => {
    const email = 'en.gang@lund.example.se';
    const created = await platform.ok(INVITE, { input: { email, organizationCode: '1281', role: 'MEMBER' } }, leader);
    await platform.mail.waitFor((m) => m.to === email);
    await platform.waitForMailLog(`invitation:${created.inviteUser.id}:1`);
    const handler = platform.worker!.get(InvitationMailHandler);
    await expect(handler.handle({ invitationId: created.inviteUser.id, sendNo: 1 })).resolves.toBe('skipped');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(platform.mail.to(email)).toHaveLength(1);
    const log = await platform.dataSource.query('SELECT key, template FROM mail_log WHERE recipient = $1', [email]);
    expect(log).toEqual([{ key: `invitation:${created.inviteUser.id}:1`, template: 'invitation' }]);
  });

  it('the queued job carries ids only, no address or secret', async () => {
    const email = 'ingen.hemlighet@umea.example.se';
    const created = await platform.ok(INVITE, { input: { email, organizationCode: '2480', role: 'MEMBER' } }, leader);
    await platform.mail.waitFor((m) => m.to === email);
    const queue = platform.api.get<Queue>(getQueueToken('mail'));
    const job = await queue.getJob(`invitation-${created.inviteUser.id}-1`);
    expect(job?.data).toEqual({ invitationId: created.inviteUser.id, sendNo: 1 });
    expect(JSON.stringify(job?.data)).not.toContain('@');
  });

  describe('who may invite', () => {
    it('a member invites a colleague to its own organisation as MEMBER', async () => {
      const member = await platform.createUser('2083');
      const result = await invite('kollega@hedemora.example.se', '2083', UserRole.MEMBER, member.token);
      expect(result.errors).toBeUndefined();
      const listed = await platform.ok(`{ invitations(organizationCode: "2083") { email } }`, {}, member.token);
      expect(listed.invitations.map((i: { email: string }) => i.email)).toContain('kollega@hedemora.example.se');
    });

    it('a member inviting to another organisation gets FORBIDDEN, and nothing is written', async () => {
      const member = await platform.createUser('2083');
      const result = await invite('utomstaende@falun.example.se', '2080', UserRole.MEMBER, member.token);
      expect(codeOf(result)).toBe('FORBIDDEN');
      expect(await platform.dataSource.query('SELECT 1 FROM invitations WHERE email = $1', ['utomstaende@falun.example.se'])).toHaveLength(0);
    });

    it('a member inviting as PROCESS_LEADER gets FORBIDDEN', async () => {
      const member = await platform.createUser('2083');
      expect(codeOf(await invite('chef@hedemora.example.se', '2083', UserRole.PROCESS_LEADER, member.token))).toBe('FORBIDDEN');
      expect(codeOf(await invite('chef@skr.example.se', 'SKR', UserRole.PROCESS_LEADER, member.token))).toBe('FORBIDDEN');
    });

    it('anonymous callers get UNAUTHENTICATED', async () => {
      expect(codeOf(await invite('x@y.se', '2083', UserRole.MEMBER, ''))).toBe('UNAUTHENTICATED');
    });

    it('a process leader invites another process leader to SKR, but not to a kommun', async () => {
      expect((await invite('ny.processledare@skr.example.se', 'SKR', UserRole.PROCESS_LEADER)).errors).toBeUndefined();
      const wrong = await invite('fel@hedemora.example.se', '2083', UserRole.PROCESS_LEADER);
      expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
      expect(wrong.errors?.[0].extensions?.fields).toEqual([{ field: 'role', message: expect.stringMatching(/SKR/) }]);
    });

    it('members cannot resend or revoke other organisations’ invitations (NOT_FOUND), nor see them', async () => {
      const created = await platform.ok(INVITE, { input: { email: 'annan@kiruna.example.se', organizationCode: '2584', role: 'MEMBER' } }, leader);
      const member = await platform.createUser('2083');
      expect(codeOf(await platform.gql(`mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, { id: created.inviteUser.id }, member.token))).toBe('NOT_FOUND');
      expect(codeOf(await platform.gql(`mutation($id: ID!) { resendInvitation(id: $id) { id } }`, { id: created.inviteUser.id }, member.token))).toBe('NOT_FOUND');
      expect((await platform.ok(`{ invitations(organizationCode: "2584") { id } users(organizationCode: "2584") { id } }`, {}, member.token))).toEqual({ invitations: [], users: [] });
    });
  });

  describe('bad input', () => {
    it('a malformed e-mail gives BAD_USER_INPUT naming the field, and nothing is written', async () => {
      const result = await invite('inte-en-adress', '2083', UserRole.MEMBER);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.fields).toEqual([{ field: 'email', message: 'Ange en giltig e-postadress.' }]);
      expect(await platform.dataSource.query(`SELECT 1 FROM invitations WHERE email = 'inte-en-adress'`)).toHaveLength(0);
    });

    it('an unknown organisation code is BAD_USER_INPUT on organizationCode', async () => {
      const result = await invite('a@b.se', '9999', UserRole.MEMBER);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.fields?.[0].field).toBe('organizationCode');
    });

    it('inviting an address that already has an account, or an open invitation, is CONFLICT', async () => {
      expect(codeOf(await invite('processledare@skr.se', 'SKR', UserRole.MEMBER))).toBe('CONFLICT');
      await invite('dubbel@gavle.example.se', '2180', UserRole.MEMBER);
      const second = await invite('DUBBEL@gavle.example.se ', '2180', UserRole.MEMBER);
      expect(codeOf(second)).toBe('CONFLICT');
      expect(second.errors?.[0].message).toMatch(/redan inbjuden/);
    });

    it('accepting with a short password or no name names each field', async () => {
      const email = 'kort@orebro.example.se';
      await invite(email, '1880', UserRole.MEMBER);
      const token = linkToken(await platform.mail.waitFor((m) => m.to === email), 'invitation');
      const result = await platform.gql(ACCEPT, { t: token, n: '  ', p: 'kort' });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['name', 'password']);
      expect(result.errors?.[0].extensions?.fields?.[1].message).toBe('Lösenordet måste ha minst 10 tecken.');
      expect((await platform.ok(PREVIEW, { t: token })).invitation.used).toBe(false);
    });

    it('malformed ids give NOT_FOUND, never an internal error', async () => {
      for (const id of ['abc', '123', "'; DROP TABLE users; --"]) {
        expect(codeOf(await platform.gql(`mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, { id }, leader))).toBe('NOT_FOUND');
        expect(codeOf(await platform.gql(`mutation($id: ID!) { deactivateUser(id: $id) { id } }`, { id }, leader))).toBe('NOT_FOUND');
      }
    });
  });
});
