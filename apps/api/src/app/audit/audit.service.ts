import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditEntryDto, isStaff, Role } from '@markt/shared';
import { EntityManager, In, Repository } from 'typeorm';
import { User } from '../users/user.entity';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  entityType: 'application' | 'user' | 'event' | 'retention';
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

  /** An entity's history; staff see who acted, everyone else only in which role (never a user id). */
  async forEntity(entityType: string, entityId: string, viewer: { role: Role }): Promise<AuditEntryDto[]> {
    const rows = await this.entries.find({
      where: { entityType, entityId },
      order: { createdAt: 'ASC' },
    });
    return this.withRoles(rows, isStaff(viewer.role));
  }

  /** What an account did itself (for its data export). */
  async byActor(actorId: string): Promise<AuditEntryDto[]> {
    const rows = await this.entries.find({
      where: { actorId },
      order: { createdAt: 'ASC' },
    });
    return this.withRoles(rows, true);
  }

  private async withRoles(rows: AuditEntry[], showActor: boolean): Promise<AuditEntryDto[]> {
    const actorIds = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => !!id))];
    const users = actorIds.length ? await this.entries.manager.getRepository(User).findBy({ id: In(actorIds) }) : [];
    const roles = new Map(users.map((u) => [u.id, u.role]));
    return rows.map((entry) => ({
      id: entry.id,
      entityType: entry.entityType,
      entityId: entry.entityId,
      actorId: showActor ? entry.actorId : null,
      actorRole: entry.actorId ? (roles.get(entry.actorId) ?? null) : null,
      action: entry.action,
      fromStatus: entry.fromStatus,
      toStatus: entry.toStatus,
      createdAt: entry.createdAt.toISOString(),
    }));
  }

  /** Keeps the history of an account's applications but forgets who the account was. */
  async forgetActor(actorId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(AuditEntry).update({ actorId }, { actorId: null });
  }
}
