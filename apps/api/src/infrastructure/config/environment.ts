import { existsSync } from 'node:fs';
import { AppConfig, loadConfig } from './app-config';

/**
 * Reads `.env` from the working directory when there is one (a newcomer's local overrides),
 * then validates. Values already in the environment win over the file.
 */
export function readEnvironment(): AppConfig {
  // Tests set their own environment; a developer's .env must not leak into them.
  if (process.env.NODE_ENV !== 'test' && existsSync('.env')) process.loadEnvFile('.env');
  return loadConfig(process.env);
}
