import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AppError, NotFound } from '../errors/app-error';
import { isUuid } from '../graphql/ids';

/**
 * Optimistic concurrency for everything people edit at length or move through a workflow
 * (docs/api-conventions.md, "Versions"): every such mutation takes the `version` the user last read.
 * One way for every feature:
 *
 *   const row = await lockVersioned(manager, CohortEntity, id, version, COHORT);   // NOT_FOUND / CONFLICT
 *   … the feature's rules …
 *   const saved = await saveVersioned(manager, CohortEntity, row, { name });      // version + 1
 *
 * or, where visibility must be decided before the version is compared (so that an invisible row is
 * NOT_FOUND whatever version was sent): `lockRow`, the policy, then `assertVersion`.
 */

/** How a feature's errors file names the thing: "Omgången … den", "Exemplet … det". */
export interface VersionedThing {
  /** The definite noun, capitalised: "Omgången", "Mötet", "Exemplet". */
  noun: string;
  /** The pronoun that refers back to it: "den" or "det". */
  pronoun: 'den' | 'det';
  /** The NOT_FOUND message: "Omgången hittades inte." */
  notFound: string;
}

type VersionedRow = ObjectLiteral & { id: string; version: number };

/** The one wording of a stale version; `extensions.currentVersion` lets a client offer the newer text. */
export function versionConflict(thing: VersionedThing, currentVersion: number): AppError {
  const error = new AppError('CONFLICT', `${thing.noun} har ändrats sedan du läste ${thing.pronoun}. Ladda om och försök igen.`);
  error.extensions.currentVersion = currentVersion;
  return error;
}

/** The row, locked FOR UPDATE until the transaction ends; NOT_FOUND when the id names nothing. */
export async function lockRow<T extends VersionedRow>(manager: EntityManager, target: EntityTarget<T>, id: string, thing: VersionedThing): Promise<T> {
  if (!isUuid(id)) throw NotFound(thing.notFound);
  const row = await manager.getRepository(target).findOne({ where: { id } as never, lock: { mode: 'pessimistic_write' } });
  if (!row) throw NotFound(thing.notFound);
  return row;
}

/** CONFLICT unless the row still has the version the user read. */
export function assertVersion(row: VersionedRow, version: number, thing: VersionedThing): void {
  if (row.version !== version) throw versionConflict(thing, row.version);
}

/** `lockRow` and `assertVersion` in one: the usual start of a versioned change. */
export async function lockVersioned<T extends VersionedRow>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: string,
  version: number,
  thing: VersionedThing,
): Promise<T> {
  const row = await lockRow(manager, target, id, thing);
  assertVersion(row, version, thing);
  return row;
}

/**
 * Writes `changes` and bumps `version`, only if the row still has the version that was read
 * (TypeORM's @VersionColumn does not check it). Returns the row as saved. After `lockRow` the row
 * cannot change underneath; the check also covers callers that did not lock.
 */
export async function saveVersioned<T extends VersionedRow>(
  manager: EntityManager,
  target: EntityTarget<T>,
  row: T,
  changes: QueryDeepPartialEntity<T>,
  thing: VersionedThing,
): Promise<T> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: () => 'version + 1' })
    .where('id = :id AND version = :version', { id: row.id, version: row.version })
    .execute();
  if (result.affected !== 1) {
    const current = await manager.getRepository(target).findOneBy({ id: row.id } as never);
    if (!current) throw NotFound(thing.notFound);
    throw versionConflict(thing, current.version);
  }
  return manager.getRepository(target).findOneByOrFail({ id: row.id } as never);
}
