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

/** "neben Verein X" in an application's wishes, matched against the other exhibitors' organisation names. */
function wishedNeighbours(application: Application, others: Application[]): string[] {
  const wish = [application.otherWishes, application.shareStandWith].filter(Boolean).join(' ').toLocaleLowerCase('de');
  if (!wish) return [];
  const core = (name: string) =>
    name
      .replace(/\(fiktiv\)/i, '')
      .trim()
      .toLocaleLowerCase('de');
  return others
    .filter((o) => o.id !== application.id && o.organisationName && wish.includes(core(o.organisationName)))
    .map((o) => o.id);
}

@Injectable()
export class AssignmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
  ) {}

  async view(eventId: string, manager: EntityManager = this.dataSource.manager): Promise<AssignmentsView> {
    const [assignments, stands, placeable] = await Promise.all([
      manager.getRepository(Assignment).find({ where: { eventId }, order: { slot: 'ASC' } }),
      manager.getRepository(StandEntity).findBy({ eventId }),
      manager.getRepository(Application).findBy({ eventId, status: In([...HOLDS_PLACE]) }),
    ]);
    const placedIds = new Set(assignments.map((a) => a.applicationId));
    // Placed applications that are no longer accepted (e.g. withdrawn) still show, with their conflict.
    const stale = await manager.getRepository(Application).findBy({
      id: In(assignments.map((a) => a.applicationId).filter((id) => !placeable.some((p) => p.id === id))),
    });
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
      const [standA, standB] = await Promise.all([this.stand(manager, eventId, a), this.stand(manager, eventId, b)]);
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

  /** Applies some or all placements of a suggestion: all of them or none. */
  async apply(eventId: string, placements: AssignmentDto[]): Promise<AssignmentsView> {
    await this.events.get(eventId, Role.Admin);
    return this.dataSource.transaction(async (manager) => {
      await lockEvent(manager, eventId);
      for (const { standId, applicationId } of placements) await this.place(manager, eventId, standId, applicationId);
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
      manager.getRepository(StandEntity).findBy({ eventId }),
      manager.getRepository(Application).findBy({ eventId, status: In([...HOLDS_PLACE]) }),
      manager.getRepository(Assignment).findBy({ eventId }),
    ]);
    const exhibitors: SolverExhibitor[] = applications.map((a) => ({
      id: a.id,
      needsPower: !!a.needsPower,
      needsStepFree: !!a.needsStepFreeAccess,
      width: a.standWidth,
      topics: a.topics ?? [],
      loud: !!a.hasHandsOnOffer,
      wishes: wishedNeighbours(a, applications),
    }));
    const onProgress = control.onProgress;
    const result = await suggestInSlices(
      {
        stands,
        exhibitors,
        locked: assignments
          .filter((a) => exhibitors.some((e) => e.id === a.applicationId))
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
    if (!application || !HOLDS_PLACE.includes(application.status)) {
      throw new ConflictException({
        code: 'not_placeable',
        message: 'Only accepted or confirmed applications of this event get a stand',
      });
    }
    const repo = manager.getRepository(Assignment);
    await repo.delete({ applicationId });
    const taken = new Set((await repo.findBy({ standId })).map((a) => a.slot));
    const slot = Array.from({ length: stand.capacity }, (_v, i) => i).find((i) => !taken.has(i));
    if (slot === undefined)
      throw new ConflictException({
        code: 'stand_full',
        message: `Stand ${stand.number} is full`,
      });
    // Two admins racing for the last place both pick the same slot: the unique index lets one win (409 for the other).
    await repo.insert(repo.create({ eventId, standId, standCapacity: stand.capacity, applicationId, slot }));
  }

  private async stand(manager: EntityManager, eventId: string, standId: string): Promise<StandEntity> {
    const stand = await manager.getRepository(StandEntity).findOneBy({ id: standId, eventId });
    if (!stand)
      throw new NotFoundException({
        code: ERROR_CODES.notFound,
        message: 'Stand not found',
      });
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
