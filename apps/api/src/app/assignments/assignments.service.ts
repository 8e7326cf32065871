import { lockEvent } from '../database/row-lock';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SolverExhibitor, SolverResult, suggestInSlices } from '@markt/assignment-solver';
import {
  AssignmentConflict,
  AssignmentConflictKind,
  AssignmentDto,
  AssignmentsView,
  ERROR_CODES,
  HOLDS_PLACE,
  PlacementCandidate,
  Role,
  SuggestionDto,
} from '@markt/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { Application } from '../applications/application.entity';
import { DataChanges } from '../database/data-changes';
import { VersionedCache } from '../database/versioned-cache';
import { EventsService } from '../events/events.service';
import { StandEntity } from '../floor-plan/stand.entity';
import { Assignment } from './assignment.entity';
import { SuggestionControl } from './suggestion-stream';

function toCandidate(a: Application): PlacementCandidate {
  return {
    applicationId: a.id,
    organisationName: a.organisationName,
    projectTitle: a.projectTitle,
    status: a.status,
    needsPower: !!a.needsPower,
    needsStepFreeAccess: !!a.needsStepFreeAccess,
    standWidth: a.standWidth,
    topics: a.topics ?? [],
    hasHandsOnOffer: !!a.hasHandsOnOffer,
    otherWishes: [a.otherWishes, a.shareStandWith].filter(Boolean).join(' · ') || null,
    publicationConsent: !!a.publicationConsent,
  };
}

/** Hard needs a stand fails for an application, as the assignment screen lists them. */
function conflictsOf(application: Application, stand: StandEntity, load: number): AssignmentConflictKind[] {
  const kinds: AssignmentConflictKind[] = [];
  if (!HOLDS_PLACE.includes(application.status)) kinds.push(AssignmentConflictKind.NotAccepted);
  if (application.needsPower && !stand.hasPower) kinds.push(AssignmentConflictKind.NeedsPower);
  if (application.needsStepFreeAccess && !stand.stepFree) kinds.push(AssignmentConflictKind.NotStepFree);
  if (application.standWidth && application.standWidth > stand.width) kinds.push(AssignmentConflictKind.TooSmall);
  if (load > stand.capacity) kinds.push(AssignmentConflictKind.OverCapacity);
  return kinds;
}

/** An organisation name as wishes mention it: without the demo marker, lower case. */
function nameCore(name: string): string {
  return name
    .replace(/\(fiktiv\)/i, '')
    .trim()
    .toLocaleLowerCase('de');
}

/**
 * "neben Verein X" in each application's wishes, matched against the other exhibitors' organisation names:
 * the ids each one wishes to stand next to. Every name is prepared once (not once per pair).
 */
function wishedNeighbours(applications: WishFields[]): Map<string, string[]> {
  const names = applications
    .filter((o) => o.organisationName)
    .map((o) => ({ id: o.id, core: nameCore(o.organisationName as string) }));
  const wishes = new Map<string, string[]>();
  for (const application of applications) {
    const wish = [application.otherWishes, application.shareStandWith]
      .filter(Boolean)
      .join(' ')
      .toLocaleLowerCase('de');
    if (!wish) continue;
    wishes.set(
      application.id,
      names.filter((o) => o.id !== application.id && wish.includes(o.core)).map((o) => o.id),
    );
  }
  return wishes;
}

type WishFields = Pick<Application, 'id' | 'organisationName' | 'otherWishes' | 'shareStandWith'>;

/** The columns the assignment screen and the solver read of an application (not the whole application). */
const CANDIDATE_COLUMNS = {
  id: true,
  organisationName: true,
  projectTitle: true,
  status: true,
  needsPower: true,
  needsStepFreeAccess: true,
  standWidth: true,
  topics: true,
  hasHandsOnOffer: true,
  otherWishes: true,
  shareStandWith: true,
  publicationConsent: true,
} as const;

/** The columns the assignment rules read of a stand. */
const STAND_RULE_COLUMNS = {
  id: true,
  number: true,
  x: true,
  y: true,
  width: true,
  depth: true,
  rotation: true,
  hasPower: true,
  stepFree: true,
  capacity: true,
} as const;

/** Ids per `IN (…)` list and rows per multi-row insert: well below every driver's parameter limit. */
const IN_CHUNK = 500;
const INSERT_CHUNK = 200;

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_v, i) => items.slice(i * size, (i + 1) * size));
}

const notPlaceable = () =>
  new ConflictException({
    code: 'not_placeable',
    message: 'Only accepted or confirmed applications of this event get a stand',
  });
