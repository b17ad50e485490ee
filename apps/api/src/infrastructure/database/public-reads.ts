import { Global, Injectable, Module, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { AppError } from '../errors/app-error';

/** Longest a statement of an anonymous request may run (PostgreSQL `statement_timeout`, lock waits included). */
export const PUBLIC_STATEMENT_TIMEOUT_MS = 5_000;
/** Connections anonymous requests share; logged-in users' requests never wait for them. */
export const PUBLIC_POOL_SIZE = 4;
/** Longest an anonymous request waits for one of them. */
export const PUBLIC_POOL_WAIT_MS = 5_000;

const BUSY = 'Sökningen tog för lång tid och avbröts. Försök igen om en stund, eller gör sökningen snävare.';

/**
 * Reads for anonymous (public) GraphQL requests: the search, an example by slug and the relation
 * loaders, on a small pool of their own whose connections carry `statement_timeout` from the start
 * (a connection parameter: no extra statement per request). A slow statement is cancelled by
 * PostgreSQL and a full pool is waited for only so long; both end as TOO_MANY_REQUESTS with a Swedish
 * message, never as an internal error, and neither can tie up the pool logged-in users work with.
 */
@Injectable()
export class PublicReads implements OnModuleInit, OnModuleDestroy {
  readonly dataSource: DataSource;

  constructor(main: DataSource) {
    const options = main.options as PostgresConnectionOptions;
    const publicOptions: PostgresConnectionOptions = {
      ...options,
      poolSize: PUBLIC_POOL_SIZE,
      applicationName: `${options.applicationName ?? 'modellkommuner'}-public`,
      migrations: [],
      migrationsRun: false,
      synchronize: false,
      installExtensions: false,
      extra: {
        ...(options.extra as Record<string, unknown> | undefined),
        statement_timeout: PUBLIC_STATEMENT_TIMEOUT_MS,
        idle_in_transaction_session_timeout: PUBLIC_STATEMENT_TIMEOUT_MS,
        connectionTimeoutMillis: PUBLIC_POOL_WAIT_MS,
      },
    };
    this.dataSource = new DataSource(publicOptions);
  }

  async onModuleInit(): Promise<void> {
    if (!this.dataSource.isInitialized) await this.dataSource.initialize();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }

  /** Runs `work` on the public pool; a cancelled statement or a pool that stays full becomes a Swedish error. */
  async run<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T> {
    try {
      return await work(this.dataSource);
    } catch (error) {
      throw publicReadError(error);
    }
  }
}

/** PostgreSQL's `query_canceled` (the statement timeout) and pg's pool wait timeout, in Swedish; anything else as it is. */
export function publicReadError(error: unknown): Error {
  if (!(error instanceof Error)) return new Error(String(error));
  const { code, driverError } = error as Error & { code?: unknown; driverError?: { code?: unknown } };
  if (code === '57014' || driverError?.code === '57014') return new AppError('TOO_MANY_REQUESTS', BUSY);
  if (error.message.includes('timeout exceeded when trying to connect')) return new AppError('TOO_MANY_REQUESTS', BUSY);
  return error;
}

/** Provides PublicReads everywhere (the GraphQL context, the search, the example resolver). */
@Global()
@Module({ providers: [PublicReads], exports: [PublicReads] })
export class PublicReadsModule {}
