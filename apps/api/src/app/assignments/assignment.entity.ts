import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Application } from '../applications/application.entity';
import { BaseEntity } from '../database/base.entity';
import { StandEntity } from '../floor-plan/stand.entity';

/**
 * An application on a stand. The database itself keeps the rules under concurrent edits:
 * an application has one row at most, a stand's places are unique, and a place lies below the
 * stand's capacity — which each row carries through its foreign key, so a stand can neither be
 * over-filled nor shrunk below its exhibitors.
 */
@Entity('assignments')
@Check('CHK_assignments_slot', `"slot" >= 0 AND "slot" < "standCapacity"`)
@Index('UQ_assignments_stand_slot', ['standId', 'slot'], { unique: true })
export class Assignment extends BaseEntity {
  @Index('IDX_assignments_eventId')
  @Column({ type: 'varchar', length: 36 })
  eventId!: string;

  @Column({ type: 'varchar', length: 36 })
  standId!: string;

  /** The stand's capacity, kept current by the foreign key's ON UPDATE CASCADE. */
  @Column({ type: 'integer' })
  standCapacity!: number;

  @ManyToOne(() => StandEntity, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn([
    { name: 'standId', referencedColumnName: 'id' },
    { name: 'standCapacity', referencedColumnName: 'capacity' },
  ])
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
