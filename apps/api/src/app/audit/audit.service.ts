import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditEntryDto } from '@markt/shared';
import { EntityManager, Repository } from 'typeorm';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  entityType: 'application' | 'user' | 'event';
  entityId: string;
  actorId: string | null;
  action: string;
  fromStatus?: string | null;
  toStatus?: string | null;
}

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEntry)
    private readonly entries: Repository<AuditEntry>,
  ) {}

  /** Pass the transaction's manager so the entry commits or rolls back with the change it records. */
  async record(record: AuditRecord, manager: EntityManager = this.entries.manager): Promise<void> {
    await manager
      .getRepository(AuditEntry)
      .save(manager.getRepository(AuditEntry).create({ fromStatus: null, toStatus: null, ...record }));
  }

  async forEntity(entityType: string, entityId: string): Promise<AuditEntryDto[]> {
    const rows = await this.entries.find({
      where: { entityType, entityId },
      order: { createdAt: 'ASC' },
    });
    return rows.map(toAuditEntryDto);
  }

  async byActor(actorId: string): Promise<AuditEntryDto[]> {
    const rows = await this.entries.find({
      where: { actorId },
      order: { createdAt: 'ASC' },
    });
    return rows.map(toAuditEntryDto);
  }

  /** Keeps the history of an account's applications but forgets who the account was. */
  async forgetActor(actorId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(AuditEntry).update({ actorId }, { actorId: null });
  }
}

export function toAuditEntryDto(entry: AuditEntry): AuditEntryDto {
  return {
    id: entry.id,
    entityType: entry.entityType,
    entityId: entry.entityId,
    actorId: entry.actorId,
    action: entry.action,
    fromStatus: entry.fromStatus,
    toStatus: entry.toStatus,
    createdAt: entry.createdAt.toISOString(),
  };
}
