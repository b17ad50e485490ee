import { existsSync } from 'node:fs';
import { AppConfig, loadConfig } from './app-config';

/**
 * Reads `.env` from the working directory when there is one (a newcomer's local overrides),
 * then validates. Values already in the environment win over the file.
 */
export function readEnvironment(): AppConfig {
  if (existsSync('.env')) process.loadEnvFile('.env');
  return loadConfig(process.env);
}
