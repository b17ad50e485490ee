import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrganizationKind } from '@modellkommuner/shared';
import { BadInput, Conflict, Forbidden, NotFound } from '../../infrastructure/errors/app-error';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { AuditService } from '../audit/audit.service';
import { OrganizationEntity } from './entities/organization.entity';
import { OrganizationErrors } from './organization.errors';
import { OrganizationPolicy } from './organization.policy';

export interface OrganizationFilter {
  kind?: OrganizationKind;
  search?: string;
  countyCode?: string;
  mentorEligible?: boolean;
}

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly policy: OrganizationPolicy,
  ) {}

  /** Search by name, short name or code (case- and accent-insensitive on å/ä/ö only as typed), sorted by name. */
  list(filter: OrganizationFilter): Promise<OrganizationEntity[]> {
    const query = this.dataSource.getRepository(OrganizationEntity).createQueryBuilder('o');
    if (filter.kind) query.andWhere('o.kind = :kind', { kind: filter.kind });
    if (filter.countyCode) query.andWhere('o.county_code = :countyCode', { countyCode: filter.countyCode });
    if (filter.mentorEligible !== undefined && filter.mentorEligible !== null) {
      query.andWhere('o.mentor_eligible = :eligible', { eligible: filter.mentorEligible });
    }
    const search = filter.search?.trim();
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('(o.name ILIKE :pattern OR o.short_name ILIKE :pattern OR o.code ILIKE :prefix)', {
        pattern,
        prefix: `${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
      // Names that start with the search come first: "Hed" → Hedemora before Ramshed.
      query.addOrderBy(`CASE WHEN o.short_name ILIKE :prefix OR o.code = :exact THEN 0 ELSE 1 END`);
      query.setParameter('exact', search);
    }
    return query.addOrderBy('o.kind', 'DESC').addOrderBy('o.short_name', 'ASC').addOrderBy('o.code', 'ASC').getMany();
  }

  byCode(code: string): Promise<OrganizationEntity | null> {
    return this.dataSource.getRepository(OrganizationEntity).findOneBy({ code });
  }

  /** A founding or otherwise experienced model municipality may mentor; the reason stays in the audit log. */
  async markMentorEligible(viewer: Viewer, code: string, reasonInput: string): Promise<OrganizationEntity> {
    if (!this.policy.mayMarkMentorEligible(viewer)) throw Forbidden();
    const reason = reasonInput.trim();
    if (!reason) throw BadInput('reason', OrganizationErrors.mentorReasonMissing);
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(OrganizationEntity);
      const organization = await repo.findOne({ where: { code: code.trim() }, lock: { mode: 'pessimistic_write' } });
      if (!organization) throw NotFound(OrganizationErrors.unknownCode(code));
      if (organization.kind === OrganizationKind.SKR) throw BadInput('organizationCode', OrganizationErrors.skrCannotMentor);
      if (organization.mentorEligible) throw Conflict(OrganizationErrors.alreadyMentorEligible(organization.shortName));
      const before = { ...organization };
      organization.mentorEligible = true;
      const saved = await repo.save(organization);
      await this.audit.record(manager, { actorId: viewer.userId, action: 'organization.mark_mentor_eligible', entity: 'Organization', entityId: organization.id, reason, before, after: saved });
      return saved;
    });
  }
}
