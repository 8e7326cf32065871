import { Application } from '../applications/application.entity';
import { User } from '../users/user.entity';
import { ApplicationFields } from '@markt/shared';
import { BeforeInsert, BeforeUpdate, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { reviewTotal } from './review-math';

/** One reviewer's assessment of one application; a reviewer has at most one per application and may revise it. */
@Entity('reviews')
@Index('UQ_reviews_application_reviewer', ['applicationId', 'reviewerId'], {
  unique: true,
})
@Index('IDX_reviews_application_total', ['applicationId', 'conflictOfInterest', 'total'])
export class Review extends BaseEntity {
  @Column({ type: 'varchar', length: 36 })
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'applicationId' })
  application?: Application;

  /** Null once the reviewer's account was deleted; the review still counts. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  reviewerId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reviewerId' })
  reviewer?: User;

  @Column({ type: 'varchar', length: 120 })
  reviewerName!: string;

  /** One score per criterion of the event, in its order; null for a conflict of interest. */
  @Column({ type: 'simple-json', nullable: true })
  scores!: number[] | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ type: 'boolean', default: false })
  conflictOfInterest!: boolean;

  /** The mean of the scores, kept with them so the staff list averages in SQL; null with a conflict. */
  @Column({ type: 'real', nullable: true })
  total!: number | null;

  @BeforeInsert()
  @BeforeUpdate()
  keepTotal(): void {
    this.total = this.conflictOfInterest ? null : reviewTotal(this.scores);
  }

  /** The application as the reviewer saw it, to show what changed since. */
  @Column({ type: 'simple-json' })
  snapshot!: ApplicationFields;
}
