import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WorkingGroupRole } from '@modellkommuner/shared';
import { CohortMemberEntity } from './cohort-member.entity';

/** One person of a member organisation's working group (arbetsgrupp). Saved whole, per organisation. */
@Entity('working_group_members')
export class WorkingGroupMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_working_group_members_cohort_member_id')
  @Column({ type: 'uuid' })
  cohortMemberId: string;

  @ManyToOne(() => CohortMemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_member_id', foreignKeyConstraintName: 'fk_working_group_members_cohort_member' })
  cohortMember?: CohortMemberEntity;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  @Column({ type: 'enum', enum: WorkingGroupRole, enumName: 'working_group_role' })
  role: WorkingGroupRole;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'int' })
  position: number;
}
