import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrganizationKind } from '@modellkommuner/shared';
import { BadInputs, Conflict, Forbidden } from '../../infrastructure/errors/app-error';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { AuditService } from '../audit/audit.service';
import { CreateProgrammeInput } from './dto/create-programme.input';
import { ProgrammeEntity } from './entities/programme.entity';
import { ProgrammeErrors } from './programme.errors';
import { ProgrammePolicy } from './programme.policy';

@Injectable()
export class ProgrammesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly policy: ProgrammePolicy,
  ) {}

  list(): Promise<ProgrammeEntity[]> {
    return this.dataSource.getRepository(ProgrammeEntity).find({ order: { name: 'ASC' } });
  }

  async create(viewer: Viewer, input: CreateProgrammeInput): Promise<ProgrammeEntity> {
    if (!this.policy.mayCreate(viewer)) throw Forbidden();
    const problems = [];
    if (input.organizationKind === OrganizationKind.SKR) {
      problems.push({ field: 'organizationKind', message: ProgrammeErrors.notForSkr });
    }
    if (input.minMentees > input.maxMentees) {
      problems.push({ field: 'maxMentees', message: ProgrammeErrors.maxBelowMin(input.maxMentees, input.minMentees) });
    }
    if (problems.length) throw BadInputs(problems);
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(ProgrammeEntity);
      const clash = await repo.createQueryBuilder('p').where('lower(p.name) = lower(:name)', { name: input.name }).getExists();
      if (clash) throw Conflict(ProgrammeErrors.nameTaken(input.name));
      const programme = await repo.save(repo.create({ ...input }));
      await this.audit.record(manager, { actorId: viewer.userId, action: 'programme.create', entity: 'Programme', entityId: programme.id, after: programme });
      return programme;
    });
  }
}

