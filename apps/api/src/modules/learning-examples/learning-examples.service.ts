import { randomUUID } from 'node:crypto';
import { Injectable, Logger, Optional } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { ExampleOrigin, ExampleStatus, OrganizationKind, UserRole, VocabularyKind } from '@modellkommuner/shared';
import { AppError, BadInputs, Conflict, FieldProblem, Forbidden, NotFound } from '../../infrastructure/errors/app-error';
import { PublicReads } from '../../infrastructure/database/public-reads';
import { saveVersioned } from '../../infrastructure/database/versioned-change';
import { isUuid } from '../../infrastructure/graphql/ids';
import { storableText } from '../../infrastructure/graphql/input-guard';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { AuditService } from '../audit/audit.service';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { VocabularyTermEntity } from '../vocabularies/entities/vocabulary-term.entity';
import { EXAMPLE_LIMITS, LearningExampleInput } from './dto/learning-example.input';
import { LearningExampleOrganizationEntity } from './entities/learning-example-organization.entity';
import { LearningExampleEntity } from './entities/learning-example.entity';
import { createParseContext, parsePages, ParsedExample, slugify } from './import/skr-page-parser';
import { LearningExamplePolicy } from './learning-example.policy';
import { refreshSearchVectors } from './search-vector';

const NOT_FOUND = 'Exemplet hittades inte.';

const STATUS_NAMES: Record<ExampleStatus, string> = {
  [ExampleStatus.DRAFT]: 'utkast',
  [ExampleStatus.IN_REVIEW]: 'under granskning',
  [ExampleStatus.PUBLISHED]: 'publicerad',
  [ExampleStatus.ARCHIVED]: 'arkiverad',
};

export interface ImportSummary {
  created: number;
  updated: number;
  /** Pages that could not be read plus examples that could not be saved. */
  skipped: number;
  errors: string[];
}

/**
 * Who an import is attributed to in the audit log and as `createdBy`: the caller of the mutation, or
 * for `npm run import:examples` the first process leader (with the command as the audit reason).
 */
export interface ImportActor {
  userId: string | null;
  reason?: string | null;
}

export function originOf(kinds: OrganizationKind[]): ExampleOrigin {
  if (kinds.length > 0 && kinds.every((k) => k === OrganizationKind.MUNICIPALITY)) return ExampleOrigin.MUNICIPALITY;
  if (kinds.length > 0 && kinds.every((k) => k === OrganizationKind.REGION)) return ExampleOrigin.REGION;
  return ExampleOrigin.OTHER;
}

