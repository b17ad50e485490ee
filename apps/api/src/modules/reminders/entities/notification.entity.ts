import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ReminderKind } from '@modellkommuner/shared';
import { UserEntity } from '../../users/entities/user.entity';
import { ReminderEntity } from './reminder.entity';

/**
 * An in-app notification: one per (reminder, round, recipient). The unique key is the delivery record:
 * a retried or re-run job finds it and neither notifies nor mails that person again.
 */
@Entity('notifications')
@Index('uq_notifications_delivery', ['reminderId', 'generation', 'userId'], { unique: true })
@Index('ix_notifications_user_unread', ['userId', 'createdAt'], { where: 'read_at IS NULL' })
@Index('ix_notifications_user_created', ['userId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notifications_user' })
  user?: UserEntity;

  @Column({ type: 'uuid' })
  reminderId: string;

  @ManyToOne(() => ReminderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reminder_id', foreignKeyConstraintName: 'fk_notifications_reminder' })
  reminder?: ReminderEntity;

  @Column({ type: 'int' })
  generation: number;

  @Column({ type: 'enum', enum: ReminderKind, enumName: 'reminder_kind' })
  kind: ReminderKind;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  /** A path in the web app ("/cohorts/…"); the mail turns it into a full link. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  link: string | null;

  /** Whether this recipient was to get an e-mail (their preference when it was sent). */
  @Column({ type: 'boolean' })
  emailWanted: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
