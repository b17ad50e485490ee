import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { createServer, Server } from 'node:http';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../../infrastructure/config/config.module';
import { REDIS } from '../../../infrastructure/queue/redis.module';
import { ReminderRelay } from './reminder-relay.service';

/** The relay counts as behind when a reminder due this long ago has not been handed to BullMQ. */
export const RELAY_BEHIND_MS = 2 * 60_000;

/**
 * `GET /health` of the worker (WORKER_PORT): 200 when PostgreSQL and Redis answer and the relay keeps up,
 * 503 otherwise, with the figures as JSON — `reminders.unqueued` (due, not yet handed to BullMQ),
 * `reminders.oldestUnqueuedAt` and `reminders.overdue` (due more than five minutes ago, not yet sent).
 */
@Injectable()
export class WorkerHealth implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHealth.name);
  private server?: Server;

  constructor(
    private readonly dataSource: DataSource,
    private readonly relay: ReminderRelay,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async report(now = new Date()): Promise<{ ok: boolean; body: Record<string, unknown> }> {
    const postgres = await this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    const redis = await this.redis.ping().then(
      () => true,
      () => false,
    );
    const lag = postgres ? await this.relay.lag(now).catch(() => null) : null;
    const behind = !lag || (lag.oldestDueAt !== null && now.getTime() - new Date(lag.oldestDueAt).getTime() > RELAY_BEHIND_MS);
    const ok = postgres && redis && !behind;
    return {
      ok,
      body: {
        status: ok ? 'ok' : 'fel',
        postgres,
        redis,
        relay: { behind, lastPassAt: this.relay.lastPassAt },
        reminders: lag ? { unqueued: lag.unqueued, oldestUnqueuedAt: lag.oldestDueAt, overdue: lag.overdue } : null,
      },
    };
  }

  onApplicationBootstrap(): void {
    if (!this.config.workerPort) return;
    this.server = createServer((req, res) => {
      if (req.method !== 'GET' || req.url !== '/health') {
        res.writeHead(404).end();
        return;
      }
      this.report().then(
        ({ ok, body }) => res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(body)),
        () => res.writeHead(503).end(),
      );
    });
    this.server.on('error', (error) => this.logger.warn(`/health kunde inte starta: ${error.message}`));
    this.server.listen(this.config.workerPort);
  }

  onApplicationShutdown(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
