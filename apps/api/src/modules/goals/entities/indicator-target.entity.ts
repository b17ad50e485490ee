import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Gender } from '@modellkommuner/shared';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import { IndicatorEntity } from './indicator.entity';

/** An organisation's target for an indicator, per gender (TOTAL only unless by gender), to reach by `period`. */
@Entity('indicator_targets')
@Index('uq_indicator_targets_cell', ['indicatorId', 'organizationId', 'gender'], { unique: true })
export class IndicatorTargetEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  indicatorId: string;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'fk_indicator_targets_indicator' })
  indicator?: IndicatorEntity;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_indicator_targets_organization' })
  organization?: OrganizationEntity;

  @Column({ type: 'enum', enum: Gender, enumName: 'gender' })
  gender: Gender;

  @Column({ type: 'double precision' })
  value: number;

  @Column({ type: 'varchar', length: 7 })
  period: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
