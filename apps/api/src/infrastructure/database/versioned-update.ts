import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Conflict } from '../errors/app-error';

/**
 * Optimistic concurrency for documents people edit at length: writes `changes` and bumps `version`
 * only if the row still has the version that was read (TypeORM's @VersionColumn does not check it).
 * Returns the row as saved; CONFLICT when someone else saved in between.
 */
export async function updateVersioned<T extends ObjectLiteral & { id: string; version: number }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  row: T,
  changes: QueryDeepPartialEntity<T>,
  conflictMessage: string,
): Promise<T> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: () => 'version + 1' })
    .where('id = :id AND version = :version', { id: row.id, version: row.version })
    .execute();
  if (result.affected !== 1) throw Conflict(conflictMessage);
  return manager.getRepository(target).findOneByOrFail({ id: row.id } as never);
}
