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
