import { Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config';
import { readEnvironment } from './environment';

/** Injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');

@Global()
@Module({
  providers: [{ provide: APP_CONFIG, useFactory: (): AppConfig => readEnvironment() }],
  exports: [APP_CONFIG],
})
export class AppConfigModule {}
