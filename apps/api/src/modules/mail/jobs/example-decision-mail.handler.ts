import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { ExampleDecisionMailJob, ExampleStatus, UserRole } from '@modellkommuner/shared';
import { AppConfig } from '../../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../../infrastructure/config/config.module';
import { AuditEntryEntity } from '../../audit/entities/audit-entry.entity';
import { LearningExampleOrganizationEntity } from '../../learning-examples/entities/learning-example-organization.entity';
import { UserEntity } from '../../users/entities/user.entity';
import { MailDeliveryService } from '../mail-delivery.service';
import { exampleDecisionMail } from '../templates/example-decision.mail';
import { RowNotYetVisibleError } from './row-not-yet-visible.error';

/** The example as the step left it (and as it was before), from the step's audit entry. */
interface ExampleSnapshot {
  title?: string;
  slug?: string;
  organizationNames?: string;
  status?: string;
}

/**
 * Mails each author of a learning example (every active member account of its organisations) that a
 * process leader published it or returned it to draft (docs/domain.md, "Learning examples"). What
 * happened is read from the audit entry the step wrote in its transaction (`example.publish` /
 * `example.return`, with the version the step saved): it exists exactly when the step committed, and
 * says what the step did even when the example has been changed since. Each author's mail has its own
 * key, so a retried job mails only those it had not reached.
 */
@Injectable()
export class ExampleDecisionMailHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly delivery: MailDeliveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(job: ExampleDecisionMailJob): Promise<'sent' | 'skipped'> {
    const entry = await this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('entry')
      .where('entry.entity = :entity AND entry.entityId = :id AND entry.action = :action', {
        entity: 'LearningExample',
        id: job.exampleId,
        action: `example.${job.step}`,
      })
      .andWhere(`(entry.after ->> 'version')::int = :version`, { version: job.version })
      .getOne();
    // The API enqueues inside its transaction; a job may arrive before the commit. Retry then.
    if (!entry) throw new RowNotYetVisibleError(`example ${job.exampleId} ${job.step} v${job.version}`);
    const after = (entry.after ?? {}) as ExampleSnapshot;
    const before = (entry.before ?? {}) as ExampleSnapshot;
    if (!after.title || !after.slug) return 'skipped';

    const organizations = await this.dataSource.getRepository(LearningExampleOrganizationEntity).findBy({ exampleId: job.exampleId });
    if (!organizations.length) return 'skipped';
    const authors = await this.dataSource.getRepository(UserEntity).find({
      where: { organizationId: In(organizations.map((o) => o.organizationId)), role: UserRole.MEMBER, active: true },
      order: { email: 'ASC' },
    });
    const page = `${this.config.publicWebUrl}/examples/${encodeURIComponent(after.slug)}`;
    let sent = 0;
    for (const author of authors) {
      const key = `example-decision:${job.exampleId}:${job.version}:${author.id}`;
      if (await this.delivery.alreadySent(key)) continue;
      await this.delivery.send(
        key,
        'example-decision',
        exampleDecisionMail({
          to: author.email,
          name: author.name,
          step: job.step,
          title: after.title,
          organizationNames: after.organizationNames ?? '',
          comment: entry.reason,
          wasPublished: before.status === ExampleStatus.PUBLISHED,
          link: job.step === 'publish' ? page : `${page}/edit`,
        }),
      );
      sent += 1;
    }
    return sent ? 'sent' : 'skipped';
  }
}
