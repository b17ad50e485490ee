import { Injectable, Optional } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { ExampleStatus, ExampleStep, exampleStepOpen, exampleStepTarget } from '@modellkommuner/shared';
import { BadInputs, Conflict, FieldProblem, Forbidden, NotFound } from '../../infrastructure/errors/app-error';
import { PublicReads } from '../../infrastructure/database/public-reads';
import { assertVersion, lockRow, saveVersioned } from '../../infrastructure/database/versioned-change';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { AuditService } from '../audit/audit.service';
import { MailQueue } from '../mail/mail.queue';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { VocabulariesService } from '../vocabularies/vocabularies.service';
import { LearningExampleInput } from './dto/learning-example.input';
import { LearningExampleEntity } from './entities/learning-example.entity';
import { EDIT_REFUSED, EXAMPLE, INPUT_PROBLEM, OWN_ORGANIZATION, RETURN_COMMENT_REQUIRED, STEP_REFUSED } from './example.errors';
import { organizationIdsOf, originOf, setOrganizations } from './example-organizations';
import { LearningExamplePolicy } from './learning-example.policy';
import { refreshSearchVectors } from './search-vector';
import { uniqueSlug } from './slug';
import { ReminderScheduler } from '../reminders/reminder-scheduler';

/** What a step changes besides the status, and the audit log's reason. */
interface StepExtras {
  changes?: (example: LearningExampleEntity) => Partial<LearningExampleEntity>;
  reason?: string;
}

/**
 * Writing learning examples in the editor and moving them through the workflow (docs/domain.md,
 * "Learning examples"). Who may do what is LearningExamplePolicy's; the workflow's states are
 * libs/shared's. The import of SKR pages is ExampleImportService's.
 */
