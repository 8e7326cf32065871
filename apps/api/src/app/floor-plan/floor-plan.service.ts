import { lockEvent } from '../database/row-lock';
import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FieldError, FloorPlanDto, PlanIssue, planIssues, Role } from '@markt/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { Assignment } from '../assignments/assignment.entity';
import { validationFailed } from '../common/validation';
import { DataChanges } from '../database/data-changes';
import { VersionedCache } from '../database/versioned-cache';
import { EventsService } from '../events/events.service';
import { placementOf, toBackgroundImage } from './background-storage';
import { FloorPlanBodyDto } from './dto/floor-plan.dto';
import { FloorPlan } from './floor-plan.entity';
import { StandEntity } from './stand.entity';

/** What a plan save compares of a stand to tell whether it changed. */
const STAND_COLUMNS = [
  'number',
  'x',
  'y',
  'width',
  'depth',
  'rotation',
  'hasPower',
  'stepFree',
  'capacity',
  'notes',
] as const satisfies readonly (keyof StandEntity)[];
/** New stands per multi-row INSERT. */
const INSERT_CHUNK = 200;
/**
 * How long a plan is answered from memory at most while this process wrote nothing (another API
 * instance's save shows within it); a write here makes it stale at once.
 */
const PLAN_MAX_AGE_MS = 2_000;

/** A new event's room until an admin draws one: a plain hall. */
export const EMPTY_ROOM = { width: 30, depth: 20 };

export function toStand(s: StandEntity) {
  return {
    id: s.id,
    number: s.number,
    x: s.x,
    y: s.y,
    width: s.width,
    depth: s.depth,
    rotation: s.rotation,
    hasPower: s.hasPower,
    stepFree: s.stepFree,
    capacity: s.capacity,
    ...(s.notes && { notes: s.notes }),
  };
}

