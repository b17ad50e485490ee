import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { UserRole } from '@modellkommuner/shared';
import { AppConfig } from '../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../infrastructure/config/config.module';
import { NotFound } from '../../infrastructure/errors/app-error';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { AuditService } from '../audit/audit.service';
import { CheckpointEntity } from '../cohorts/entities/checkpoint.entity';
import { CohortEntity } from '../cohorts/entities/cohort.entity';
import { MeetingEntity } from '../cohorts/entities/meeting.entity';
import { UserEntity } from '../users/entities/user.entity';
import { renderFeed } from './calendar-feed';
import { calendarToken, parseCalendarToken, verifyCalendarToken } from './calendar-token';

const FILE = /^(.+)\.ics$/;

@Injectable()
export class CalendarService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `${PUBLIC_API_URL}/calendar/{token}.ics` */
  urlFor(user: { id: string; calendarTokenVersion: number }): string {
    return `${this.config.publicApiUrl}/calendar/${calendarToken(this.config.jwtSecret, user.id, user.calendarTokenVersion)}.ics`;
  }

  /** A new token version: the old URL stops working at once. Returns the new URL. */
  async rotate(viewer: Viewer): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const users = manager.getRepository(UserEntity);
      const user = await users.findOne({ where: { id: viewer.userId }, lock: { mode: 'pessimistic_write' } });
      if (!user || !user.active) throw NotFound('Kontot hittades inte.');
      const before = { calendarTokenVersion: user.calendarTokenVersion };
      user.calendarTokenVersion += 1;
      await users.update({ id: user.id }, { calendarTokenVersion: user.calendarTokenVersion });
      await this.audit.record(manager, {
        actorId: viewer.userId,
        action: 'user.rotate_calendar_token',
        entity: 'User',
        entityId: user.id,
        before,
        after: { calendarTokenVersion: user.calendarTokenVersion },
      });
      return this.urlFor(user);
    });
  }

  /**
   * The iCalendar text for a requested file name (`{token}.ics`), or null when the token is malformed,
   * forged, rotated away, or its user is deactivated — the caller cannot tell which.
   *
   * Whose cohorts: a member gets the cohorts its organisation is currently in (not withdrawn) — the same
   * cohorts CohortPolicy lets it see; a process leader gets the cohorts they lead, not every cohort (a
   * calendar of the whole country's meetings would bury their own). Four queries whatever the numbers.
   */
  async feedForFile(file: string, now = new Date()): Promise<string | null> {
    const parsed = parseCalendarToken(FILE.exec(file)?.[1] ?? '');
    if (!parsed) return null;
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: parsed.userId });
    if (!user || !user.active || !verifyCalendarToken(this.config.jwtSecret, parsed, user)) return null;

    const query = this.dataSource.getRepository(CohortEntity).createQueryBuilder('c').select(['c.id', 'c.name', 'c.status']);
    if (user.role === UserRole.PROCESS_LEADER) {
      query.where('c.process_leader_id = :userId', { userId: user.id });
    } else {
      query.where(
        'EXISTS (SELECT 1 FROM cohort_members m WHERE m.cohort_id = c.id AND m.organization_id = :org AND m.withdrawn_at IS NULL)',
        {
          org: user.organizationId,
        },
      );
    }
    const cohorts = await query.getMany();
    const ids = cohorts.map((c) => c.id);
    const [meetings, checkpoints] = ids.length
      ? await Promise.all([
          this.dataSource.getRepository(MeetingEntity).findBy({ cohortId: In(ids) }),
          this.dataSource.getRepository(CheckpointEntity).findBy({ cohortId: In(ids) }),
        ])
      : [[], []];
    return renderFeed({ cohorts, meetings, checkpoints, publicWebUrl: this.config.publicWebUrl, generatedAt: now });
  }
}
