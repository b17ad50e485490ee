import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import { LearningExampleEntity } from './learning-example.entity';

/** The organisations behind an example, in the order they are credited (several may co-author). */
@Entity('learning_example_organizations')
export class LearningExampleOrganizationEntity {
  @PrimaryColumn({ type: 'uuid' })
  exampleId: string;

  @PrimaryColumn({ type: 'uuid' })
  @Index('ix_learning_example_organizations_organization_id')
  organizationId: string;

  @ManyToOne(() => LearningExampleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'example_id', foreignKeyConstraintName: 'fk_learning_example_organizations_example' })
  example?: LearningExampleEntity;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_learning_example_organizations_organization' })
  organization?: OrganizationEntity;

  @Column({ type: 'int' })
  position: number;
}
