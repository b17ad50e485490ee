import 'reflect-metadata';
import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { QUEUES, UserRole } from '@modellkommuner/shared';
import { createApiApp } from '../src/bootstrap';
import { LEAST_PASSWORD_HASH_COST } from '../src/infrastructure/config/app-config';
import { OrganizationEntity } from '../src/modules/organizations/entities/organization.entity';
import { UserEntity } from '../src/modules/users/entities/user.entity';
import { WorkerModule } from '../src/worker.module';
import { MailCatcher } from './mail-catcher';
import { testPasswordHasher } from './password-cost';

export interface GqlError {
  message: string;
  extensions?: { code?: string; fields?: { field: string; message: string }[]; [key: string]: unknown };
}
export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: GqlError[];
}

export const PROCESS_LEADER = { email: 'processledare@skr.se', password: 'modell-demo-2026' };
export const TEST_PASSWORD = 'ett-bra-testlosenord';

/**
 * The API (over real HTTP on a free port), optionally the worker, and an SMTP server catching mail,
 * all against the run's fresh database and real Redis.
 */
export class TestPlatform {
  api: INestApplication;
  worker?: INestApplicationContext;
  mail: MailCatcher;
  baseUrl: string;
  dataSource: DataSource;
  private hasher = testPasswordHasher();

  static async start(options: { worker?: boolean; env?: Record<string, string> } = {}): Promise<TestPlatform> {
    const platform = new TestPlatform();
    platform.mail = await new MailCatcher().start();
    Object.assign(process.env, {
      NODE_ENV: 'test',
      SMTP_URL: platform.mail.url,
      PUBLIC_WEB_URL: 'http://web.test',
      LOGIN_MAX_FAILURES_PER_ADDRESS: '100000',
      // Every test calls from 127.0.0.1, and a run's files share Redis: these limits would make them
      // depend on each other (tests of the limits set their own).
      LINK_MAX_FAILURES_PER_ADDRESS: '100000',
      PASSWORD_RESET_MAX_PER_ADDRESS: '100000',
      PASSWORD_RESET_MAX_PER_EMAIL: '100000',
      // The in-process worker serves no /health port (tests that want it set one).
      WORKER_PORT: '0',
      ...options.env,
    });
    // The run's cheap password hashes (global-setup.ts) are for NODE_ENV=test only: in production mode
    // the API would refuse to start, so such a platform hashes at OWASP's least unless the test says otherwise.
    if (process.env.NODE_ENV === 'production') {
      process.env.PASSWORD_HASH_MEMORY_KIB = options.env?.PASSWORD_HASH_MEMORY_KIB ?? String(LEAST_PASSWORD_HASH_COST.memoryKib);
      process.env.PASSWORD_HASH_PASSES = options.env?.PASSWORD_HASH_PASSES ?? String(LEAST_PASSWORD_HASH_COST.passes);
    }
    platform.api = await createApiApp({ logger: ['error'] });
    await platform.api.listen(0, '127.0.0.1');
    const { port } = platform.api.getHttpServer().address() as AddressInfo;
    platform.baseUrl = `http://127.0.0.1:${port}`;
    platform.dataSource = platform.api.get(DataSource);
    if (options.worker) {
      // Each integration file has its own Redis prefix, but an earlier platform of the same file (or of the fuzz
      // tier) may have queued mail without a worker: it must not be delivered into this platform's catcher.
      await platform.api.get<Queue>(getQueueToken(QUEUES.MAIL)).obliterate({ force: true });
      // Likewise Kolada syncs that an earlier file asked for without a worker: they would fetch from this file's fake.
      await platform.api.get<Queue>(getQueueToken(QUEUES.KOLADA)).obliterate({ force: true });
      // And reminders queued for an earlier file's rows.
      await platform.api.get<Queue>(getQueueToken(QUEUES.REMINDERS)).obliterate({ force: true });
      platform.worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
      await platform.worker.init();
    }
    return platform;
  }

  async gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GqlResult<T>;
    return { ...body, status: response.status };
  }

  /** The data of a call that must succeed. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const result = await this.gql<T>(query, variables, token);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  async login(email: string, password: string): Promise<string> {
    const data = await this.ok<{ login: { token: string } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: email, p: password },
    );
    return data.login.token;
  }

  loginProcessLeader(): Promise<string> {
    return this.login(PROCESS_LEADER.email, PROCESS_LEADER.password);
  }

  /** An account made directly in the database (fast set-up), then logged in over the API. */
  async createUser(organizationCode: string, role: UserRole = UserRole.MEMBER, password = TEST_PASSWORD): Promise<{ id: string; email: string; token: string }> {
    const organization = await this.dataSource.getRepository(OrganizationEntity).findOneByOrFail({ code: organizationCode });
    const email = `user-${randomUUID().slice(0, 8)}@${organizationCode.toLowerCase()}.example.se`;
    const user = await this.dataSource.getRepository(UserEntity).save({
      email,
      name: `Testperson ${organizationCode}`,
      passwordHash: await this.hasher.hash(password),
      role,
      organizationId: organization.id,
      active: true,
      deactivatedAt: null,
    });
    return { id: user.id, email, token: await this.login(email, password) };
  }

  /** The worker records a delivery just after the SMTP server accepts it; wait for that record. */
  async waitForMailLog(key: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if ((await this.dataSource.query('SELECT 1 FROM mail_log WHERE key = $1', [key])).length) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`mail_log has no ${key} after ${timeoutMs} ms`);
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.api.close();
    await this.mail.stop();
  }
}

export function codeOf(result: GqlResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}
