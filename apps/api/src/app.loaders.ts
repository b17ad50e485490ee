import { DataSource } from 'typeorm';
import { cohortLoaders } from './modules/cohorts/cohorts.loaders';
import { learningExampleLoaders } from './modules/learning-examples/learning-examples.loaders';
import { organizationLoaders } from './modules/organizations/organizations.loaders';
import { userLoaders } from './modules/users/users.loaders';

/** Per-request DataLoaders: every relation field resolves through these, batching one query per kind. */
export function createLoaders(dataSource: DataSource) {
  return {
    ...organizationLoaders(dataSource),
    ...userLoaders(dataSource),
    ...cohortLoaders(dataSource),
    ...learningExampleLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
