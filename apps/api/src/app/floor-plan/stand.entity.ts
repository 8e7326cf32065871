import { Rotation } from '@markt/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { Event } from '../events/event.entity';

@Entity('stands')
@Check('CHK_stands_capacity', `"capacity" >= 1`)
// The target of the assignments' (standId, standCapacity) foreign key, see `Assignment`.
@Index('UQ_stands_id_capacity', ['id', 'capacity'], { unique: true })
export class StandEntity extends BaseEntity {
  @Index('IDX_stands_eventId')
  @Column({ type: 'varchar', length: 36 })
  eventId!: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId' })
  event?: Event;

  @Column({ type: 'varchar', length: 10 }) number!: string;
  @Column({ type: 'real' }) x!: number;
  @Column({ type: 'real' }) y!: number;
  @Column({ type: 'real' }) width!: number;
  @Column({ type: 'real' }) depth!: number;
  @Column({ type: 'integer' }) rotation!: Rotation;
  @Column({ type: 'boolean' }) hasPower!: boolean;
  @Column({ type: 'boolean' }) stepFree!: boolean;
  @Column({ type: 'integer' }) capacity!: number;
  @Column({ type: 'text', nullable: true }) notes!: string | null;
}