@Injectable()
export class LearningExamplesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: LearningExamplePolicy,
    private readonly audit: AuditService,
    private readonly vocabularies: VocabulariesService,
    private readonly reminders: ReminderScheduler,
    @Optional() private readonly publicReads?: PublicReads,
    /** Tells the authors of a publication or a return. Absent in the demo seed, which tells nobody. */
    @Optional() private readonly mailQueue?: MailQueue,
  ) {}

  /**
   * By slug, or null when it does not exist or the viewer may not read it (drafts are never public).
   * Anonymous callers read through the public pool (statement timeout, see PublicReads).
   */
  async bySlug(viewer: Viewer | null, slug: string): Promise<LearningExampleEntity | null> {
    if (!viewer && this.publicReads) return this.publicReads.run((dataSource) => this.findBySlug(dataSource, null, slug));
    return this.findBySlug(this.dataSource, viewer, slug);
  }

  private async findBySlug(dataSource: DataSource, viewer: Viewer | null, slug: string): Promise<LearningExampleEntity | null> {
    const example = await dataSource.getRepository(LearningExampleEntity).findOneBy({ slug: slug.trim().toLowerCase() });
    if (!example) return null;
    // A published example is for everyone: its organisations need not be read to decide that.
    const organizationIds = example.status === ExampleStatus.PUBLISHED ? [] : await organizationIdsOf(dataSource.manager, example.id);
    return this.policy.mayRead(viewer, { status: example.status, organizationIds }) ? example : null;
  }

  async create(viewer: Viewer, input: LearningExampleInput): Promise<LearningExampleEntity> {
    return this.dataSource.transaction(async (manager) => {
      const organizations = await this.checkInput(manager, input);
      if (!this.policy.keepsOwnOrganization(viewer, organizations.map((o) => o.id))) throw Forbidden(OWN_ORGANIZATION.create);
      const repo = manager.getRepository(LearningExampleEntity);
      const example = await repo.save(
        repo.create({
          ...this.fields(input, organizations),
          slug: await uniqueSlug(manager, input.title),
          status: ExampleStatus.DRAFT,
          publishedAt: null,
          editorComment: null,
          importKey: null,
          sourceUrl: null,
          responsibleEditor: null,
          createdById: viewer.userId,
          version: 1,
        }),
      );
      await setOrganizations(manager, example.id, organizations);
      await refreshSearchVectors(manager, [example.id]);
      await this.audit.record(manager, { actorId: viewer.userId, action: 'example.create', entity: 'LearningExample', entityId: example.id, after: example });
      return example;
    });
  }

  /** Visible (NOT_FOUND) → may edit (FORBIDDEN) → the version read (CONFLICT) → the input. */
  async update(viewer: Viewer, id: string, version: number, input: LearningExampleInput): Promise<LearningExampleEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { example, organizationIds } = await this.lockVisible(manager, viewer, id);
      if (!this.policy.mayEdit(viewer, { status: example.status, organizationIds })) {
        throw Forbidden(example.status === ExampleStatus.IN_REVIEW ? EDIT_REFUSED.inReview : EDIT_REFUSED.other);
      }
      assertVersion(example, version, EXAMPLE);
      const organizations = await this.checkInput(manager, input);
      if (!this.policy.keepsOwnOrganization(viewer, organizations.map((o) => o.id))) throw Forbidden(OWN_ORGANIZATION.update);
      const before = { ...example };
      const saved = await saveVersioned(manager, LearningExampleEntity, example, this.fields(input, organizations), EXAMPLE);
      await setOrganizations(manager, id, organizations);
      await refreshSearchVectors(manager, [id]);
      await this.audit.record(manager, { actorId: viewer.userId, action: 'example.update', entity: 'LearningExample', entityId: id, before, after: saved });
      return saved;
    });
  }

  /** The authors (or a process leader) send a DRAFT to the editors. */
  submit(viewer: Viewer, id: string, version: number): Promise<LearningExampleEntity> {
    return this.move(viewer, id, version, ExampleStep.SUBMIT);
  }

  /**
   * `originalDate`: when the example was first published elsewhere (the demo seed's examples);
   * otherwise a republished example keeps its first publication date, a new one gets now.
   */
  publish(viewer: Viewer, id: string, version: number, originalDate?: Date): Promise<LearningExampleEntity> {
    return this.move(viewer, id, version, ExampleStep.PUBLISH, {
      changes: (example) => ({ publishedAt: originalDate ?? example.publishedAt ?? new Date(), editorComment: null }),
    });
  }

  /** Back to DRAFT with the editor's comment; from PUBLISHED this unpublishes it. */
  returnToDraft(viewer: Viewer, id: string, version: number, commentInput: string): Promise<LearningExampleEntity> {
    const comment = commentInput.trim();
    // The comment is input, checked before anything is read (as LearningExampleInput is).
    if (!comment) throw BadInputs([{ field: 'comment', message: RETURN_COMMENT_REQUIRED }]);
    return this.move(viewer, id, version, ExampleStep.RETURN, { changes: () => ({ editorComment: comment }), reason: comment });
  }

  archive(viewer: Viewer, id: string, version: number): Promise<LearningExampleEntity> {
    return this.move(viewer, id, version, ExampleStep.ARCHIVE);
  }

  // ---- helpers -----------------------------------------------------------------------------------

  /**
   * A workflow step, checked in the one order every step shares: visible (NOT_FOUND) → the policy
   * (FORBIDDEN, the step's message) → the version read (CONFLICT, the helper's wording) → the state
   * (CONFLICT, the step's message). Then the status the step leads to, version + 1, and the audit log.
   */
  private move(viewer: Viewer, id: string, version: number, step: ExampleStep, extras: StepExtras = {}): Promise<LearningExampleEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { example, organizationIds } = await this.lockVisible(manager, viewer, id);
      if (!this.policy.mayTakeStep(viewer, { status: example.status, organizationIds }, step)) throw Forbidden(STEP_REFUSED[step].forbidden);
      assertVersion(example, version, EXAMPLE);
      if (!exampleStepOpen(example.status, step)) throw Conflict(STEP_REFUSED[step].notOpen);
      const before = { ...example };
      const changes = { ...extras.changes?.(example), status: exampleStepTarget(step) };
      const saved = await saveVersioned(manager, LearningExampleEntity, example, changes, EXAMPLE);
      await this.audit.record(manager, {
        actorId: viewer.userId,
        action: `example.${step}`,
        entity: 'LearningExample',
        entityId: id,
        reason: extras.reason ?? null,
        before,
        after: saved,
      });
      // The process leaders are reminded of an example that waits 5 days in the editorial queue.
      if (step === ExampleStep.SUBMIT) await this.reminders.exampleSubmitted(manager, id);
      else if (before.status === ExampleStatus.IN_REVIEW) await this.reminders.exampleLeftReview(manager, id);
      // The authors are told of the editor's decisions, by the worker; queued last, so a refusal by
      // Redis rolls the step back (docs/domain.md, "Learning examples").
      if (step === ExampleStep.PUBLISH || step === ExampleStep.RETURN) await this.mailQueue?.exampleDecision(id, step, saved.version);
      return saved;
    });
  }

  /** The example, locked until the transaction ends, and its organisations; NOT_FOUND unless the viewer may read it. */
  private async lockVisible(manager: EntityManager, viewer: Viewer, id: string): Promise<{ example: LearningExampleEntity; organizationIds: string[] }> {
    const example = await lockRow(manager, LearningExampleEntity, id, EXAMPLE);
    const organizationIds = await organizationIdsOf(manager, id);
    if (!this.policy.mayRead(viewer, { status: example.status, organizationIds })) throw NotFound(EXAMPLE.notFound);
    return { example, organizationIds };
  }

  /** Organisations exist and are kommuner or regioner; facet terms come from the vocabularies. */
  private async checkInput(manager: EntityManager, input: LearningExampleInput): Promise<OrganizationEntity[]> {
    const problems: FieldProblem[] = [];
    const codes = [...new Set(input.organizationCodes.map((c) => c.trim()))];
    if (codes.length === 0) problems.push({ field: 'organizationCodes', message: INPUT_PROBLEM.noOrganization });
    const organizations = codes.length ? await manager.getRepository(OrganizationEntity).findBy({ code: In(codes) }) : [];
    for (const code of codes) {
      if (!organizations.some((o) => o.code === code)) problems.push({ field: 'organizationCodes', message: INPUT_PROBLEM.unknownOrganization(code) });
    }
    const vocabularies = await this.vocabularies.all(manager);
    for (const term of input.subjects) {
      if (!vocabularies.subjects.includes(term)) problems.push({ field: 'subjects', message: INPUT_PROBLEM.unknownSubject(term) });
    }
    for (const term of input.activityAreas) {
      if (!vocabularies.activityAreas.includes(term)) problems.push({ field: 'activityAreas', message: INPUT_PROBLEM.unknownActivityArea(term) });
    }
    if (input.periodStart && input.periodEnd && input.periodEnd < input.periodStart) {
      problems.push({ field: 'periodEnd', message: INPUT_PROBLEM.periodEndBeforeStart });
    }
    if (problems.length) throw BadInputs(problems);
    return codes.map((code) => organizations.find((o) => o.code === code) as OrganizationEntity);
  }

  private fields(input: LearningExampleInput, organizations: OrganizationEntity[]): Partial<LearningExampleEntity> {
    return {
      title: input.title,
      summary: input.summary,
      originKind: originOf(organizations.map((o) => o.kind)),
      organizationNames: organizations.map((o) => o.name).join(', '),
      subjects: [...new Set(input.subjects)],
      activityAreas: [...new Set(input.activityAreas)],
      periodStart: input.periodStart ?? null,
      periodEnd: input.periodEnd ?? null,
      background: input.background ?? null,
      implementation: input.implementation ?? null,
      successFactors: input.successFactors ?? null,
      results: input.results ?? null,
      keyConclusions: (input.keyConclusions ?? []).map((c) => c.trim()).filter(Boolean),
      furtherReading: (input.furtherReading ?? []).map((l) => ({ title: l.title, url: l.url })),
      contacts: (input.contacts ?? []).map((c) => ({ name: c.name, title: c.title ?? null, organization: c.organization ?? null, email: c.email ?? null, phone: c.phone ?? null })),
    };
  }
}
