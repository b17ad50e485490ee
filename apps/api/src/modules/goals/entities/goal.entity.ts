import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { GoalScope } from '@modellkommuner/shared';
import { VersionedRecord } from '../../../infrastructure/database/versioned-record';
import { CohortEntity } from '../../cohorts/entities/cohort.entity';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';

/** A cohort's goal: SHARED by the whole cohort (no organisation) or OWN to one member organisation. */
@Entity('goals')
@Check('ck_goals_scope_organization', `("scope" = 'SHARED') = ("organization_id" IS NULL)`)
export class GoalEntity extends VersionedRecord {
  @Index('ix_goals_cohort_id')
  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_goals_cohort' })
  cohort?: CohortEntity;

  @Column({ type: 'enum', enum: GoalScope, enumName: 'goal_scope' })
  scope: GoalScope;

  /** The organisation of an OWN goal; null for a SHARED one. */
  @Index('ix_goals_organization_id')
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_goals_organization' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** A term of the FOCUS_AREA vocabulary. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  focusArea: string | null;
}
