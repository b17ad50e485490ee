import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CohortEntity } from '../../cohorts/entities/cohort.entity';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';

/**
 * The lineage of the network: the mentor organisation that led a mentee through a cohort the mentee
 * completed (approved ONE_YEAR report, cohort concluded). Recorded once per cohort and mentee.
 */
@Entity('mentor_edges')
@Index('uq_mentor_edges_cohort_mentee', ['cohortId', 'menteeOrganizationId'], { unique: true })
export class MentorEdgeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_mentor_edges_cohort' })
  cohort?: CohortEntity;

  @Index('ix_mentor_edges_mentor_organization_id')
  @Column({ type: 'uuid' })
  mentorOrganizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mentor_organization_id', foreignKeyConstraintName: 'fk_mentor_edges_mentor' })
  mentorOrganization?: OrganizationEntity;

  @Index('ix_mentor_edges_mentee_organization_id')
  @Column({ type: 'uuid' })
  menteeOrganizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mentee_organization_id', foreignKeyConstraintName: 'fk_mentor_edges_mentee' })
  menteeOrganization?: OrganizationEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
