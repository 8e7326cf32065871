import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DataSource,
  EntitySubscriberInterface,
  InsertEvent,
  RemoveEvent,
  SoftRemoveEvent,
  TransactionCommitEvent,
  UpdateEvent,
} from 'typeorm';
import { Application } from '../applications/application.entity';
import { Assignment } from '../assignments/assignment.entity';
import { Session } from '../auth/session.entity';
import { PendingDecision } from '../decisions/pending-decision.entity';
import { Event } from '../events/event.entity';
import { FloorPlan } from '../floor-plan/floor-plan.entity';
import { StandEntity } from '../floor-plan/stand.entity';
import { Review } from '../reviews/review.entity';
import { User } from '../users/user.entity';

/** What the in-memory read caches are built from: a write to any of these makes them stale. */
const WATCHED = new Set<unknown>([
  Event,
  Application,
  Review,
  PendingDecision,
  Assignment,
  StandEntity,
  FloorPlan,
  User,
]);
/** What a cached session lookup rests on: a login, logout, deactivation, role or password change. */
const ACCOUNTS = new Set<unknown>([User, Session]);

/** How a read cache learns that what it was built from may have changed. */
export interface Versioned {
  /** `DataChanges.version` when the build started. */
  version: number;
  /** `Date.now()` when the build started. */
  builtAt: number;
}

/**
 * A counter of this process's writes to the data the read caches (public market, assignments, plan) are built
 * from. Every insert, update and delete that goes through TypeORM — entity saves and query-builder writes
 * alike, whichever service makes them — moves it on, and so does every commit (a cache built while a
 * transaction was open read the state before it). A cache keeps the version it was built at and is stale
 * once the counter moved; writes of other processes (several API instances on one PostgreSQL database)
 * are not seen here, so each cache also has a maximum age.
 */
@Injectable()
export class DataChanges implements EntitySubscriberInterface {
  private counter = 0;
  private accountsCounter = 0;

  constructor(@InjectDataSource() dataSource: DataSource) {
    dataSource.subscribers.push(this);
  }

  get version(): number {
    return this.counter;
  }

  /** Like `version`, for the accounts and sessions only (the session lookup's cache). */
  get accountsVersion(): number {
    return this.accountsCounter;
  }

  /** A build of a cache, stamped now. */
  stamp(): Versioned {
    return { version: this.counter, builtAt: Date.now() };
  }

  /** Whether a cache built at `built` still holds: nothing written here since, and younger than `maxAgeMs`. */
  isCurrent(built: Versioned, maxAgeMs: number): boolean {
    return built.version === this.counter && Date.now() - built.builtAt < maxAgeMs;
  }

  /** Whether only age speaks against it (no write of this process since it was built). */
  onlyAged(built: Versioned): boolean {
    return built.version === this.counter;
  }

  private touched(target: unknown): void {
    if (WATCHED.has(target)) this.counter++;
    if (ACCOUNTS.has(target)) this.accountsCounter++;
  }

  afterInsert(event: InsertEvent<unknown>): void {
    this.touched(event.metadata.target);
  }

  afterUpdate(event: UpdateEvent<unknown>): void {
    this.touched(event.metadata.target);
  }

  afterRemove(event: RemoveEvent<unknown>): void {
    this.touched(event.metadata.target);
  }

  afterSoftRemove(event: SoftRemoveEvent<unknown>): void {
    this.touched(event.metadata.target);
  }

  afterTransactionCommit(_event: TransactionCommitEvent): void {
    this.counter++;
    this.accountsCounter++;
  }
}
