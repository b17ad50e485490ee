import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A request for a reset link, written the same way whether or not an account has the address, so the
 * answer takes as long either way. The worker looks the account up and deletes the row: when an
 * active account has the address it becomes a PasswordResetEntity with the same id.
 */
@Entity('password_reset_requests')
export class PasswordResetRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Normalised, as typed; not necessarily anyone's. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
