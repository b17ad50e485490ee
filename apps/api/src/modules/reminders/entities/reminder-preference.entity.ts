import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ReminderKind } from '@modellkommuner/shared';
import { UserEntity } from '../../users/entities/user.entity';

/** A user's choice of e-mail for one kind of reminder. No row: the default (e-mail on). */
@Entity('reminder_preferences')
export class ReminderPreferenceEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_reminder_preferences_user' })
  user?: UserEntity;

  @PrimaryColumn({ type: 'enum', enum: ReminderKind, enumName: 'reminder_kind' })
  kind: ReminderKind;

  @Column({ type: 'boolean' })
  email: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
