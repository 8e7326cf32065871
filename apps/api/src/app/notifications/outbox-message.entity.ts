import { OutboxStatus } from '@markt/shared';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';

/** Every message the system sends, kept so none is lost and admins can read what went out. */
@Entity('outbox_messages')
@Index('IDX_outbox_due', ['status', 'nextAttemptAt'])
export class OutboxMessage extends BaseEntity {
  @Column({ type: 'varchar', length: 254 })
  to!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  /** May hold SECRET_LINK where the secret goes in at delivery; staff never see the secret itself. */
  @Column({ type: 'text' })
  body!: string;

  /** A link with a secret (password reset, verification): only the recipient's mail carries it. */
  @Column({ type: 'text', nullable: true })
  secret!: string | null;

  @Column({ type: 'varchar', length: 20 })
  status!: OutboxStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: Date, nullable: true })
  nextAttemptAt!: Date | null;

  /** A worker's claim on the message, so two API instances never send it twice. */
  @Column({ type: Date, nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: Date, nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  applicationId!: string | null;
}
