import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../database/base.entity';

/** A message sent through the feedback form of the accessibility statement (BITV NRW). */
@Entity('accessibility_feedback')
export class AccessibilityFeedback extends BaseEntity {
  @Column({ type: 'text' })
  message!: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  page!: string | null;
}
