import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserRole } from '@modellkommuner/shared';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import { UserEntity } from '../../users/entities/user.entity';

/** An invitation to an organisation. Only the hash of the newest mailed token is kept. */
@Entity('invitations')
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_invitations_email')
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Index('ix_invitations_organization_id')
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_invitations_organization' })
  organization?: OrganizationEntity;

  @Column({ type: 'enum', enum: UserRole, enumName: 'user_role' })
  role: UserRole;

  @Column({ type: 'uuid', nullable: true })
  invitedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_id', foreignKeyConstraintName: 'fk_invitations_invited_by' })
  invitedBy?: UserEntity | null;

  @Index('uq_invitations_token_hash', { unique: true })
  @Column({ type: 'char', length: 64, nullable: true })
  tokenHash: string | null;

  /** How many times it has been queued for mailing: 1 at creation, +1 per resend. */
  @Column({ type: 'int', default: 1 })
  sendCount: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