@Injectable()
export class LearningExamplesService {
  private readonly logger = new Logger('LearningExamples');

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: LearningExamplePolicy,
    private readonly audit: AuditService,
    @Optional() private readonly publicReads?: PublicReads,
  ) {}

  async organizationIdsOf(manager: EntityManager, exampleId: string): Promise<string[]> {
    const rows = await manager.getRepository(LearningExampleOrganizationEntity).find({ where: { exampleId }, order: { position: 'ASC' } });
    return rows.map((r) => r.organizationId);
  }

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
    const orgs = example.status === ExampleStatus.PUBLISHED ? [] : await this.organizationIdsOf(dataSource.manager, example.id);
    return this.policy.canRead(viewer, example.status, orgs) ? example : null;
  }

  async create(viewer: Viewer, input: LearningExampleInput): Promise<LearningExampleEntity> {
    return this.dataSource.transaction(async (manager) => {
      const organizations = await this.checkInput(manager, input);
      if (viewer.role !== UserRole.PROCESS_LEADER && !organizations.some((o) => o.id === viewer.organizationId)) {
        throw Forbidden('Ett exempel du skriver måste ha din egen organisation bland organisationerna.');
      }
      const repo = manager.getRepository(LearningExampleEntity);
      const example = await repo.save(
        repo.create({
          ...this.fields(input, organizations),
          slug: await this.uniqueSlug(manager, input.title),
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
      await this.setOrganizations(manager, example.id, organizations);
      await refreshSearchVectors(manager, [example.id]);
      await this.audit.record(manager, { actorId: viewer.userId, action: 'example.create', entity: 'LearningExample', entityId: example.id, after: example });
      return example;
    });
  }

  async update(viewer: Viewer, id: string, version: number, input: LearningExampleInput): Promise<LearningExampleEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { example, organizationIds } = await this.lockVisible(manager, viewer, id);
      if (!this.policy.canEdit(viewer, example.status, organizationIds)) {
        throw Forbidden(example.status === ExampleStatus.IN_REVIEW ? 'Exemplet granskas och är låst tills redaktören har granskat det.' : 'Du kan inte ändra det här exemplet.');
      }
      if (example.version !== version) throw Conflict(`Exemplet har ändrats sedan du läste det (din version ${version}, nu ${example.version}). Ladda om och försök igen.`);
      const organizations = await this.checkInput(manager, input);
      if (viewer.role !== UserRole.PROCESS_LEADER && !organizations.some((o) => o.id === viewer.organizationId)) {
        throw Forbidden('Din egen organisation måste finnas kvar bland organisationerna.');
      }
      const before = { ...example };
      const saved = await this.saveVersioned(manager, example, this.fields(input, organizations));
      await this.setOrganizations(manager, id, organizations);
      await refreshSearchVectors(manager, [id]);
      await this.audit.record(manager, { actorId: viewer.userId, action: 'example.update', entity: 'LearningExample', entityId: id, before, after: saved });
      return saved;
    });
  }

  /** The authors (or a process leader) send a DRAFT to the editors. */
  submit(viewer: Viewer, id: string): Promise<LearningExampleEntity> {
    return this.move(viewer, id, 'example.submit', (example, isLeader, isAuthor) => {
      if (!isLeader && !isAuthor) throw Forbidden('Bara exemplets författare kan skicka det till granskning.');
      if (example.status !== ExampleStatus.DRAFT) throw Conflict('Bara utkast kan skickas till granskning.');
      return { status: ExampleStatus.IN_REVIEW };
    });
  }

  /**
   * `originalDate`: when the example was first published elsewhere (the demo seed's examples);
   * otherwise a republished example keeps its first publication date, a new one gets now.
   */
  publish(viewer: Viewer, id: string, originalDate?: Date): Promise<LearningExampleEntity> {
    return this.move(viewer, id, 'example.publish', (example, isLeader) => {
      if (!isLeader) throw Forbidden('Bara processledare kan publicera.');
      if (example.status !== ExampleStatus.DRAFT && example.status !== ExampleStatus.IN_REVIEW) throw Conflict('Bara utkast och exempel under granskning kan publiceras.');
      return { status: ExampleStatus.PUBLISHED, publishedAt: originalDate ?? example.publishedAt ?? new Date(), editorComment: null };
    });
  }

  /** Back to DRAFT with the editor's comment; from PUBLISHED this unpublishes it. */
  returnToDraft(viewer: Viewer, id: string, commentInput: string): Promise<LearningExampleEntity> {
    const comment = commentInput.trim();
    return this.move(viewer, id, 'example.return', (example, isLeader) => {
      if (!isLeader) throw Forbidden('Bara processledare kan skicka tillbaka ett exempel.');
      if (!comment) throw BadInputs([{ field: 'comment', message: 'Skriv en kommentar till författarna.' }]);
      if (example.status !== ExampleStatus.IN_REVIEW && example.status !== ExampleStatus.PUBLISHED) {
        throw Conflict('Bara exempel under granskning eller publicerade exempel kan skickas tillbaka.');
      }
      return { status: ExampleStatus.DRAFT, editorComment: comment };
    }, comment);
  }

  archive(viewer: Viewer, id: string): Promise<LearningExampleEntity> {
    return this.move(viewer, id, 'example.archive', (example, isLeader) => {
      if (!isLeader) throw Forbidden('Bara processledare kan arkivera.');
      if (example.status !== ExampleStatus.PUBLISHED) throw Conflict('Bara publicerade exempel kan arkiveras.');
      return { status: ExampleStatus.ARCHIVED };
    });
  }

  /**
   * Imports SKR pages: each readable example is published with its original date; the same page
   * again (same normalised title and first organisation) updates instead of duplicating. Every
   * example is saved in its own transaction, so one bad one does not stop the rest. A page that
   * cannot be read counts as skipped, like an example that cannot be saved.
   */
  async importPages(actor: ImportActor, rawText: string): Promise<ImportSummary> {
    // Files read by the CLI have not passed the API's input checks: no NUL, no broken Unicode.
    const text = storableText(rawText);
    const vocabularies = await this.vocabulary(this.dataSource.manager);
    const parsed = parsePages(text, createParseContext({ subjects: vocabularies.subjects, activityAreas: vocabularies.activityAreas }));
    const summary: ImportSummary = { created: 0, updated: 0, skipped: parsed.unreadable, errors: [...parsed.errors] };
    for (const example of parsed.examples) {
      const tooLong = importedTooLong(example);
      if (tooLong) {
        summary.skipped += 1;
        summary.errors.push(`"${shorten(example.title)}" kunde inte sparas: ${tooLong}`);
        continue;
      }
      try {
        const outcome = await this.dataSource.transaction((manager) => this.importOne(manager, actor, example));
        summary[outcome.result] += 1;
        if (outcome.warning) summary.errors.push(outcome.warning);
      } catch (error) {
        // Only our own Swedish sentences reach the user; a database or library message goes to the log.
        summary.skipped += 1;
        if (error instanceof AppError) {
          summary.errors.push(`"${shorten(example.title)}" kunde inte sparas: ${error.message}`);
        } else {
          const reference = randomUUID().slice(0, 8);
          this.logger.error(`[import ${reference}] "${example.title}": ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
          summary.errors.push(`"${shorten(example.title)}" kunde inte sparas på grund av ett tekniskt fel (referens ${reference}).`);
        }
      }
    }
    return summary;
  }

  // ---- helpers -----------------------------------------------------------------------------------

  private async importOne(manager: EntityManager, actor: ImportActor, parsed: ParsedExample): Promise<{ result: 'created' | 'updated'; warning?: string }> {
    const organizations = parsed.organizationCodes.length
      ? await manager.getRepository(OrganizationEntity).findBy({ code: In(parsed.organizationCodes) })
      : [];
    const ordered = parsed.organizationCodes.map((code) => organizations.find((o) => o.code === code)).filter((o): o is OrganizationEntity => Boolean(o));
    const repo = manager.getRepository(LearningExampleEntity);
    const fields = {
      title: parsed.title,
      summary: parsed.summary,
      originKind: ordered.length ? originOf(ordered.map((o) => o.kind)) : (parsed.originKind as ExampleOrigin),
      organizationNames: ordered.length ? ordered.map((o) => o.name).join(', ') : parsed.organizationNames.join(', '),
      subjects: parsed.subjects,
      activityAreas: parsed.activityAreas,
      periodStart: parsed.periodStart,
      periodEnd: parsed.periodEnd,
      background: parsed.background,
      implementation: parsed.implementation,
      successFactors: parsed.successFactors,
      results: parsed.results,
      keyConclusions: parsed.keyConclusions,
      furtherReading: parsed.furtherReading,
      contacts: parsed.contacts,
      responsibleEditor: parsed.responsibleEditor,
      status: ExampleStatus.PUBLISHED as ExampleStatus,
      publishedAt: parsed.publishedAt as Date | null,
    };
    const existing = await repo.findOne({ where: { importKey: parsed.normalizedKey }, lock: { mode: 'pessimistic_write' } });
    let id: string;
    let warning: string | undefined;
    if (existing) {
      const before = { ...existing };
      // An editor's decision stands: an archived example, or one returned to draft for revision, gets
      // the new text but is not republished behind the editors' backs.
      if (existing.status !== ExampleStatus.PUBLISHED) {
        fields.status = existing.status;
        fields.publishedAt = existing.publishedAt ?? parsed.publishedAt;
        warning = `"${parsed.title}" fanns redan med status ${STATUS_NAMES[existing.status]}: texten uppdaterades, men exemplet publicerades inte igen.`;
      }
      const saved = await this.saveVersioned(manager, existing, fields);
      id = saved.id;
      await this.audit.record(manager, { actorId: actor.userId, action: 'example.import_update', entity: 'LearningExample', entityId: id, reason: actor.reason ?? null, before, after: saved });
    } else {
      const created = await repo.save(
        repo.create({ ...fields, slug: await this.uniqueSlug(manager, parsed.title), importKey: parsed.normalizedKey, editorComment: null, sourceUrl: null, createdById: actor.userId, version: 1 }),
      );
      id = created.id;
      await this.audit.record(manager, { actorId: actor.userId, action: 'example.import_create', entity: 'LearningExample', entityId: id, reason: actor.reason ?? null, after: created });
    }
    await this.setOrganizations(manager, id, ordered);
    await refreshSearchVectors(manager, [id]);
    return { result: existing ? 'updated' : 'created', warning };
  }

  private async move(
    viewer: Viewer,
    id: string,
    action: string,
    decide: (example: LearningExampleEntity, isLeader: boolean, isAuthor: boolean) => Partial<LearningExampleEntity>,
    reason?: string,
  ): Promise<LearningExampleEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { example, organizationIds } = await this.lockVisible(manager, viewer, id);
      const changes = decide(example, viewer.role === UserRole.PROCESS_LEADER, this.policy.isAuthor(viewer, organizationIds));
      const before = { ...example };
      const saved = await this.saveVersioned(manager, example, changes);
      await this.audit.record(manager, { actorId: viewer.userId, action, entity: 'LearningExample', entityId: id, reason: reason ?? null, before, after: saved });
      return saved;
    });
  }

  private async lockVisible(manager: EntityManager, viewer: Viewer, id: string): Promise<{ example: LearningExampleEntity; organizationIds: string[] }> {
    if (!isUuid(id)) throw NotFound(NOT_FOUND);
    const example = await manager.getRepository(LearningExampleEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!example) throw NotFound(NOT_FOUND);
    const organizationIds = await this.organizationIdsOf(manager, id);
    if (!this.policy.canRead(viewer, example.status, organizationIds)) throw NotFound(NOT_FOUND);
    return { example, organizationIds };
  }

  private saveVersioned(manager: EntityManager, example: LearningExampleEntity, changes: Partial<LearningExampleEntity>): Promise<LearningExampleEntity> {
    return saveVersioned(manager, LearningExampleEntity, example, changes, { noun: 'Exemplet', pronoun: 'det', notFound: NOT_FOUND });
  }

  private async vocabulary(manager: EntityManager): Promise<{ subjects: string[]; activityAreas: string[] }> {
    const rows = await manager.getRepository(VocabularyTermEntity).find({ where: { kind: In([VocabularyKind.SUBJECT, VocabularyKind.ACTIVITY_AREA]) }, order: { position: 'ASC' } });
    return {
      subjects: rows.filter((r) => r.kind === VocabularyKind.SUBJECT).map((r) => r.term),
      activityAreas: rows.filter((r) => r.kind === VocabularyKind.ACTIVITY_AREA).map((r) => r.term),
    };
  }

  /** Organisations exist and are kommuner or regioner; facet terms come from the vocabularies. */
  private async checkInput(manager: EntityManager, input: LearningExampleInput): Promise<OrganizationEntity[]> {
    const problems: FieldProblem[] = [];
    const codes = [...new Set(input.organizationCodes.map((c) => c.trim()))];
    if (codes.length === 0) problems.push({ field: 'organizationCodes', message: 'Ange minst en organisation bakom exemplet.' });
    const organizations = codes.length ? await manager.getRepository(OrganizationEntity).findBy({ code: In(codes) }) : [];
    for (const code of codes) {
      if (!organizations.some((o) => o.code === code)) problems.push({ field: 'organizationCodes', message: `Det finns ingen organisation med koden "${code}".` });
    }
    const vocabularies = await this.vocabulary(manager);
    for (const [field, terms, known, label] of [
      ['subjects', input.subjects, vocabularies.subjects, 'ämne'],
      ['activityAreas', input.activityAreas, vocabularies.activityAreas, 'verksamhetsområde'],
    ] as const) {
      for (const term of terms) if (!known.includes(term)) problems.push({ field, message: `"${term}" är inget ${label} i vokabulären.` });
    }
    if (input.periodStart && input.periodEnd && input.periodEnd < input.periodStart) {
      problems.push({ field: 'periodEnd', message: 'Slutåret kan inte ligga före startåret.' });
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

  private async setOrganizations(manager: EntityManager, exampleId: string, organizations: OrganizationEntity[]): Promise<void> {
    const repo = manager.getRepository(LearningExampleOrganizationEntity);
    await repo.delete({ exampleId });
    if (organizations.length) await repo.insert(organizations.map((o, position) => ({ exampleId, organizationId: o.id, position })));
  }

  /**
   * Readable and stable: set once, from the title; a clash gets -2, -3, … Two examples with the same title
   * saved at the same moment would both pick the same free slug: a transaction-scoped advisory lock on the
   * slug's base makes the second wait until the first has committed, and then see its slug.
   */
  private async uniqueSlug(manager: EntityManager, title: string): Promise<string> {
    const base = slugify(title);
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('learning_example_slug:' || $1))`, [base]);
    const taken = new Set(
      (await manager.query<{ slug: string }[]>(`SELECT slug FROM learning_examples WHERE slug = $1 OR slug LIKE $2`, [base, `${base}-%`])).map((r) => r.slug),
    );
    if (!taken.has(base)) return base;
    for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }
}

/** A title as it appears in an import line: never a whole page. */
function shorten(title: string): string {
  return title.length <= 120 ? title : `${title.slice(0, 119)}…`;
}

/** What in an imported page exceeds what the editor would accept (EXAMPLE_LIMITS), as a Swedish sentence. */
export function importedTooLong(example: ParsedExample): string | null {
  const over = (text: string | null | undefined, max: number) => (text ?? '').length > max;
  if (over(example.title, EXAMPLE_LIMITS.title)) return `rubriken är längre än ${EXAMPLE_LIMITS.title} tecken.`;
  if (over(example.summary, EXAMPLE_LIMITS.summary)) return `ingressen är längre än ${EXAMPLE_LIMITS.summary.toLocaleString('sv-SE')} tecken.`;
  const sections = [example.background, example.implementation, example.successFactors, example.results];
  if (sections.some((section) => over(section, EXAMPLE_LIMITS.section))) return `ett avsnitt är längre än ${EXAMPLE_LIMITS.section.toLocaleString('sv-SE')} tecken.`;
  if (example.keyConclusions.some((c) => over(c, EXAMPLE_LIMITS.conclusion))) return `en slutsats är längre än ${EXAMPLE_LIMITS.conclusion.toLocaleString('sv-SE')} tecken.`;
  if (example.furtherReading.some((link) => over(link.url, EXAMPLE_LIMITS.url) || over(link.title, 300))) return 'en länk är för lång.';
  return null;
}
