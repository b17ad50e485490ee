import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { KoladaSyncStatus } from '@modellkommuner/shared';

/**
 * One fetch from Kolada: asked for a cohort ("Hämta från Kolada") or the weekly run over every cohort
 * (cohortId null). Its status is what the cohort's page shows, FAILED with Kolada's answer included.
 */
@Entity('kolada_syncs')
@Index('ix_kolada_syncs_cohort_requested', ['cohortId', 'requestedAt'])
export class KoladaSyncEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  cohortId: string | null;

  @Column({ type: 'enum', enum: KoladaSyncStatus, enumName: 'kolada_sync_status', default: KoladaSyncStatus.QUEUED })
  status: KoladaSyncStatus;

  @Column({ type: 'uuid', nullable: true })
  requestedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  created: number;

  @Column({ type: 'int', default: 0 })
  updated: number;

  @Column({ type: 'int', default: 0 })
  skipped: number;

  /** Why it failed (Swedish, shown to users). */
  @Column({ type: 'text', nullable: true })
  message: string | null;

  /** Weekly runs: values stored for the comparison of every kommun and region (kolada_values). */
  @Column({ type: 'int', default: 0 })
  comparisonValues: number;

  /** The problem lines: the import's (at most 200 kept, then one counting the rest) and, for the weekly run, the comparison's (at most 50 more). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  problems: string[];
}
