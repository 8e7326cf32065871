import { EventStatus, ReviewCriterion } from '@markt/shared';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';

@Entity('events')
export class Event extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  /** YYYY-MM-DD: a calendar day at the venue, not an instant. */
  @Index('IDX_events_date')
  @Column({ type: 'varchar', length: 10 })
  date!: string;

  @Column({ type: 'varchar', length: 5 })
  startTime!: string;

  @Column({ type: 'varchar', length: 5 })
  endTime!: string;

  @Column({ type: 'varchar', length: 200 })
  venueName!: string;

  @Column({ type: 'varchar', length: 300 })
  venueAddress!: string;

  @Column()
  applicationOpensAt!: Date;

  @Column()
  applicationClosesAt!: Date;

  @Column({ type: 'integer' })
  standsPlanned!: number;

  @Column({ type: 'integer', default: 2 })
  minReviews!: number;

  @Column({ type: 'boolean', default: false })
  marketPublished!: boolean;

  @Column({ type: 'varchar', length: 20 })
  status!: EventStatus;

  @Column({ type: 'simple-json' })
  topics!: string[];

  @Column({ type: 'simple-json' })
  reviewCriteria!: ReviewCriterion[];

  /** Until when accepted applicants may update the people at their stand; null: the application deadline. */
  @Column({ type: Date, nullable: true })
  standDetailsDeadline!: Date | null;

  /** When retention removed the personal data of the event's applications; null until then. */
  @Column({ type: Date, nullable: true })
  personalDataRemovedAt!: Date | null;
}
