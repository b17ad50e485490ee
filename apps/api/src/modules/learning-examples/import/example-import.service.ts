import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { ExampleStatus } from '@modellkommuner/shared';
import { AppError, Forbidden } from '../../../infrastructure/errors/app-error';
import { saveVersioned } from '../../../infrastructure/database/versioned-change';
import { storableText } from '../../../infrastructure/graphql/input-guard';
import { Viewer } from '../../../infrastructure/graphql/request-context';
import { AuditService } from '../../audit/audit.service';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import { VocabulariesService } from '../../vocabularies/vocabularies.service';
import { EXAMPLE_LIMITS } from '../dto/learning-example.input';
import { LearningExampleEntity } from '../entities/learning-example.entity';
import { EXAMPLE, IMPORT_LINE, IMPORT_TOO_LONG } from '../example.errors';
import { originOf, setOrganizations } from '../example-organizations';
import { LearningExamplePolicy } from '../learning-example.policy';
import { refreshSearchVectors } from '../search-vector';
import { uniqueSlug } from '../slug';
import { createParseContext, parsePages, ParsedExample } from './skr-page-parser';

export interface ImportSummary {
  created: number;
  updated: number;
  /** Pages that could not be read plus examples that could not be saved. */
  skipped: number;
  errors: string[];
  /** The examples this import created or updated, as saved, in the order of the pages (each once). */
  examples: LearningExampleEntity[];
}

/**
 * Who an import is attributed to in the audit log and as `createdBy`: the caller of the mutation, or
 * for `npm run import:examples` the first process leader (with the command as the audit reason).
 */
export interface ImportActor {
  userId: string | null;
  reason?: string | null;
}

/**
 * The import of SKR pages (docs/domain.md, "Learning examples" → "Import"): `importLearningExamples`
 * and `npm run import:examples`. The pages are read by skr-page-parser.ts; the examples are written
 * here, published with their original dates.
 */
