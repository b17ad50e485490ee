import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * The columns every record people edit at length or move through a workflow shares: a uuid id, the
 * version that optimistic concurrency checks (a change names the version it read, a stale one is
 * refused: versioned-change.ts, docs/api-conventions.md "Versions"), and when it was made and last changed.
 * Entities extend it: `export class GoalEntity extends VersionedRecord { … }`.
 */
export abstract class VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
