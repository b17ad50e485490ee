import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { VocabularyKind } from '@modellkommuner/shared';
import { BadInput, Forbidden } from '../../infrastructure/errors/app-error';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { AuditService } from '../audit/audit.service';
import { VocabularyTermEntity } from './entities/vocabulary-term.entity';
import { Vocabularies } from './models/vocabularies.model';
import { VocabularyPolicy } from './vocabulary.policy';

@Injectable()
export class VocabulariesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly policy: VocabularyPolicy,
  ) {}

  /** Every vocabulary's terms in order: for the API's readers, the example editor's checks and the import's parser. */
  async all(manager: EntityManager = this.dataSource.manager): Promise<Vocabularies> {
    const rows = await manager.getRepository(VocabularyTermEntity).find({ order: { kind: 'ASC', position: 'ASC' } });
    const of = (kind: VocabularyKind) => rows.filter((row) => row.kind === kind).map((row) => row.term);
    return { subjects: of(VocabularyKind.SUBJECT), activityAreas: of(VocabularyKind.ACTIVITY_AREA), focusAreas: of(VocabularyKind.FOCUS_AREA) };
  }

  /** Replaces a vocabulary with the given terms, in that order (process leaders; FORBIDDEN with the guard's wording otherwise). */
  async set(viewer: Viewer, kind: VocabularyKind, termsInput: string[]): Promise<Vocabularies> {
    if (!this.policy.mayEdit(viewer)) throw Forbidden();
    const terms = termsInput.map((term) => term.trim().replace(/\s+/g, ' '));
    if (terms.length === 0) throw BadInput('terms', 'En vokabulär måste ha minst en term.');
    if (terms.length > 200) throw BadInput('terms', 'En vokabulär får ha högst 200 termer.');
    const empty = terms.findIndex((term) => term.length === 0);
    if (empty >= 0) throw BadInput('terms', `Term ${empty + 1} är tom.`);
    const tooLong = terms.find((term) => term.length > 100);
    if (tooLong) throw BadInput('terms', `Termen "${tooLong.slice(0, 40)}…" är längre än 100 tecken.`);
    const seen = new Set<string>();
    for (const term of terms) {
      const key = term.toLocaleLowerCase('sv');
      if (seen.has(key)) throw BadInput('terms', `Termen "${term}" förekommer två gånger.`);
      seen.add(key);
    }
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(VocabularyTermEntity);
      const before = (await repo.find({ where: { kind }, order: { position: 'ASC' } })).map((row) => row.term);
      await repo.delete({ kind });
      await repo.insert(terms.map((term, position) => ({ kind, term, position })));
      await this.audit.record(manager, {
        actorId: viewer.userId,
        action: 'vocabulary.set',
        entity: 'Vocabulary',
        entityId: kind,
        before: { terms: before.join(' | ') },
        after: { terms: terms.join(' | ') },
      });
      return this.all(manager);
    });
  }
}
