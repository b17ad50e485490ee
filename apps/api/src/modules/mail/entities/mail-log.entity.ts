import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One row per delivered mail. The unique key makes a retried job skip a mail already accepted. */
@Entity('mail_log')
export class MailLogEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('uq_mail_log_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  key: string;

  @Column({ type: 'varchar', length: 50 })
  template: string;

  @Column({ type: 'varchar', length: 254 })
  recipient: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  messageId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt: Date;
}
