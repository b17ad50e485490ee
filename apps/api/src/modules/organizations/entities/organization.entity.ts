import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationKind } from '@modellkommuner/shared';

@Entity('organizations')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** SCB code as text ("0126", "01") or "SKR". */
  @Index('uq_organizations_code', { unique: true })
  @Column({ type: 'varchar', length: 8 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200 })
  shortName: string;

  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  kind: OrganizationKind;

  @Index('ix_organizations_county_code')
  @Column({ type: 'varchar', length: 2, nullable: true })
  countyCode: string | null;

  @Column({ type: 'boolean', default: false })
  mentorEligible: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
