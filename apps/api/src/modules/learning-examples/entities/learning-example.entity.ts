import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { FollowUpReportEntity } from '../../follow-up/entities/follow-up-report.entity';
import { ExampleOrigin, ExampleStatus } from '@modellkommuner/shared';
import { VersionedRecord } from '../../../infrastructure/database/versioned-record';

export interface LinkValue {
  title: string;
  url: string | null;
}

export interface ContactValue {
  name: string;
  title: string | null;
  organization: string | null;
  email: string | null;
  phone: string | null;
}

/**
 * A lärande exempel. `searchVector` (title A, lead and organisation names B, the sections C) is
 * written by the service in the same transaction as every save, with `rankVector` and `countyCodes`;
 * its GIN index is made by hand in the migrations and marked here so TypeORM leaves it alone (the
 * fallback's word list, learning_example_words, and the library version are no entities).
 */
@Entity('learning_examples')
@Index('ix_learning_examples_status_published', ['status', 'publishedAt'])
@Index('ix_learning_examples_search', { synchronize: false })
export class LearningExampleEntity extends VersionedRecord {
  @Index('uq_learning_examples_slug', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  slug: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'enum', enum: ExampleStatus, enumName: 'example_status', default: ExampleStatus.DRAFT })
  status: ExampleStatus;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'enum', enum: ExampleOrigin, enumName: 'example_origin' })
  originKind: ExampleOrigin;

  /** The co-authoring organisations' names, kept here so the search vector can include them. */
  @Column({ type: 'text', default: '' })
  organizationNames: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  subjects: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  activityAreas: string[];

  @Column({ type: 'int', nullable: true })
  periodStart: number | null;

  @Column({ type: 'int', nullable: true })
  periodEnd: number | null;

  @Column({ type: 'text', nullable: true })
  background: string | null;

  @Column({ type: 'text', nullable: true })
  implementation: string | null;

  @Column({ type: 'text', nullable: true })
  successFactors: string | null;

  @Column({ type: 'text', nullable: true })
  results: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  keyConclusions: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  furtherReading: LinkValue[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  contacts: ContactValue[];

  @Column({ type: 'varchar', length: 200, nullable: true })
  responsibleEditor: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  sourceUrl: string | null;

  @Column({ type: 'text', nullable: true })
  editorComment: string | null;

  /** Normalised title + first organisation of an imported page: importing it again updates this row. */
  @Index('uq_learning_examples_import_key', { unique: true })
  @Column({ type: 'varchar', length: 400, nullable: true })
  importKey: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  /**
   * The approved follow-up report the draft was made from (createExampleDraftFromReport): the example
   * links back to its cohort through it, and a report gives at most one example.
   */
  @Index('uq_learning_examples_source_report_id', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  sourceReportId: string | null;

  @ManyToOne(() => FollowUpReportEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'source_report_id', foreignKeyConstraintName: 'fk_learning_examples_source_report' })
  sourceReport?: FollowUpReportEntity;

  @Column({ type: 'tsvector', select: false, insert: false, update: false, nullable: true })
  searchVector: string | null;

  /** Title and lead only, what the search ranks by (written with the search vector; see search-vector.ts). */
  @Column({ type: 'tsvector', select: false, insert: false, update: false, nullable: true })
  rankVector: string | null;

  /**
   * A small integer per example (an identity), so a search sends its matches to the API as integers and
   * counts their facets in arrays (docs/domain.md "Learning examples", search).
   */
  @Index('uq_learning_examples_search_no', { unique: true })
  @Column({ type: 'int', generated: 'identity', generatedIdentity: 'ALWAYS', select: false, insert: false, update: false })
  searchNo: number;

  /** The organisations' counties, for the Län facet and filter (written with the search vector). */
  @Column({ type: 'varchar', length: 2, array: true, select: false, insert: false, update: false, default: () => "'{}'" })
  countyCodes: string[];
}
