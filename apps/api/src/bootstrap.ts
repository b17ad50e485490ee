import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from './infrastructure/config/app-config';
import { APP_CONFIG } from './infrastructure/config/config.module';
import { securityHeaders } from './infrastructure/http/security-headers';
import { AppModule } from './app.module';

/** Creates the API application as main.ts serves it; integration tests use the same function. */
export async function createApiApp(options: { logger?: false | ('error' | 'warn' | 'log')[] } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    logger: options.logger ?? ['error', 'warn', 'log'],
    bodyParser: true,
  });
  const config = app.get<AppConfig>(APP_CONFIG);
  if (config.trustProxy) app.set('trust proxy', true);
  app.disable('x-powered-by');
  app.use(securityHeaders(config));
  app.useBodyParser('json', { limit: '2mb' });
  app.enableCors({ origin: [config.publicWebUrl, ...config.corsOrigins], credentials: false });
  app.enableShutdownHooks();
  return app;
}
