import { Decision } from '@markt/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Application } from '../applications/application.entity';
import { BaseEntity } from '../database/base.entity';
import { Event } from '../events/event.entity';
import { User } from '../users/user.entity';

/** A decision an admin staged: invisible to the applicant until the event's pending decisions are released. */
@Entity('pending_decisions')
export class PendingDecision extends BaseEntity {
  @Index('IDX_pending_decisions_event')
  @Column({ type: 'varchar', length: 36 })
  eventId!: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId' })
  event?: Event;

  /** At most one per application, also under parallel requests. */
  @Index('UQ_pending_decisions_application', { unique: true })
  @Column({ type: 'varchar', length: 36 })
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'applicationId' })
  application?: Application;

  @Column({ type: 'varchar', length: 30 })
  decision!: Decision;

  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  stagedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'stagedById' })
  stagedBy?: User;
}
