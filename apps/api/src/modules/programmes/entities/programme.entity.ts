import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationKind } from '@modellkommuner/shared';

@Entity('programmes')
export class ProgrammeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('uq_programmes_name', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 500 })
  theme: string;

  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  organizationKind: OrganizationKind;

  @Column({ type: 'int', default: 2 })
  minMentees: number;

  @Column({ type: 'int', default: 3 })
  maxMentees: number;

  @Column({ type: 'int', default: 12 })
  followUpMonths: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
