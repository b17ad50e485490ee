import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { BadInput, Forbidden } from '../../infrastructure/errors/app-error';
import { RequestContext, Viewer } from '../../infrastructure/graphql/request-context';
import { cursorParts, decodeCursor, encodeCursor, pageSize } from '../../infrastructure/graphql/pagination';
import { isUuid } from '../../infrastructure/graphql/ids';
import { CurrentContext, CurrentViewer } from '../auth/auth.decorators';
import { UserEntity } from '../users/entities/user.entity';
import { User } from '../users/models/user.model';
import { AuditEntryEntity } from './entities/audit-entry.entity';
import { AuditConnection, AuditEntry } from './models/audit-entry.model';
import { AuditPolicy } from './audit.policy';
import { describeAuditSubjects } from './audit-subjects';

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AuditPolicy,
  ) {}

  @Query(() => AuditConnection, { description: 'Ändringsloggen, nyast först (processledare).' })
  async auditLog(
    @CurrentViewer() viewer: Viewer | null,
    @Args('entity', { nullable: true }) entity?: string,
    @Args('entityId', { nullable: true }) entityId?: string,
    @Args('actorId', { type: () => ID, nullable: true }) actorId?: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<AuditConnection> {
    if (!this.policy.mayReadLog(viewer)) throw Forbidden();
    const size = pageSize(first, 50);
    const empty = { edges: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } };
    const filtered = this.dataSource.getRepository(AuditEntryEntity).createQueryBuilder('a');
    if (entity) filtered.andWhere('a.entity = :entity', { entity });
    if (entityId) filtered.andWhere('a.entity_id = :entityId', { entityId });
    if (actorId) {
      if (!isUuid(actorId)) return empty;
      filtered.andWhere('a.actor_id = :actorId', { actorId });
    }
    const query = filtered
      .clone()
      .orderBy('a.id', 'DESC')
      .limit(size + 1);
    if (after) {
      const id = decodeCursor(after);
      if (!id || !cursorParts.bigintId(id)) throw BadInput('after', 'Ogiltig markör (after).');
      query.andWhere('a.id < :id', { id });
    }
    const [rows, totalCount] = await Promise.all([query.getMany(), filtered.getCount()]);
    const page = rows.slice(0, size);
    const subjects = await describeAuditSubjects(this.dataSource, page);
    return {
      edges: page.map((row, index) => ({
        id: row.id,
        at: row.at,
        actorId: row.actorId,
        action: row.action,
        entity: row.entity,
        entityId: row.entityId,
        reason: row.reason,
        before: row.before ? JSON.stringify(row.before) : null,
        after: row.after ? JSON.stringify(row.after) : null,
        ...subjects[index],
      })),
      totalCount,
      pageInfo: { hasNextPage: rows.length > size, endCursor: page.length ? encodeCursor(page[page.length - 1].id) : null },
    };
  }

  @Query(() => [User], {
    description: 'De personer som har gjort ändringar i loggen, i namnordning: för att filtrera på person (processledare).',
  })
  async auditActors(@CurrentViewer() viewer: Viewer | null): Promise<User[]> {
    if (!this.policy.mayReadLog(viewer)) throw Forbidden();
    // One probe of the actor index per account, not a scan of the whole log.
    const rows = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('EXISTS (SELECT 1 FROM audit_log a WHERE a.actor_id = u.id)')
      .orderBy('u.name', 'ASC')
      .addOrderBy('u.email', 'ASC')
      .getMany();
    return rows.map((row) => User.from(row));
  }

  @ResolveField(() => User, { nullable: true })
  async actor(@Parent() entry: AuditEntry, @CurrentContext() ctx: RequestContext): Promise<User | null> {
    return entry.actorId ? ctx.loaders.userById.load(entry.actorId) : null;
  }
}
