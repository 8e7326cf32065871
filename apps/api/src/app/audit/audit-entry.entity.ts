import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { IdEntity } from '../database/base.entity';

/** Who changed the state of what, when, from which status to which. Written, never edited. */
@Entity('audit_log')
@Index('IDX_audit_log_entity', ['entityType', 'entityId'])
export class AuditEntry extends IdEntity {
  @Column({ type: 'varchar', length: 40 })
  entityType!: string;

  @Column({ type: 'varchar', length: 36 })
  entityId!: string;

  /** Null when the actor's account was deleted later, or for the system itself. */
  @Index('IDX_audit_log_actor')
  @Column({ type: 'varchar', length: 36, nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 40 })
  action!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  fromStatus!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  toStatus!: string | null;

  @CreateDateColumn()
  createdAt!: Date;
}
