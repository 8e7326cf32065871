import { Injectable, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { AssignmentsView, AssignmentDto, PlacementCandidate } from '@markt/shared';
import { Observable, firstValueFrom, forkJoin, map } from 'rxjs';
import { toApiError } from '../../core/forms/server-errors';
import { I18nService, TranslationParams } from '../../core/i18n/i18n.service';
import { LoadState } from '../../events/events-loader';
import { FloorPlanService } from '../floor-plan.service';
import { Occupant } from '../../plan/plan-view/plan-view.model';
import { EditorStand, PlanState, stateFromDto } from '../plan-state';
import { DropPlan, planDrop } from './drop-plan';

/** What the page's live region says after an action. */
export interface Message {
  key: string;
  params?: TranslationParams;
  error?: boolean;
}

/** An exchange waiting for the user's yes or no. */
export type PendingExchange = Extract<DropPlan, { kind: 'exchange' }> & { answer: (yes: boolean) => void };

const EMPTY_VIEW: AssignmentsView = { assignments: [], unplaced: [], candidates: [], conflicts: [] };
const EMPTY_PLAN: PlanState = { width: 30, depth: 20, background: null, features: [], stands: [] };

const ERROR_KEYS: Record<string, string> = {
  stand_full: 'assign.errors.stand_full',
  not_placeable: 'assign.errors.not_placeable',
  not_placed: 'assign.errors.not_placed',
  conflict: 'assign.errors.changed',
  network: 'errors.network',
  forbidden: 'errors.forbidden',
  not_found: 'errors.notFound',
};

/** The assignment page's state: plan and assignments of one event, and every change to them. Provided by the page. */
@Injectable()
export class AssignmentStore {
  private readonly service = inject(FloorPlanService);
  private readonly i18n = inject(I18nService);

  readonly eventId = signal<string | undefined>(undefined);
  private readonly data = rxResource({
    params: () => this.eventId(),
    stream: ({ params: id }) =>
      forkJoin({ plan: this.service.getPlan(id).pipe(map(stateFromDto)), view: this.service.getAssignments(id) }),
  });

  readonly state = computed<LoadState>(() =>
    this.data.error() ? 'error' : this.data.hasValue() ? 'ready' : 'loading',
  );
  readonly plan = computed(() => (this.data.hasValue() ? this.data.value().plan : EMPTY_PLAN));
  readonly view = computed(() => (this.data.hasValue() ? this.data.value().view : EMPTY_VIEW));
  readonly busy = signal(false);
  readonly message = signal<Message | null>(null);
  /** The exchange the confirmation dialog asks about. */
  readonly pending = signal<PendingExchange | null>(null);

  private readonly candidatesById = computed(() => new Map(this.view().candidates.map((c) => [c.applicationId, c])));
  private readonly standsById = computed(() => new Map(this.plan().stands.map((s) => [s.key, s])));
  private readonly occupancy = computed(() => {
    const counts = new Map<string, number>();
    for (const a of this.view().assignments) counts.set(a.standId, (counts.get(a.standId) ?? 0) + 1);
    return counts;
  });
  readonly freeStands = computed(() =>
    this.plan().stands.filter((s) => (this.occupancy().get(s.key) ?? 0) < s.capacity),
  );
  readonly fullStands = computed(() =>
    this.plan().stands.filter((s) => (this.occupancy().get(s.key) ?? 0) >= s.capacity),
  );
  readonly occupiedStands = computed(() => this.plan().stands.filter((s) => (this.occupancy().get(s.key) ?? 0) > 0));
  readonly conflictedStands = computed(() => new Set(this.view().conflicts.map((c) => c.standId)));
  /** Who stands where, by stand key: the plan shows them and lets them be dragged (or moved by keys) elsewhere. */
  readonly occupantsByStand = computed(() => {
    const occupants: Record<string, Occupant[]> = {};
    for (const a of this.view().assignments)
      (occupants[a.standId] ??= []).push({ applicationId: a.applicationId, name: this.name(a.applicationId) });
    return occupants;
  });
  readonly sortedAssignments = computed(() =>
    [...this.view().assignments].sort((a, b) =>
      this.standNumber(a.standId).localeCompare(this.standNumber(b.standId), 'de', { numeric: true }),
    ),
  );

  candidate(applicationId: string): PlacementCandidate | undefined {
    return this.candidatesById().get(applicationId);
  }

  name(applicationId: string): string {
    const c = this.candidate(applicationId);
    return c?.organisationName || c?.projectTitle || this.i18n.t('assign.unnamed');
  }

  stand(standKey: string): EditorStand | undefined {
    return this.standsById().get(standKey);
  }

  standNumber(standKey: string): string {
    return this.stand(standKey)?.number ?? '?';
  }

  occupants(standKey: string): AssignmentDto[] {
    return this.view().assignments.filter((a) => a.standId === standKey);
  }

  standOption(stand: EditorStand): string {
    const free = stand.capacity - (this.occupancy().get(stand.key) ?? 0);
    const extras = [
      stand.hasPower ? this.i18n.t('assign.withPower') : '',
      stand.stepFree ? this.i18n.t('assign.withStepFree') : '',
    ].filter(Boolean);
    return this.i18n.t('assign.standOption', {
      number: stand.number,
      free,
      width: stand.width,
      extras: extras.map((e) => ', ' + e).join(''),
    });
  }

  standWithNames(stand: EditorStand): string {
    const names = this.occupants(stand.key).map((a) => this.name(a.applicationId));
    return this.i18n.t('assign.standWithNames', {
      number: stand.number,
      names: names.join(', ') || this.i18n.t('assign.empty'),
    });
  }

  needsText(applicationId: string): string {
    const c = this.candidate(applicationId);
    if (!c) return '';
    const needs = [
      c.needsPower ? this.i18n.t('assign.needPower') : '',
      c.needsStepFreeAccess ? this.i18n.t('assign.needStepFree') : '',
      c.standWidth ? this.i18n.t('assign.needWidth', { width: c.standWidth }) : '',
    ].filter(Boolean);
    return needs.join(', ') || this.i18n.t('assign.noNeeds');
  }

  reasonsText(reasons: string[]): string {
    return reasons.map((r) => (this.i18n.has('assign.reason.' + r) ? this.i18n.t('assign.reason.' + r) : r)).join(', ');
  }

  say(message: Message): void {
    this.message.set(message);
  }

  /**
   * Puts a project on a stand, by drop or by choice: a free place takes it; on a full stand it exchanges places
   * with the occupant once the user confirms. Resolves true when something changed.
   */
  async place(standKey: string, applicationId: string): Promise<boolean> {
    const stand = this.stand(standKey);
    if (!stand) return false;
    const plan = planDrop(this.view(), stand, applicationId);
    const id = this.eventId();
    if (plan.kind === 'none' || !id) return false;
    const name = this.name(applicationId);
    if (plan.kind === 'place') {
      return this.run(this.service.assign(id, standKey, applicationId), {
        key: plan.from ? 'assign.moved' : 'assign.assigned',
        params: { name, number: stand.number, from: plan.from ? this.standNumber(plan.from) : '' },
      });
    }
    if (!(await this.confirm(plan))) {
      this.say({ key: 'assign.exchangeCancelled' });
      return false;
    }
    const other = this.name(plan.withApplicationId);
    return this.run(this.service.exchange(id, applicationId, plan.withApplicationId), {
      key: plan.from ? 'assign.exchanged' : 'assign.replaced',
      params: { name, other, number: stand.number, from: plan.from ? this.standNumber(plan.from) : '' },
    });
  }

  unassign(standKey: string, applicationId: string): Promise<boolean> {
    return this.run(this.service.unassign(this.eventId() ?? '', standKey, applicationId), {
      key: 'assign.unassigned',
      params: { name: this.name(applicationId), number: this.standNumber(standKey) },
    });
  }

  swapStands(a: string, b: string): Promise<boolean> {
    if (!a || !b || a === b) {
      this.say({ key: 'assign.swapChoose', error: true });
      return Promise.resolve(false);
    }
    return this.run(this.service.swap(this.eventId() ?? '', a, b), {
      key: 'assign.swapped',
      params: { a: this.standNumber(a), b: this.standNumber(b) },
    });
  }

  apply(placements: AssignmentDto[]): Promise<boolean> {
    return this.run(this.service.apply(this.eventId() ?? '', { placements }), {
      key: 'assign.applied',
      params: { n: placements.length },
    });
  }

  /** Shows an error of the API (or the network) in the live region. */
  fail(error: unknown): void {
    this.busy.set(false);
    this.say({ key: ERROR_KEYS[toApiError(error).code] ?? 'errors.generic', error: true });
  }

  private confirm(plan: Extract<DropPlan, { kind: 'exchange' }>): Promise<boolean> {
    return new Promise((resolve) =>
      this.pending.set({
        ...plan,
        answer: (yes) => {
          this.pending.set(null);
          resolve(yes);
        },
      }),
    );
  }

  private async run(request: Observable<AssignmentsView>, success: Message): Promise<boolean> {
    this.busy.set(true);
    try {
      const view = await firstValueFrom(request);
      this.data.update((data) => data && { ...data, view });
      this.busy.set(false);
      this.say(success);
      return true;
    } catch (error) {
      this.fail(error);
      return false;
    }
  }
}
