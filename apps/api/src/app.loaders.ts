import type DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { calendarLoaders } from './modules/calendar/calendar.loaders';
import { cohortLoaders } from './modules/cohorts/cohorts.loaders';
import { followUpLoaders } from './modules/follow-up/follow-up.loaders';
import { goalLoaders } from './modules/goals/goals.loaders';
import { learningExampleLoaders } from './modules/learning-examples/learning-examples.loaders';
import { organizationLoaders } from './modules/organizations/organizations.loaders';
import { userLoaders } from './modules/users/users.loaders';

export interface LoaderOptions {
  /** Turns a failed batch's error into what the resolvers throw (the public pool's timeouts, in Swedish). */
  translateError?: (error: unknown) => Error;
}

/**
 * Per-request DataLoaders: every relation field resolves through these, batching one statement per
 * kind and level of the response, never one per parent (relation-statements.int-spec.ts counts them).
 * Anonymous requests get theirs on the public pool (graphql-options.ts, PublicReads).
 */
export function createLoaders(dataSource: DataSource, options: LoaderOptions = {}) {
  const loaders = {
    ...organizationLoaders(dataSource),
    ...userLoaders(dataSource),
    ...cohortLoaders(dataSource),
    ...learningExampleLoaders(dataSource),
    ...calendarLoaders(dataSource),
    ...goalLoaders(dataSource),
    ...followUpLoaders(dataSource),
  };
  const translate = options.translateError;
  if (translate) {
    for (const loader of Object.values(loaders) as DataLoader<unknown, unknown, unknown>[]) {
      // loadMany goes through load too.
      const load = loader.load.bind(loader);
      loader.load = (key) => load(key).catch((error: unknown) => Promise.reject(translate(error)));
    }
  }
  return loaders;
}

export type Loaders = ReturnType<typeof createLoaders>;
