import { BackgroundPlacement, FloorFeature } from '@markt/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { Event } from '../events/event.entity';

/** The room of an event's market: its size, background scan and fixed features. Stands are rows of their own. */
@Entity('floor_plans')
export class FloorPlan extends BaseEntity {
  @Index('UQ_floor_plans_eventId', { unique: true })
  @Column({ type: 'varchar', length: 36 })
  eventId!: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId' })
  event?: Event;

  @Column({ type: 'real' }) width!: number;
  @Column({ type: 'real' }) depth!: number;
  @Column({ type: 'simple-json', nullable: true }) outline!: [number, number][] | null;
  /** Where the scan lies; `null` hides it. */
  @Column({ type: 'simple-json', nullable: true })
  background!: BackgroundPlacement | null;
  /** The scan's file name under `<DATA_DIR>/uploads/backgrounds/`. */
  @Column({ type: 'varchar', length: 100, nullable: true }) backgroundFile!: string | null;
  @Column({ type: 'simple-json' }) features!: FloorFeature[];

  /** Optimistic locking: every save must name the version it started from. */
  @Column({ type: 'integer' }) version!: number;
}
