import { DataSource } from 'typeorm';
import { cohortLoaders } from './modules/cohorts/cohorts.loaders';
import { organizationLoaders } from './modules/organizations/organizations.loaders';
import { userLoaders } from './modules/users/users.loaders';

/** Per-request DataLoaders: every relation field resolves through these, batching one query per kind. */
export function createLoaders(dataSource: DataSource) {
  return {
    ...organizationLoaders(dataSource),
    ...userLoaders(dataSource),
    ...cohortLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
