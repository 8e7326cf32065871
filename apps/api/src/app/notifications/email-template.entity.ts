import { Language, TemplateKind } from '@markt/shared';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';

/** An admin's version of a template for one event and language; the built-in default applies otherwise. */
@Entity('email_templates')
@Index('UQ_email_templates_event_kind_language', ['eventId', 'kind', 'language'], { unique: true })
export class EmailTemplate extends BaseEntity {
  @Column({ type: 'varchar', length: 36 })
  eventId!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: TemplateKind;

  @Column({ type: 'varchar', length: 2 })
  language!: Language;

  @Column({ type: 'varchar', length: 200 })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;
}
