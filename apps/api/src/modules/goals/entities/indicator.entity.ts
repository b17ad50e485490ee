import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Direction } from '@modellkommuner/shared';
import { VersionedRecord } from '../../../infrastructure/database/versioned-record';
import { GoalEntity } from './goal.entity';

/** A key figure under a goal; each member organisation records its own values and targets for it. */
@Entity('indicators')
export class IndicatorEntity extends VersionedRecord {
  @Index('ix_indicators_goal_id')
  @Column({ type: 'uuid' })
  goalId: string;

  @ManyToOne(() => GoalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id', foreignKeyConstraintName: 'fk_indicators_goal' })
  goal?: GoalEntity;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 40 })
  unit: string;

  @Column({ type: 'enum', enum: Direction, enumName: 'indicator_direction' })
  direction: Direction;

  @Column({ type: 'boolean' })
  byGender: boolean;

  /** Kolada's KPI id ("N15419"): the sync job fetches its values. */
  @Index('ix_indicators_kolada_kpi_id')
  @Column({ type: 'varchar', length: 6, nullable: true })
  koladaKpiId: string | null;

  /** The KPI's title at Kolada, looked up when the id is set (null until Kolada has answered). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  koladaKpiTitle: string | null;

  @Column({ type: 'varchar', length: 7, nullable: true })
  baselinePeriod: string | null;
}
