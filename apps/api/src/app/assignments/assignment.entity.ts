import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Application } from '../applications/application.entity';
import { BaseEntity } from '../database/base.entity';
import { StandEntity } from '../floor-plan/stand.entity';

/**
 * An application on a stand. The database itself keeps the rules under concurrent edits:
 * an application has one row at most, and a stand's places (slots below its capacity) are unique.
 */
@Entity('assignments')
@Index('UQ_assignments_stand_slot', ['standId', 'slot'], { unique: true })
export class Assignment extends BaseEntity {
  @Index('IDX_assignments_eventId')
  @Column({ type: 'varchar', length: 36 })
  eventId!: string;

  @Column({ type: 'varchar', length: 36 })
  standId!: string;

  @ManyToOne(() => StandEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'standId' })
  stand?: StandEntity;

  @Index('UQ_assignments_applicationId', { unique: true })
  @Column({ type: 'varchar', length: 36 })
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'applicationId' })
  application?: Application;

  /** Which of the stand's places, 0 … capacity − 1. */
  @Column({ type: 'integer' })
  slot!: number;
}