@Injectable()
export class ExampleImportService {
  private readonly logger = new Logger('ExampleImport');

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: LearningExamplePolicy,
    private readonly audit: AuditService,
    private readonly vocabularies: VocabulariesService,
  ) {}

  /** The mutation: process leaders only (FORBIDDEN with the guard's wording otherwise). */
  importAs(viewer: Viewer, text: string): Promise<ImportSummary> {
    if (!this.policy.mayImport(viewer)) throw Forbidden();
    return this.importPages({ userId: viewer.userId }, text);
  }

  /**
   * Imports SKR pages: each readable example is published with its original date; the same page
   * again (same normalised title and first organisation) updates instead of duplicating. Every
   * example is saved in its own transaction, so one bad one does not stop the rest. A page that
   * cannot be read counts as skipped, like an example that cannot be saved. The caller has decided
   * that the actor may import (importAs, or the CLI's process leader).
   */
  async importPages(actor: ImportActor, rawText: string): Promise<ImportSummary> {
    // Files read by the CLI have not passed the API's input checks: no NUL, no broken Unicode.
    const text = storableText(rawText);
    const vocabularies = await this.vocabularies.all();
    const parsed = parsePages(text, createParseContext({ subjects: vocabularies.subjects, activityAreas: vocabularies.activityAreas }));
    const summary: ImportSummary = { created: 0, updated: 0, skipped: parsed.unreadable, errors: [...parsed.errors], examples: [] };
    // A page given twice in one text is one example: listed once, where it came first, as saved last.
    const examples = new Map<string, LearningExampleEntity>();
    for (const example of parsed.examples) {
      const tooLong = importedTooLong(example);
      if (tooLong) {
        summary.skipped += 1;
        summary.errors.push(IMPORT_LINE.notSaved(shorten(example.title), tooLong));
        continue;
      }
      try {
        const outcome = await this.dataSource.transaction((manager) => this.importOne(manager, actor, example));
        summary[outcome.result] += 1;
        examples.set(outcome.example.id, outcome.example);
        if (outcome.warning) summary.errors.push(outcome.warning);
        const missing = missingTermsLine(outcome.example);
        if (missing) summary.errors.push(missing);
      } catch (error) {
        // Only our own Swedish sentences reach the user; a database or library message goes to the log.
        summary.skipped += 1;
        if (error instanceof AppError) {
          summary.errors.push(IMPORT_LINE.notSaved(shorten(example.title), error.message));
        } else {
          const reference = randomUUID().slice(0, 8);
          this.logger.error(`[import ${reference}] "${example.title}": ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
          summary.errors.push(IMPORT_LINE.technicalFault(shorten(example.title), reference));
        }
      }
    }
    summary.examples = [...examples.values()];
    return summary;
  }

  /** One example: created, or the one with the same import key updated (an editor's decision on its status stands). */
  private async importOne(
    manager: EntityManager,
    actor: ImportActor,
    parsed: ParsedExample,
  ): Promise<{ result: 'created' | 'updated'; example: LearningExampleEntity; warning?: string }> {
    const organizations = parsed.organizationCodes.length
      ? await manager.getRepository(OrganizationEntity).findBy({ code: In(parsed.organizationCodes) })
      : [];
    const ordered = parsed.organizationCodes.map((code) => organizations.find((o) => o.code === code)).filter((o): o is OrganizationEntity => Boolean(o));
    const repo = manager.getRepository(LearningExampleEntity);
    const fields = {
      title: parsed.title,
      summary: parsed.summary,
      originKind: ordered.length ? originOf(ordered.map((o) => o.kind)) : parsed.originKind,
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
    let example: LearningExampleEntity;
    let warning: string | undefined;
    if (existing) {
      const before = { ...existing };
      // An editor's decision stands: an archived example, or one returned to draft for revision, gets
      // the new text but is not republished behind the editors' backs.
      if (existing.status !== ExampleStatus.PUBLISHED) {
        fields.status = existing.status;
        fields.publishedAt = existing.publishedAt ?? parsed.publishedAt;
        warning = IMPORT_LINE.notRepublished(parsed.title, existing.status);
      }
      example = await saveVersioned(manager, LearningExampleEntity, existing, fields, EXAMPLE);
      await this.audit.record(manager, { actorId: actor.userId, action: 'example.import_update', entity: 'LearningExample', entityId: example.id, reason: actor.reason ?? null, before, after: example });
    } else {
      example = await repo.save(
        repo.create({ ...fields, slug: await uniqueSlug(manager, parsed.title), importKey: parsed.normalizedKey, editorComment: null, sourceUrl: null, createdById: actor.userId, version: 1 }),
      );
      await this.audit.record(manager, { actorId: actor.userId, action: 'example.import_create', entity: 'LearningExample', entityId: example.id, reason: actor.reason ?? null, after: example });
    }
    await setOrganizations(manager, example.id, ordered);
    await refreshSearchVectors(manager, [example.id]);
    return { result: existing ? 'updated' : 'created', example, warning };
  }
}

/**
 * An imported example without subjects or without activity areas is not found by those filters of the
 * library: said in a line, so the result never reads "no remarks" for it (docs/web-patterns.md, "Every
 * answer is seen").
 */
export function missingTermsLine(example: Pick<LearningExampleEntity, 'title' | 'subjects' | 'activityAreas'>): string | null {
  const noSubjects = example.subjects.length === 0;
  const noAreas = example.activityAreas.length === 0;
  if (!noSubjects && !noAreas) return null;
  return IMPORT_LINE.missingTerms(shorten(example.title), noSubjects, noAreas);
}

/** A title as it appears in an import line: never a whole page. */
function shorten(title: string): string {
  return title.length <= 120 ? title : `${title.slice(0, 119)}…`;
}

/** What in an imported page exceeds what the editor would accept (EXAMPLE_LIMITS), as a Swedish sentence. */
export function importedTooLong(example: ParsedExample): string | null {
  const over = (text: string | null | undefined, max: number) => (text ?? '').length > max;
  if (over(example.title, EXAMPLE_LIMITS.title)) return IMPORT_TOO_LONG.title(EXAMPLE_LIMITS.title);
  if (over(example.summary, EXAMPLE_LIMITS.summary)) return IMPORT_TOO_LONG.summary(EXAMPLE_LIMITS.summary);
  const sections = [example.background, example.implementation, example.successFactors, example.results];
  if (sections.some((section) => over(section, EXAMPLE_LIMITS.section))) return IMPORT_TOO_LONG.section(EXAMPLE_LIMITS.section);
  if (example.keyConclusions.some((c) => over(c, EXAMPLE_LIMITS.conclusion))) return IMPORT_TOO_LONG.conclusion(EXAMPLE_LIMITS.conclusion);
  if (example.furtherReading.some((link) => over(link.url, EXAMPLE_LIMITS.url) || over(link.title, 300))) return IMPORT_TOO_LONG.link;
  return null;
}
