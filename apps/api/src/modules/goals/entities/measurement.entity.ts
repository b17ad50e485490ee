import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Gender, MeasurementSource } from '@modellkommuner/shared';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import { UserEntity } from '../../users/entities/user.entity';
import { IndicatorEntity } from './indicator.entity';

/**
 * One value: unique per (indicator, organisation, period, gender). A missing value is no row — never a
 * zero — and clearing a value deletes its row. The CHECK keeps NaN and ±Infinity out whatever writes.
 */
@Entity('measurements')
@Index('uq_measurements_cell', ['indicatorId', 'organizationId', 'period', 'gender'], { unique: true })
@Check('ck_measurements_value_finite', `"value" <> 'NaN'::double precision AND abs("value") <> 'Infinity'::double precision`)
export class MeasurementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  indicatorId: string;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'fk_measurements_indicator' })
  indicator?: IndicatorEntity;

  @Index('ix_measurements_organization_id')
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_measurements_organization' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 7 })
  period: string;

  @Column({ type: 'enum', enum: Gender, enumName: 'gender' })
  gender: Gender;

  @Column({ type: 'double precision' })
  value: number;

  @Column({ type: 'enum', enum: MeasurementSource, enumName: 'measurement_source', default: MeasurementSource.MANUAL })
  source: MeasurementSource;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  /** Who typed it; null for Kolada's values (and when the account is gone). */
  @Column({ type: 'uuid', nullable: true })
  recordedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by_id', foreignKeyConstraintName: 'fk_measurements_recorded_by' })
  recordedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
