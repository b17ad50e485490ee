import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { REDIS } from '../queue/redis.module';

const TIMEOUT_MS = 2_000;

/** Readiness: 200 only when both Postgres and Redis answer; otherwise 503 naming the one that does not. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Get()
  async check(@Res() res: Response): Promise<void> {
    const [postgres, redis] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() => this.redis.ping()),
    ]);
    const ok = postgres === 'ok' && redis === 'ok';
    const down = [postgres !== 'ok' ? 'postgres' : null, redis !== 'ok' ? 'redis' : null].filter(Boolean);
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({
      status: ok ? 'ok' : 'unavailable',
      postgres,
      redis,
      ...(ok ? {} : { message: `Svarar inte: ${down.join(', ')}` }),
    });
  }
}

async function probe(check: () => Promise<unknown>): Promise<'ok' | 'unreachable'> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS);
      }),
    ]);
    return 'ok';
  } catch {
    return 'unreachable';
  } finally {
    clearTimeout(timer);
  }
}
