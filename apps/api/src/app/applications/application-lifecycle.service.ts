import { ConflictException, Injectable } from '@nestjs/common';
import {
  ApplicationStatus,
  INITIAL_STATUS,
  LifecycleAction,
  LifecycleContext,
  nextStatus,
  Role,
  transitionOf,
  transitionRefusal,
  TransitionRefusal,
} from '@markt/shared';
import { EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditService } from '../audit/audit.service';
import { Application } from './application.entity';

/** Who takes a transition. */
export interface LifecycleActor {
  id: string;
  role: Role;
}

const REFUSAL_MESSAGES: Record<TransitionRefusal, (action: LifecycleAction, status: ApplicationStatus) => string> = {
  invalid_transition: (action, status) => `Cannot ${action} an application that is ${status}`,
  not_permitted: (action) => `Your role may not ${action} an application`,
  deadline_passed: () => 'The application deadline has passed',
  event_over: () => 'The event is over',
  not_enough_reviews: () => 'Not enough reviews for a decision',
};

export function refusalMessage(refusal: TransitionRefusal, action: LifecycleAction, status: ApplicationStatus): string {
  return REFUSAL_MESSAGES[refusal](action, status);
}

export function concurrentChange(): ConflictException {
  return new ConflictException({
    code: 'concurrent_change',
    message: 'The application was changed at the same time; reload it and try again',
  });
}

/**
 * The only writer of an application's status: every change is checked against the lifecycle table of
 * `@markt/shared` and written as a conditional update (`WHERE id = ? AND status = <the status it was checked
 * in>`), together with its audit entry, so two parallel requests can never both move the same application.
 */
@Injectable()
export class ApplicationLifecycle {
  constructor(private readonly audit: AuditService) {}

  /** Refuses with 409 and the table's reason when `actor` may not take `action` now. */
  assert(action: LifecycleAction, application: Application, actor: LifecycleActor, ctx: LifecycleContext): void {
    const refusal = transitionRefusal(action, application.status, actor.role, ctx);
    if (refusal) {
      throw new ConflictException({ code: refusal, message: refusalMessage(refusal, action, application.status) });
    }
  }

  /** A new application, in the status the lifecycle starts with. */
  async create(manager: EntityManager, fields: Partial<Application>, actor: LifecycleActor): Promise<Application> {
    const repo = manager.getRepository(Application);
    const saved = await repo.save(repo.create({ ...fields, status: INITIAL_STATUS }));
    await this.audit.record(
      { entityType: 'application', entityId: saved.id, actorId: actor.id, action: 'created', toStatus: saved.status },
      manager,
    );
    return saved;
  }

  /**
   * Checks and takes the transition with the fields that go with it, recording it in the audit log (call
   * inside a transaction). Someone who moved the application in the meantime wins: this one gets 409.
   */
  async transition(
    manager: EntityManager,
    application: Application,
    action: LifecycleAction,
    actor: LifecycleActor,
    ctx: LifecycleContext,
    changes: Partial<Application> = {},
  ): Promise<Application> {
    const moved = await this.transitionIfUnchanged(manager, application, action, actor, ctx, changes);
    if (!moved) throw concurrentChange();
    return moved;
  }

  /** Like `transition`, but someone else having moved the application first is no error: it answers null. */
  async transitionIfUnchanged(
    manager: EntityManager,
    application: Application,
    action: LifecycleAction,
    actor: LifecycleActor,
    ctx: LifecycleContext,
    changes: Partial<Application> = {},
  ): Promise<Application | null> {
    this.assert(action, application, actor, ctx);
    const from = application.status;
    const to = nextStatus(action, from, ctx) as ApplicationStatus;
    const result = await manager
      .getRepository(Application)
      .update({ id: application.id, status: from }, { ...changes, status: to } as QueryDeepPartialEntity<Application>);
    if (result.affected !== 1) return null;
    await this.audit.record(
      {
        entityType: 'application',
        entityId: application.id,
        actorId: actor.id,
        action: transitionOf(action).audit,
        fromStatus: from,
        toStatus: to,
      },
      manager,
    );
    return Object.assign(application, changes, { status: to });
  }
}
