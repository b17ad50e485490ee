import { randomUUID } from 'node:crypto';
import { linkToken } from '../../../../test/mail-catcher';
import { codeOf, PROCESS_LEADER, TestPlatform, TEST_PASSWORD } from '../../../../test/platform';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { email role } } }';
const ME = '{ me { id email } }';
const USERS = '{ users(organizationCode: "SKR") { email } }';

describe('authentication', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: true });
  });
  afterAll(() => platform.close());

  describe('login', () => {
    it('right password: a token that works', async () => {
      const result = await platform.gql(LOGIN, { e: PROCESS_LEADER.email, p: PROCESS_LEADER.password });
      expect(result.data?.login.user).toEqual({ email: PROCESS_LEADER.email, role: 'PROCESS_LEADER' });
      expect((await platform.ok(ME, {}, result.data?.login.token)).me.email).toBe(PROCESS_LEADER.email);
    });

    it('e-mail is matched without regard to case or blanks', async () => {
      const result = await platform.gql(LOGIN, { e: '  ProcessLedare@SKR.se ', p: PROCESS_LEADER.password });
      expect(result.errors).toBeUndefined();
    });

    it('a wrong password and an unknown e-mail give the same UNAUTHENTICATED answer', async () => {
      const wrong = await platform.gql(LOGIN, { e: PROCESS_LEADER.email, p: 'fel-losenord-123' });
      const unknown = await platform.gql(LOGIN, { e: 'ingen.alls@example.se', p: 'fel-losenord-123' });
      expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
      expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
      expect(wrong.errors?.[0].message).toBe('Fel e-postadress eller lösenord.');
      expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
      expect(unknown.data).toEqual(wrong.data);
    });

    it('a garbage or forged token is treated as no token', async () => {
      for (const token of ['garbage', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwic2lkIjoieSJ9.', randomUUID()]) {
        expect((await platform.ok(ME, {}, token)).me).toBeNull();
        expect(codeOf(await platform.gql(USERS, {}, token))).toBe('UNAUTHENTICATED');
      }
    });

    it('passwords are stored as argon2id hashes', async () => {
      const [row] = await platform.dataSource.query('SELECT password_hash FROM users WHERE email = $1', [PROCESS_LEADER.email]);
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/);
    });
  });

  describe('logout and deactivation make a token useless', () => {
    it('logout revokes the token on the server; other logins stay', async () => {
      const user = await platform.createUser('0126');
      const other = await platform.login(user.email, TEST_PASSWORD);
      expect(await platform.ok('mutation { logout }', {}, user.token)).toEqual({ logout: true });
      expect((await platform.ok(ME, {}, user.token)).me).toBeNull();
      expect(codeOf(await platform.gql(USERS, {}, user.token))).toBe('UNAUTHENTICATED');
      expect((await platform.ok(ME, {}, other)).me.email).toBe(user.email);
    });

    it('deactivation ends every login and refuses new ones', async () => {
      const leader = await platform.loginProcessLeader();
      const user = await platform.createUser('0126');
      const deactivated = await platform.ok(`mutation($id: ID!) { deactivateUser(id: $id) { active } }`, { id: user.id }, leader);
      expect(deactivated.deactivateUser.active).toBe(false);
      expect((await platform.ok(ME, {}, user.token)).me).toBeNull();
      expect(codeOf(await platform.gql(LOGIN, { e: user.email, p: TEST_PASSWORD }))).toBe('UNAUTHENTICATED');
      const audit = await platform.ok(`query($id: String!) { auditLog(entityId: $id) { edges { action actor { email } } } }`, { id: user.id }, leader);
      expect(audit.auditLog.edges).toEqual([{ action: 'user.deactivate', actor: { email: PROCESS_LEADER.email } }]);
      expect(codeOf(await platform.gql(`mutation($id: ID!) { deactivateUser(id: $id) { active } }`, { id: user.id }, leader))).toBe('CONFLICT');
    });

    it('only process leaders deactivate; nobody deactivates themselves', async () => {
      const member = await platform.createUser('0126');
      const victim = await platform.createUser('0126');
      expect(codeOf(await platform.gql(`mutation($id: ID!) { deactivateUser(id: $id) { id } }`, { id: victim.id }, member.token))).toBe('FORBIDDEN');
      expect(codeOf(await platform.gql(`mutation($id: ID!) { deactivateUser(id: $id) { id } }`, { id: victim.id }))).toBe('UNAUTHENTICATED');
      const leader = await platform.createUser('SKR', 'PROCESS_LEADER' as never);
      expect(codeOf(await platform.gql(`mutation($id: ID!) { deactivateUser(id: $id) { id } }`, { id: leader.id }, leader.token))).toBe('CONFLICT');
      expect((await platform.ok(ME, {}, victim.token)).me).not.toBeNull();
    });
  });

  describe('change password', () => {
    it('needs the current password and at least 10 characters; ends the other logins', async () => {
      const user = await platform.createUser('1280');
      const other = await platform.login(user.email, TEST_PASSWORD);
      const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
      const wrong = await platform.gql(CHANGE, { c: 'fel-fel-fel-fel', n: 'ett-nytt-losenord' }, user.token);
      expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
      expect(wrong.errors?.[0].extensions?.fields?.[0].field).toBe('currentPassword');
      const short = await platform.gql(CHANGE, { c: TEST_PASSWORD, n: 'kort' }, user.token);
      expect(short.errors?.[0].extensions?.fields).toEqual([{ field: 'newPassword', message: 'Lösenordet måste ha minst 10 tecken.' }]);
      expect(await platform.ok(CHANGE, { c: TEST_PASSWORD, n: 'ett-nytt-losenord' }, user.token)).toEqual({ changePassword: true });
      expect((await platform.ok(ME, {}, user.token)).me.email).toBe(user.email);
      expect((await platform.ok(ME, {}, other)).me).toBeNull();
      expect(codeOf(await platform.gql(LOGIN, { e: user.email, p: TEST_PASSWORD }))).toBe('UNAUTHENTICATED');
      await expect(platform.login(user.email, 'ett-nytt-losenord')).resolves.toEqual(expect.any(String));
      expect(codeOf(await platform.gql(CHANGE, { c: 'x', n: 'yyyyyyyyyyyy' }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('password reset through the mail', () => {
    const REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
    const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) { token user { email } } }';

    it('mails a one-hour single-use link; the new password works, the old one and old tokens do not', async () => {
      const user = await platform.createUser('2083');
      expect(await platform.ok(REQUEST, { e: user.email.toUpperCase() })).toEqual({ requestPasswordReset: true });
      const mail = await platform.mail.waitFor((m) => m.to === user.email);
      expect(mail.subject).toBe('Återställ ditt lösenord – Modellkommuner');
      expect(mail.text).toContain('gäller i en timme');
      const token = linkToken(mail, 'reset-password');
      const [row] = await platform.dataSource.query(
        `SELECT extract(epoch FROM pr.expires_at - pr.created_at)::int AS seconds FROM password_resets pr JOIN users u ON u.id = pr.user_id WHERE u.email = $1`,
        [user.email],
      );
      expect(row.seconds).toBe(3600);

      const short = await platform.gql(RESET, { t: token, p: 'kort' });
      expect(short.errors?.[0].extensions?.fields?.[0].field).toBe('password');
      const reset = await platform.ok(RESET, { t: token, p: 'helt-nytt-losenord' });
      expect(reset.resetPassword.user.email).toBe(user.email);
      expect((await platform.ok(ME, {}, reset.resetPassword.token)).me.email).toBe(user.email);
      expect((await platform.ok(ME, {}, user.token)).me).toBeNull();
      expect(codeOf(await platform.gql(LOGIN, { e: user.email, p: TEST_PASSWORD }))).toBe('UNAUTHENTICATED');
      await expect(platform.login(user.email, 'helt-nytt-losenord')).resolves.toEqual(expect.any(String));
      expect(codeOf(await platform.gql(RESET, { t: token, p: 'ett-tredje-losenord' }))).toBe('CONFLICT');
    });

    it('an expired link is refused', async () => {
      const user = await platform.createUser('2083');
      await platform.ok(REQUEST, { e: user.email });
      const token = linkToken(await platform.mail.waitFor((m) => m.to === user.email), 'reset-password');
      await platform.dataSource.query(`UPDATE password_resets SET expires_at = now() - interval '1 second' WHERE token_hash IS NOT NULL AND used_at IS NULL`);
      const result = await platform.gql(RESET, { t: token, p: 'helt-nytt-losenord' });
      expect(codeOf(result)).toBe('CONFLICT');
      expect(result.errors?.[0].message).toMatch(/gått ut/);
    });

    it('answers the same for an unknown address and sends nothing', async () => {
      const before = platform.mail.mails.length;
      expect(await platform.ok(REQUEST, { e: 'finns.inte@example.se' })).toEqual({ requestPasswordReset: true });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(platform.mail.mails.length).toBe(before);
      expect(codeOf(await platform.gql(RESET, { t: 'påhittad', p: 'helt-nytt-losenord' }))).toBe('NOT_FOUND');
    });
  });
});

describe('failed logins are throttled', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await TestPlatform.start({
      env: { REDIS_PREFIX: `mk-test-throttle-${randomUUID().slice(0, 8)}`, LOGIN_MAX_FAILURES_PER_EMAIL: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '6' },
    });
  });
  afterAll(() => platform.close());

  it('per e-mail: after 3 failures even the right password is refused with TOO_MANY_REQUESTS', async () => {
    const user = await platform.createUser('0180');
    for (let i = 0; i < 3; i += 1) expect(codeOf(await platform.gql(LOGIN, { e: user.email, p: 'fel-losenord-1' }))).toBe('UNAUTHENTICATED');
    const blocked = await platform.gql(LOGIN, { e: user.email, p: TEST_PASSWORD });
    expect(codeOf(blocked)).toBe('TOO_MANY_REQUESTS');
    expect(blocked.errors?.[0].message).toMatch(/För många misslyckade inloggningsförsök/);
  });

  it('successful logins are never counted', async () => {
    const user = await platform.createUser('0181');
    for (let i = 0; i < 10; i += 1) await expect(platform.login(user.email, TEST_PASSWORD)).resolves.toEqual(expect.any(String));
  });

  it('per address: failures across many e-mails block the address', async () => {
    // 3 failures above already count for this address; 3 more fill it (limit 6).
    for (let i = 0; i < 3; i += 1) await platform.gql(LOGIN, { e: `okand${i}@example.se`, p: 'fel-losenord-1' });
    await expect(platform.createUser('0182')).rejects.toThrow(/TOO_MANY_REQUESTS/);
  });
});
