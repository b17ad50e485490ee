import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { TestPlatform } from '../../../test/platform';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'pipe' });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis-server did not start')), 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('error', reject);
  });
  return child;
}

async function health(platform: TestPlatform): Promise<{ status: number; body: Record<string, string> }> {
  const response = await fetch(`${platform.baseUrl}/health`);
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

describe('/health follows Redis', () => {
  let platform: TestPlatform;
  let redis: ChildProcess | undefined;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    platform = await TestPlatform.start({ env: { REDIS_URL: `redis://127.0.0.1:${port}` } });
  });
  afterAll(async () => {
    // Close the app while its Redis still answers, so no client is left reconnecting.
    await platform.close();
    redis?.kill('SIGKILL');
  });

  it('is 200 while Redis answers, 503 naming redis when it is gone, and 200 again when it is back', async () => {
    expect(await health(platform)).toEqual({ status: 200, body: { status: 'ok', postgres: 'ok', redis: 'ok' } });

    redis?.kill('SIGKILL');
    await new Promise((resolve) => redis?.once('exit', resolve));
    const down = await health(platform);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'unavailable', postgres: 'ok', redis: 'unreachable', message: 'Svarar inte: redis' });

    redis = await startRedis(port);
    const deadline = Date.now() + 15_000;
    let back = await health(platform);
    while (back.status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      back = await health(platform);
    }
    expect(back.status).toBe(200);
  });
});

describe('mail requests while Redis is unreachable', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await TestPlatform.start({ env: { REDIS_URL: `redis://127.0.0.1:${await freePort()}` } });
  });
  afterAll(() => platform.close());

  it('an invitation fails promptly with a Swedish message and writes nothing', async () => {
    const token = await platform.loginProcessLeader();
    const started = Date.now();
    const result = await platform.gql(`mutation { inviteUser(input: { email: "utan.ko@huddinge.example.se", organizationCode: "0126", role: MEMBER }) { id } }`, {}, token);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(result.errors?.[0].message).toMatch(/kön inte svarar/);
    expect(await platform.dataSource.query(`SELECT 1 FROM invitations WHERE email = 'utan.ko@huddinge.example.se'`)).toHaveLength(0);
  });

  it('a password reset answers true for existing and unknown addresses alike, and keeps nothing', async () => {
    const known = await platform.gql(`mutation { requestPasswordReset(email: "processledare@skr.se") }`);
    const unknown = await platform.gql(`mutation { requestPasswordReset(email: "ingen.alls@example.se") }`);
    expect(known).toEqual(unknown);
    expect(known.data).toEqual({ requestPasswordReset: true });
    expect(await platform.dataSource.query(`SELECT 1 FROM password_resets pr JOIN users u ON u.id = pr.user_id WHERE u.email = 'processledare@skr.se'`)).toHaveLength(0);
  });
});
