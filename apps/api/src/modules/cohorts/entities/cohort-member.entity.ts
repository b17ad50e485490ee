import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MemberRole } from '@modellkommuner/shared';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import { CohortEntity } from './cohort.entity';

@Entity('cohort_members')
@Index('uq_cohort_members_cohort_organization', ['cohortId', 'organizationId'], { unique: true })
export class CohortMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_cohort_members_cohort' })
  cohort?: CohortEntity;

  @Index('ix_cohort_members_organization_id')
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_cohort_members_organization' })
  organization?: OrganizationEntity;

  @Column({ type: 'enum', enum: MemberRole, enumName: 'member_role' })
  role: MemberRole;

  @CreateDateColumn({ type: 'timestamptz' })
  joinedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: 'text', nullable: true })
  withdrawalReason: string | null;

  /**
   * The version of this organisation's working group (saved whole): `setWorkingGroup` names the one it
   * read and raises it by one (docs/api-conventions.md, "Versions").
   */
  @Column({ type: 'int', default: 1 })
  workingGroupVersion: number;
}