const standFull = (number: string) =>
  new ConflictException({
    code: 'stand_full',
    message: `Stand ${number} is full`,
  });
const notPlaced = () =>
  new ConflictException({
    code: 'not_placed',
    message: 'The other application has no stand (any more)',
  });
const changed = () =>
  new ConflictException({
    code: ERROR_CODES.conflict,
    message: 'The assignments changed meanwhile',
  });
const standNotFound = () =>
  new NotFoundException({
    code: ERROR_CODES.notFound,
    message: 'Stand not found',
  });

/**
 * How long the assignment screen's view is answered from memory at most while this process wrote nothing
 * (another API instance's changes show within it); a write here makes it stale at once.
 */
const VIEW_MAX_AGE_MS = 2_000;

@Injectable()
export class AssignmentsService {
  private readonly views: VersionedCache<AssignmentsView>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
    changes: DataChanges,
  ) {
    this.views = new VersionedCache(changes, { maxAgeMs: VIEW_MAX_AGE_MS, maxEntries: 8 });
  }

  /** The view for `GET`, read once per change (every write answers with a fresh `view` of its own). */
  cachedView(eventId: string): Promise<AssignmentsView> {
    return this.views.get(eventId, () => this.view(eventId));
  }

  async view(eventId: string, manager: EntityManager = this.dataSource.manager): Promise<AssignmentsView> {
    // One after another: inside a transaction these share one PostgreSQL client, which runs one query at a time.
    const assignments = await manager.getRepository(Assignment).find({
      select: { standId: true, applicationId: true, slot: true },
      where: { eventId },
      order: { slot: 'ASC' },
    });
    const stands = await manager.getRepository(StandEntity).find({ select: STAND_RULE_COLUMNS, where: { eventId } });
    const placeable = await manager
      .getRepository(Application)
      .find({ select: CANDIDATE_COLUMNS, where: { eventId, status: In([...HOLDS_PLACE]) } });
    const placedIds = new Set(assignments.map((a) => a.applicationId));
    const placeableIds = new Set(placeable.map((p) => p.id));
    // Placed applications that are no longer accepted (e.g. withdrawn) still show, with their conflict.
    const staleIds = assignments.map((a) => a.applicationId).filter((id) => !placeableIds.has(id));
    const stale = staleIds.length
      ? await manager.getRepository(Application).find({ select: CANDIDATE_COLUMNS, where: { id: In(staleIds) } })
      : [];
    const applications = new Map([...placeable, ...stale].map((a) => [a.id, a]));
    const standById = new Map(stands.map((s) => [s.id, s]));
    const load = new Map<string, number>();
    for (const a of assignments) load.set(a.standId, (load.get(a.standId) ?? 0) + 1);

    const conflicts: AssignmentConflict[] = assignments.flatMap((a) => {
      const application = applications.get(a.applicationId);
      const stand = standById.get(a.standId);
      if (!application || !stand) return [];
      return conflictsOf(application, stand, load.get(stand.id) ?? 0).map((kind) => ({
        standId: stand.id,
        applicationId: application.id,
        kind,
      }));
    });
    return {
      assignments: assignments.map(({ standId, applicationId }) => ({
        standId,
        applicationId,
      })),
      unplaced: placeable.filter((a) => !placedIds.has(a.id)).map(toCandidate),
      candidates: [...applications.values()].map(toCandidate),
      conflicts,
    };
  }

  /** Puts an application on a stand, moving it if it stood elsewhere. */
  async assign(eventId: string, standId: string, applicationId: string): Promise<AssignmentsView> {
    await this.events.get(eventId, Role.Admin);
    return this.dataSource.transaction(async (manager) => {
      await lockEvent(manager, eventId);
      await this.place(manager, eventId, standId, applicationId);
      return this.view(eventId, manager);
    });
  }

  async unassign(eventId: string, standId: string, applicationId?: string): Promise<AssignmentsView> {
    await this.events.get(eventId, Role.Admin);
    await this.dataSource
      .getRepository(Assignment)
      .delete({ eventId, standId, ...(applicationId && { applicationId }) });
    return this.view(eventId);
  }

  async swap(eventId: string, a: string, b: string): Promise<AssignmentsView> {
    await this.events.get(eventId, Role.Admin);
    return this.dataSource.transaction(async (manager) => {
      await lockEvent(manager, eventId);
      const standA = await this.stand(manager, eventId, a);
      const standB = await this.stand(manager, eventId, b);
      const repo = manager.getRepository(Assignment);
      const onA = await repo.findBy({ standId: a });
      const onB = await repo.findBy({ standId: b });
      if (onA.length > standB.capacity || onB.length > standA.capacity) {
        throw new ConflictException({
          code: 'stand_full',
          message: 'The other stand has fewer places',
        });
      }
      await repo.delete({ standId: In([a, b]) });
      await repo.save([
        ...onA.map((x, slot) =>
          repo.create({
            eventId,
            standId: b,
            standCapacity: standB.capacity,
            applicationId: x.applicationId,
            slot,
          }),
        ),
        ...onB.map((x, slot) =>
          repo.create({
            eventId,
            standId: a,
            standCapacity: standA.capacity,
            applicationId: x.applicationId,
            slot,
          }),
        ),
      ]);
      return this.view(eventId, manager);
    });
  }

  /**
   * `applicationId` takes the place (stand and slot) of `withApplicationId`, which takes the place
   * `applicationId` had, or none when it had none: what dropping a project onto a full stand means.
   * One transaction; each row is removed only where it was read, so a concurrent change fails it (409)
   * instead of putting anyone back where they were just taken away.
   */
  async exchange(eventId: string, applicationId: string, withApplicationId: string): Promise<AssignmentsView> {
    await this.events.get(eventId, Role.Admin);
    // With itself: nothing to change.
    if (applicationId === withApplicationId) return this.view(eventId);
    return this.dataSource.transaction(async (manager) => {
      await lockEvent(manager, eventId);
      const application = await manager.getRepository(Application).findOneBy({ id: applicationId, eventId });
      if (!application || !HOLDS_PLACE.includes(application.status)) throw notPlaceable();
      const repo = manager.getRepository(Assignment);
      const other = await repo.findOneBy({ eventId, applicationId: withApplicationId });
      if (!other) throw notPlaced();
      const own = await repo.findOneBy({ eventId, applicationId });
      for (const row of own ? [other, own] : [other]) {
        const removed = await repo.delete({ id: row.id, standId: row.standId, slot: row.slot });
        if (removed.affected === 0) throw changed();
      }
      const placeOf = (row: Assignment, id: string) =>
        repo.create({
          eventId,
          standId: row.standId,
          standCapacity: row.standCapacity,
          applicationId: id,
          slot: row.slot,
        });
      await repo.insert([placeOf(other, applicationId), ...(own ? [placeOf(own, withApplicationId)] : [])]);
      return this.view(eventId, manager);
    });
  }

  /**
   * Applies some or all placements of a suggestion: all of them or none. The placements are worked through
   * in order as `assign` would one by one (moving an application frees its place; the first one that fails
   * fails the whole request), but on the event's stands and assignments read once, and the result is written
   * with one delete and a few multi-row inserts instead of several statements per placement.
   */
  async apply(eventId: string, placements: AssignmentDto[]): Promise<AssignmentsView> {
    await this.events.get(eventId, Role.Admin);
    return this.dataSource.transaction(async (manager) => {
      await lockEvent(manager, eventId);
      const repo = manager.getRepository(Assignment);
      const stands = new Map(
        (
          await manager
            .getRepository(StandEntity)
            .find({ select: { id: true, number: true, capacity: true }, where: { eventId } })
        ).map((s) => [s.id, s]),
      );
      const ids = [...new Set(placements.map((p) => p.applicationId))];
      const placeable = new Set<string>();
      for (const chunk of chunks(ids, IN_CHUNK)) {
        const found = await manager
          .getRepository(Application)
          .find({ select: { id: true, status: true }, where: { id: In(chunk), eventId } });
        for (const a of found) if (HOLDS_PLACE.includes(a.status)) placeable.add(a.id);
      }
      const before = await repo.find({
        select: { applicationId: true, standId: true, slot: true },
        where: { eventId },
      });
      const placed = new Map(before.map((a) => [a.applicationId, { standId: a.standId, slot: a.slot }]));
      const taken = new Map<string, Set<number>>();
      const slotsOf = (standId: string) => {
        let slots = taken.get(standId);
        if (!slots) taken.set(standId, (slots = new Set()));
        return slots;
      };
      for (const a of before) slotsOf(a.standId).add(a.slot);

      for (const { standId, applicationId } of placements) {
        const stand = stands.get(standId);
        if (!stand) throw standNotFound();
        if (!placeable.has(applicationId)) throw notPlaceable();
        const previous = placed.get(applicationId);
        if (previous) slotsOf(previous.standId).delete(previous.slot);
        const slots = slotsOf(standId);
        const slot = Array.from({ length: stand.capacity }, (_v, i) => i).find((i) => !slots.has(i));
        if (slot === undefined) throw standFull(stand.number);
        slots.add(slot);
        placed.set(applicationId, { standId, slot });
      }

      const unchanged = (a: Assignment) => {
        const now = placed.get(a.applicationId);
        return now?.standId === a.standId && now.slot === a.slot;
      };
      const kept = new Set(before.filter(unchanged).map((a) => a.applicationId));
      const moved = before.filter((a) => !kept.has(a.applicationId)).map((a) => a.applicationId);
      for (const chunk of chunks(moved, IN_CHUNK)) await repo.delete({ eventId, applicationId: In(chunk) });
      const rows = [...placed]
        .filter(([applicationId]) => !kept.has(applicationId))
        .map(([applicationId, { standId, slot }]) =>
          repo.create({
            eventId,
            standId,
            standCapacity: stands.get(standId)?.capacity,
            applicationId,
            slot,
          }),
        );
      // Two admins racing for the same places: the unique indexes let one win (409 for the other).
      for (const chunk of chunks(rows, INSERT_CHUNK)) await repo.insert(chunk);
      return this.view(eventId, manager);
    });
  }

  /** A preview: existing placements stay locked, nothing is written. */
  /**
   * The search runs in slices, so other requests are answered meanwhile; `control` receives its progress
   * and can stop it early (the answer is then the best layout found so far).
   */
  async suggest(eventId: string, seed = 1, control: SuggestionControl = {}): Promise<SuggestionDto> {
    await this.events.get(eventId, Role.Admin);
    const manager = this.dataSource.manager;
    const [stands, applications, assignments] = await Promise.all([
      manager.getRepository(StandEntity).find({ select: STAND_RULE_COLUMNS, where: { eventId } }),
      manager
        .getRepository(Application)
        .find({ select: CANDIDATE_COLUMNS, where: { eventId, status: In([...HOLDS_PLACE]) } }),
      manager.getRepository(Assignment).find({ select: { standId: true, applicationId: true }, where: { eventId } }),
    ]);
    const wishes = wishedNeighbours(applications);
    const exhibitors: SolverExhibitor[] = applications.map((a) => ({
      id: a.id,
      needsPower: !!a.needsPower,
      needsStepFree: !!a.needsStepFreeAccess,
      width: a.standWidth,
      topics: a.topics ?? [],
      loud: !!a.hasHandsOnOffer,
      wishes: wishes.get(a.id) ?? [],
    }));
    const exhibitorIds = new Set(exhibitors.map((e) => e.id));
    const onProgress = control.onProgress;
    const result = await suggestInSlices(
      {
        stands,
        exhibitors,
        locked: assignments
          .filter((a) => exhibitorIds.has(a.applicationId))
          .map((a) => ({ standId: a.standId, exhibitorId: a.applicationId })),
        seed,
        onProgress:
          onProgress &&
          (({ work, budget, score, bestSoFar }) =>
            onProgress({ work, budget, score, bestSoFar: () => toSuggestion(bestSoFar()) })),
      },
      { signal: control.signal },
    );
    return toSuggestion(result);
  }

  private async place(manager: EntityManager, eventId: string, standId: string, applicationId: string): Promise<void> {
    const stand = await this.stand(manager, eventId, standId);
    const application = await manager.getRepository(Application).findOneBy({ id: applicationId, eventId });
    if (!application || !HOLDS_PLACE.includes(application.status)) throw notPlaceable();
    const repo = manager.getRepository(Assignment);
    await repo.delete({ applicationId });
    const taken = new Set((await repo.findBy({ standId })).map((a) => a.slot));
    const slot = Array.from({ length: stand.capacity }, (_v, i) => i).find((i) => !taken.has(i));
    if (slot === undefined) throw standFull(stand.number);
    // Two admins racing for the last place both pick the same slot: the unique index lets one win (409 for the other).
    await repo.insert(repo.create({ eventId, standId, standCapacity: stand.capacity, applicationId, slot }));
  }

  private async stand(manager: EntityManager, eventId: string, standId: string): Promise<StandEntity> {
    const stand = await manager.getRepository(StandEntity).findOneBy({ id: standId, eventId });
    if (!stand) throw standNotFound();
    return stand;
  }
}

/** The solver's answer as the API gives it: locked placements are not suggested again. */
function toSuggestion(result: SolverResult): SuggestionDto {
  return {
    placements: result.placements
      .filter((p) => !p.reasons.includes('locked'))
      .map((p) => ({
        standId: p.standId,
        applicationId: p.exhibitorId,
        reasons: p.reasons,
      })),
    score: result.score,
    unplaceable: result.unplaceable.map((u) => ({
      applicationId: u.exhibitorId,
      reasons: u.reasons,
    })),
  };
}