@Injectable()
export class FloorPlanService {
  /** Plans as `get` answers them, read once per change (a save answers with a fresh `load` of its own). */
  private readonly plans: VersionedCache<FloorPlanDto & { issues: PlanIssue[] }>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
    changes: DataChanges,
  ) {
    this.plans = new VersionedCache(changes, { maxAgeMs: PLAN_MAX_AGE_MS, maxEntries: 8 });
  }

  async get(eventId: string, viewerRole: Role | undefined): Promise<FloorPlanDto & { issues: PlanIssue[] }> {
    await this.events.get(eventId, viewerRole);
    return this.plans.get(eventId, () => this.load(this.dataSource.manager, eventId));
  }

  stands(eventId: string, manager: EntityManager = this.dataSource.manager): Promise<StandEntity[]> {
    return manager.getRepository(StandEntity).find({ where: { eventId }, order: { createdAt: 'ASC', number: 'ASC' } });
  }

  /**
   * Saves the whole plan at once. The version check makes a concurrent save by someone else fail
   * with 409 instead of being overwritten; stands that hold an assignment cannot disappear or shrink below it.
   */
  async save(eventId: string, input: FloorPlanBodyDto): Promise<FloorPlanDto & { issues: PlanIssue[] }> {
    await this.events.get(eventId, Role.Admin);
    this.assertValid(input);
    return this.dataSource.transaction(async (manager) => {
      await lockEvent(manager, eventId);
      const plans = manager.getRepository(FloorPlan);
      const existing = await plans.findOneBy({ eventId });
      const content = {
        width: input.width,
        depth: input.depth,
        outline: input.outline ?? null,
        background: input.background ? placementOf(input.background) : null,
        features: input.features,
      };
      if (existing) {
        const result = await plans.update(
          { id: existing.id, version: input.version },
          { ...content, version: input.version + 1 },
        );
        if (result.affected !== 1) throw this.versionConflict();
      } else {
        if (input.version !== 0) throw this.versionConflict();
        // A concurrent first save hits the unique event id and fails the same way (409).
        await plans.insert(plans.create({ ...content, eventId, version: 1 }));
      }
      await this.saveStands(manager, eventId, input);
      return this.load(manager, eventId);
    });
  }

  private async saveStands(manager: EntityManager, eventId: string, input: FloorPlanBodyDto): Promise<void> {
    const repo = manager.getRepository(StandEntity);
    const current = await repo.findBy({ eventId });
    const known = new Set(current.map((s) => s.id));
    const unknown = input.stands
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => s.id && !known.has(s.id))
      .map(
        ({ i }): FieldError => ({
          field: `stands.${i}.id`,
          code: 'unknownStand',
          message: 'Not a stand of this plan',
        }),
      );
    if (unknown.length > 0) throw validationFailed(unknown);

    const load = new Map<string, number>();
    for (const a of await manager.getRepository(Assignment).findBy({ eventId }))
      load.set(a.standId, (load.get(a.standId) ?? 0) + 1);
    const kept = new Set(input.stands.map((s) => s.id).filter(Boolean));
    const removedInUse = current.filter((s) => !kept.has(s.id) && load.has(s.id)).map((s) => s.number);
    if (removedInUse.length > 0) {
      throw new ConflictException({
        code: 'stand_in_use',
        message: 'Stands with exhibitors cannot be removed',
        params: { numbers: removedInUse.join(', ') },
      });
    }
    const shrunk = input.stands.filter((s) => s.id && (load.get(s.id) ?? 0) > s.capacity).map((s) => s.number);
    if (shrunk.length > 0) {
      throw new ConflictException({
        code: 'stand_over_capacity',
        message: 'Capacity below the assigned exhibitors',
        params: { numbers: shrunk.join(', ') },
      });
    }
    const removed = current.filter((s) => !kept.has(s.id)).map((s) => s.id);
    if (removed.length > 0) await repo.delete({ id: In(removed) });
    // Written against the rows read above: an UPDATE per stand that changed, multi-row INSERTs for new
    // ones. (`repo.save` would read all of them again and compare each; a 1,000-stand plan mostly comes
    // back unchanged but for a few moved stands.)
    const byId = new Map(current.map((s) => [s.id, s]));
    const added: StandEntity[] = [];
    for (const stand of input.stands) {
      const { id: _id, ...values } = { ...stand, notes: stand.notes ?? null };
      const existing = stand.id ? byId.get(stand.id) : undefined;
      if (!existing) {
        added.push(repo.create({ ...values, eventId }));
      } else if (STAND_COLUMNS.some((column) => existing[column] !== values[column])) {
        await repo.update({ id: existing.id }, values);
      }
    }
    for (let i = 0; i < added.length; i += INSERT_CHUNK) await repo.insert(added.slice(i, i + INSERT_CHUNK));
  }

  private assertValid(input: FloorPlanBodyDto): void {
    const errors: FieldError[] = [];
    if (
      input.outline?.some(
        (p) => !Array.isArray(p) || p.length !== 2 || !p.every((n) => typeof n === 'number' && Number.isFinite(n)),
      )
    ) {
      errors.push({
        field: 'outline',
        code: 'invalidOutline',
        message: 'The outline is a list of [x, y] points',
      });
    }
    // Only the repeated numbers block a save (counted here; the other issues are reported with the plan).
    const seen = new Map<string, number>();
    for (const { number } of input.stands) seen.set(number, (seen.get(number) ?? 0) + 1);
    for (const [number, count] of seen) {
      if (count < 2) continue;
      errors.push({
        field: 'stands',
        code: 'duplicateNumber',
        params: { number },
        message: `Stand number ${number} is used twice`,
      });
    }
    if (errors.length > 0) throw validationFailed(errors);
  }

  private async load(manager: EntityManager, eventId: string): Promise<FloorPlanDto & { issues: PlanIssue[] }> {
    const plan = await manager.getRepository(FloorPlan).findOneBy({ eventId });
    const stands = (await this.stands(eventId, manager)).map(toStand);
    const dto: FloorPlanDto = {
      eventId,
      width: plan?.width ?? EMPTY_ROOM.width,
      depth: plan?.depth ?? EMPTY_ROOM.depth,
      ...(plan?.outline && { outline: plan.outline }),
      background: toBackgroundImage(plan),
      features: plan?.features ?? [],
      stands,
      version: plan?.version ?? 0,
      updatedAt: plan?.updatedAt.toISOString() ?? null,
    };
    return { ...dto, issues: planIssues(dto) };
  }

  private versionConflict(): ConflictException {
    return new ConflictException({
      code: 'version_conflict',
      message: 'Someone else saved the plan in the meantime',
    });
  }
}
