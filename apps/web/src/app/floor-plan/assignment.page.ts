import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink, TitleStrategy } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { AssignmentConflict, AssignmentsView, PlacementCandidate, SuggestionDto } from '@markt/shared';
import { Observable, Subscription, forkJoin } from 'rxjs';
import { toApiError } from '../core/forms/server-errors';
import { I18nService, TranslationParams } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { TranslatedTitleStrategy } from '../core/i18n/translated-title.strategy';
import { LoadState } from '../events/events-loader';
import { EventsService } from '../events/events.service';
import { FloorPlanService } from './floor-plan.service';
import { APPLICATION_DRAG_TYPE, PlanCanvasComponent } from './plan-canvas.component';
import { EditorStand, PlanState, stateFromDto } from './plan-state';
import { SuggestionProgressComponent } from './suggestion-progress.component';

interface Message {
  key: string;
  params?: TranslationParams;
  error?: boolean;
}

const EMPTY_VIEW: AssignmentsView = { assignments: [], unplaced: [], candidates: [], conflicts: [] };

/** `/verwaltung/veranstaltungen/:id/zuteilung`: put every accepted project on a stand, by drag and drop or keyboard. */
@Component({
  selector: 'app-assignment-page',
  imports: [RouterLink, MatButtonModule, TranslatePipe, PlanCanvasComponent, SuggestionProgressComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .layout {
      display: grid;
      grid-template-columns: minmax(16rem, 24rem) 1fr;
      gap: 1rem;
      align-items: start;
    }
    @media (max-width: 800px) {
      .layout {
        grid-template-columns: 1fr;
      }
    }
    .canvas {
      overflow: auto;
      max-height: 75vh;
      border: 1px solid #74777f;
      max-width: 100%;
    }
    .unplaced {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 0.75rem;
    }
    .unplaced li {
      border: 1px solid #c4c6d0;
      border-radius: 6px;
      padding: 0.6rem;
      background: #fff;
      cursor: grab;
    }
    .needs {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      margin: 0.25rem 0;
      padding: 0;
      list-style: none;
      font-size: 0.95rem;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: flex-end;
    }
    .native-field select {
      max-width: 100%;
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      min-width: 100%;
    }
    th,
    td {
      text-align: left;
      padding: 0.35rem 0.6rem;
      border-bottom: 1px solid #c4c6d0;
      vertical-align: top;
    }
    .conflicts li {
      margin-block: 0.25rem;
    }
    .suggestion li {
      margin-block: 0.35rem;
    }
  `,
  template: `
    <h1>{{ 'assign.heading' | t: { title: eventTitle() } }}</h1>
    <p>
      <a [routerLink]="['/verwaltung/veranstaltungen', id(), 'hallenplan']">{{ 'assign.toEditor' | t }}</a>
    </p>
    <div role="status">
      @if (message(); as m) {
        <p class="message" [class.message--error]="m.error" [class.message--success]="!m.error">
          {{ m.key | t: m.params }}
        </p>
      }
    </div>
    @if (state() === 'loading') {
      <p>{{ 'app.loading' | t }}</p>
    } @else if (state() === 'error') {
      <p role="alert" class="message message--error">{{ 'assign.loadError' | t }}</p>
    } @else if (!plan().stands.length) {
      <p>{{ 'assign.noStands' | t }}</p>
    } @else {
      <p class="hint">{{ 'assign.help' | t }}</p>
      <div class="layout">
        <section aria-labelledby="unplaced-heading">
          <h2 id="unplaced-heading">{{ 'assign.unplacedHeading' | t: { n: view().unplaced.length } }}</h2>
          @if (view().unplaced.length) {
            <ul class="unplaced">
              @for (c of view().unplaced; track c.applicationId) {
                <li draggable="true" (dragstart)="dragStart($event, c)" [attr.data-application]="c.applicationId">
                  <strong>{{ c.organisationName || ('assign.unnamed' | t) }}</strong>
                  @if (c.projectTitle) {
                    <br />{{ c.projectTitle }}
                  }
                  <ul class="needs" [attr.aria-label]="'assign.needs' | t">
                    @if (c.needsPower) {
                      <li><span aria-hidden="true">⚡ </span>{{ 'assign.needPower' | t }}</li>
                    }
                    @if (c.needsStepFreeAccess) {
                      <li><span aria-hidden="true">♿ </span>{{ 'assign.needStepFree' | t }}</li>
                    }
                    @if (c.standWidth) {
                      <li><span aria-hidden="true">↔ </span>{{ 'assign.needWidth' | t: { width: c.standWidth } }}</li>
                    }
                  </ul>
                  <div class="row">
                    <div class="native-field">
                      <label [for]="'choose-' + c.applicationId">{{ 'assign.chooseStand' | t }}</label>
                      <select
                        [id]="'choose-' + c.applicationId"
                        (change)="choose(c.applicationId, $any($event.target).value)"
                      >
                        <option value="">{{ 'assign.choosePlaceholder' | t }}</option>
                        @for (s of freeStands(); track s.key) {
                          <option [value]="s.key">{{ standOption(s) }}</option>
                        }
                      </select>
                    </div>
                    <button
                      mat-stroked-button
                      type="button"
                      [disabled]="busy()"
                      (click)="assignChosen(c)"
                      [attr.aria-label]="'assign.assignFor' | t: { name: name(c.applicationId) }"
                    >
                      {{ 'assign.assign' | t }}
                    </button>
                  </div>
                </li>
              }
            </ul>
          } @else {
            <p>{{ 'assign.allPlaced' | t }}</p>
          }
        </section>
        <section aria-labelledby="plan-heading">
          <h2 id="plan-heading">{{ 'assign.planHeading' | t }}</h2>
          <div class="canvas" tabindex="0" role="region" [attr.aria-label]="'assign.planRegion' | t">
            <app-plan-canvas
              mode="assign"
              [plan]="plan()"
              [captions]="captions()"
              [conflicted]="conflictedStands()"
              (dropApplication)="assign($event.standKey, $event.applicationId)"
            />
          </div>
        </section>
      </div>

      <section aria-labelledby="conflicts-heading">
        <h2 id="conflicts-heading">{{ 'assign.conflictsHeading' | t: { n: view().conflicts.length } }}</h2>
        @if (view().conflicts.length) {
          <ul class="conflicts">
            @for (c of view().conflicts; track $index) {
              <li><span aria-hidden="true">⚠ </span>{{ 'assign.conflict.' + c.kind | t: conflictParams(c) }}</li>
            }
          </ul>
        } @else {
          <p>{{ 'assign.noConflicts' | t }}</p>
        }
      </section>

      <section aria-labelledby="placed-heading">
        <h2 id="placed-heading">{{ 'assign.placedHeading' | t: { n: view().assignments.length } }}</h2>
        @if (view().assignments.length) {
          <div
            class="table-wrap"
            tabindex="0"
            role="region"
            [attr.aria-label]="'assign.placedHeading' | t: { n: view().assignments.length }"
          >
            <table>
              <caption class="visually-hidden">
                {{
                  'assign.placedCaption' | t
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'assign.col.stand' | t }}</th>
                  <th scope="col">{{ 'assign.col.organisation' | t }}</th>
                  <th scope="col">{{ 'assign.col.needs' | t }}</th>
                  <th scope="col">{{ 'assign.col.actions' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (a of sortedAssignments(); track a.applicationId) {
                  <tr>
                    <th scope="row">{{ standNumber(a.standId) }}</th>
                    <td>
                      {{ name(a.applicationId) }}
                      @if (candidate(a.applicationId)?.projectTitle; as title) {
                        <br />{{ title }}
                      }
                    </td>
                    <td>{{ needsText(a.applicationId) }}</td>
                    <td>
                      <div class="row">
                        <div class="native-field">
                          <label [for]="'move-' + a.applicationId">{{
                            'assign.moveTo' | t: { name: name(a.applicationId) }
                          }}</label>
                          <select
                            [id]="'move-' + a.applicationId"
                            (change)="choose(a.applicationId, $any($event.target).value)"
                          >
                            <option value="">{{ 'assign.choosePlaceholder' | t }}</option>
                            @for (s of freeStands(); track s.key) {
                              @if (s.key !== a.standId) {
                                <option [value]="s.key">{{ standOption(s) }}</option>
                              }
                            }
                          </select>
                        </div>
                        <button
                          mat-stroked-button
                          type="button"
                          [disabled]="busy()"
                          (click)="moveChosen(a.applicationId)"
                        >
                          {{ 'assign.move' | t }}
                        </button>
                        <button
                          mat-stroked-button
                          type="button"
                          [disabled]="busy()"
                          (click)="unassign(a.standId, a.applicationId)"
                          [attr.aria-label]="
                            'assign.unassignFor' | t: { name: name(a.applicationId), number: standNumber(a.standId) }
                          "
                        >
                          {{ 'assign.unassign' | t }}
                        </button>
                      </div>
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          <h3>{{ 'assign.swapHeading' | t }}</h3>
          <div class="row">
            <div class="native-field">
              <label for="swap-a">{{ 'assign.swapA' | t }}</label>
              <select id="swap-a" (change)="swapA.set($any($event.target).value)">
                <option value="">{{ 'assign.choosePlaceholder' | t }}</option>
                @for (s of occupiedStands(); track s.key) {
                  <option [value]="s.key">{{ standWithNames(s) }}</option>
                }
              </select>
            </div>
            <div class="native-field">
              <label for="swap-b">{{ 'assign.swapB' | t }}</label>
              <select id="swap-b" (change)="swapB.set($any($event.target).value)">
                <option value="">{{ 'assign.choosePlaceholder' | t }}</option>
                @for (s of plan().stands; track s.key) {
                  <option [value]="s.key">{{ standWithNames(s) }}</option>
                }
              </select>
            </div>
            <button mat-stroked-button type="button" [disabled]="busy()" (click)="swap()">
              {{ 'assign.swap' | t }}
            </button>
          </div>
        } @else {
          <p>{{ 'assign.nonePlaced' | t }}</p>
        }
      </section>

      <section aria-labelledby="suggest-heading" class="suggestion">
        <h2 id="suggest-heading">{{ 'assign.suggestHeading' | t }}</h2>
        <p class="hint">{{ 'assign.suggestHint' | t }}</p>
        <button mat-flat-button type="button" [disabled]="busy()" (click)="suggest()">
          {{ 'assign.suggest' | t }}
        </button>
        @if (searching(); as p) {
          <app-suggestion-progress
            [work]="p.work"
            [budget]="p.budget"
            [score]="p.score"
            [canStop]="p.best !== null"
            (stop)="stopSuggesting()"
          />
        }
        @if (suggestion(); as sg) {
          <h3>{{ 'assign.suggestionScore' | t: { score: sg.score } }}</h3>
          @if (sg.placements.length) {
            <fieldset>
              <legend>{{ 'assign.suggestionPlacements' | t: { n: sg.placements.length } }}</legend>
              <div class="row">
                <button mat-button type="button" (click)="selectAll(true)">{{ 'assign.selectAll' | t }}</button>
                <button mat-button type="button" (click)="selectAll(false)">{{ 'assign.selectNone' | t }}</button>
              </div>
              <ul class="unstyled">
                @for (p of sg.placements; track p.applicationId) {
                  <li>
                    <label>
                      <input
                        type="checkbox"
                        [checked]="picked().has(p.applicationId)"
                        (change)="togglePick(p.applicationId)"
                      />
                      {{ 'assign.suggestionLine' | t: { number: standNumber(p.standId), name: name(p.applicationId) } }}
                    </label>
                    @if (p.reasons.length) {
                      <br /><span class="hint">{{ 'assign.reasons' | t: { reasons: reasonsText(p.reasons) } }}</span>
                    }
                  </li>
                }
              </ul>
            </fieldset>
            <button mat-flat-button type="button" [disabled]="busy() || !picked().size" (click)="applySuggestion()">
              {{ 'assign.applySuggestion' | t: { n: picked().size } }}
            </button>
          } @else {
            <p>{{ 'assign.suggestionEmpty' | t }}</p>
          }
          @if (sg.unplaceable.length) {
            <h3>{{ 'assign.unplaceableHeading' | t: { n: sg.unplaceable.length } }}</h3>
            <ul>
              @for (u of sg.unplaceable; track u.applicationId) {
                <li>{{ name(u.applicationId) }}: {{ reasonsText(u.reasons) }}</li>
              }
            </ul>
          }
        }
      </section>
    }
  `,
})
export class AssignmentPage {
  /** Event id from the route. */
  readonly id = input.required<string>();
  private readonly service = inject(FloorPlanService);
  private readonly events = inject(EventsService);
  private readonly titleStrategy = inject(TitleStrategy);
  private readonly i18n = inject(I18nService);

  protected readonly state = signal<LoadState>('loading');
  protected readonly eventTitle = signal('');
  protected readonly plan = signal<PlanState>({ width: 30, depth: 20, background: null, features: [], stands: [] });
  protected readonly view = signal<AssignmentsView>(EMPTY_VIEW);
  protected readonly busy = signal(false);
  protected readonly message = signal<Message | null>(null);
  protected readonly chosen = signal<Record<string, string>>({});
  protected readonly swapA = signal('');
  protected readonly swapB = signal('');
  protected readonly suggestion = signal<SuggestionDto | null>(null);
  /** The suggestion being searched: progress, best score and best layout so far. */
  protected readonly searching = signal<{
    work: number;
    budget: number;
    score: number | null;
    best: SuggestionDto | null;
  } | null>(null);
  private suggesting?: Subscription;
  private readonly destroyRef = inject(DestroyRef);
  protected readonly picked = signal<ReadonlySet<string>>(new Set());

  private readonly candidatesById = computed(() => new Map(this.view().candidates.map((c) => [c.applicationId, c])));
  private readonly standsById = computed(() => new Map(this.plan().stands.map((s) => [s.key, s])));
  private readonly occupancy = computed(() => {
    const counts = new Map<string, number>();
    for (const a of this.view().assignments) counts.set(a.standId, (counts.get(a.standId) ?? 0) + 1);
    return counts;
  });
  protected readonly freeStands = computed(() =>
    this.plan().stands.filter((s) => (this.occupancy().get(s.key) ?? 0) < s.capacity),
  );
  protected readonly occupiedStands = computed(() =>
    this.plan().stands.filter((s) => (this.occupancy().get(s.key) ?? 0) > 0),
  );
  protected readonly captions = computed(() => {
    const captions: Record<string, string[]> = {};
    for (const a of this.view().assignments)
      (captions[a.standId] ??= []).push(truncate(this.name(a.applicationId), 22));
    return captions;
  });
  protected readonly conflictedStands = computed(() => new Set(this.view().conflicts.map((c) => c.standId)));
  protected readonly sortedAssignments = computed(() =>
    [...this.view().assignments].sort((a, b) =>
      this.standNumber(a.standId).localeCompare(this.standNumber(b.standId), 'de', { numeric: true }),
    ),
  );

  constructor() {
    effect(() => {
      const id = this.id();
      this.state.set('loading');
      forkJoin([this.service.getPlan(id), this.service.getAssignments(id)]).subscribe({
        next: ([plan, view]) => {
          this.plan.set(stateFromDto(plan));
          this.view.set(view);
          this.state.set('ready');
        },
        error: () => this.state.set('error'),
      });
      this.events.get(id).subscribe({
        next: (event) => {
          this.eventTitle.set(event.title);
          if (this.titleStrategy instanceof TranslatedTitleStrategy) this.titleStrategy.setDetail(event.title);
        },
        error: () => undefined,
      });
    });
  }

  protected candidate(applicationId: string): PlacementCandidate | undefined {
    return this.candidatesById().get(applicationId);
  }

  protected name(applicationId: string): string {
    const c = this.candidate(applicationId);
    return c?.organisationName || c?.projectTitle || this.i18n.t('assign.unnamed');
  }

  protected standNumber(standId: string): string {
    return this.standsById().get(standId)?.number ?? '?';
  }

  protected standOption(stand: EditorStand): string {
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

  protected standWithNames(stand: EditorStand): string {
    const names = this.view()
      .assignments.filter((a) => a.standId === stand.key)
      .map((a) => this.name(a.applicationId));
    return this.i18n.t('assign.standWithNames', {
      number: stand.number,
      names: names.join(', ') || this.i18n.t('assign.empty'),
    });
  }

  protected needsText(applicationId: string): string {
    const c = this.candidate(applicationId);
    if (!c) return '';
    const needs = [
      c.needsPower ? this.i18n.t('assign.needPower') : '',
      c.needsStepFreeAccess ? this.i18n.t('assign.needStepFree') : '',
      c.standWidth ? this.i18n.t('assign.needWidth', { width: c.standWidth }) : '',
    ].filter(Boolean);
    return needs.join(', ') || this.i18n.t('assign.noNeeds');
  }

  protected conflictParams(conflict: AssignmentConflict): TranslationParams {
    return { number: this.standNumber(conflict.standId), name: this.name(conflict.applicationId) };
  }

  protected reasonsText(reasons: string[]): string {
    return reasons.map((r) => (this.hasKey('assign.reason.' + r) ? this.i18n.t('assign.reason.' + r) : r)).join(', ');
  }

  private hasKey(key: string): boolean {
    return this.i18n.has(key);
  }

  protected dragStart(event: DragEvent, candidate: PlacementCandidate): void {
    event.dataTransfer?.setData(APPLICATION_DRAG_TYPE, candidate.applicationId);
    event.dataTransfer?.setData('text/plain', candidate.organisationName ?? '');
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
  }

  protected choose(applicationId: string, standKey: string): void {
    this.chosen.update((chosen) => ({ ...chosen, [applicationId]: standKey }));
  }

  protected assignChosen(candidate: PlacementCandidate): void {
    const standKey = this.chosen()[candidate.applicationId];
    if (!standKey) {
      this.message.set({ key: 'assign.chooseFirst', error: true });
      return;
    }
    this.assign(standKey, candidate.applicationId);
  }

  protected moveChosen(applicationId: string): void {
    const standKey = this.chosen()[applicationId];
    if (!standKey) {
      this.message.set({ key: 'assign.chooseFirst', error: true });
      return;
    }
    this.assign(standKey, applicationId);
  }

  protected assign(standKey: string, applicationId: string): void {
    const number = this.standNumber(standKey);
    this.run(this.service.assign(this.id(), standKey, applicationId), {
      key: 'assign.assigned',
      params: { name: this.name(applicationId), number },
    });
  }

  protected unassign(standKey: string, applicationId: string): void {
    this.run(this.service.unassign(this.id(), standKey, applicationId), {
      key: 'assign.unassigned',
      params: { name: this.name(applicationId), number: this.standNumber(standKey) },
    });
  }

  protected swap(): void {
    const a = this.swapA();
    const b = this.swapB();
    if (!a || !b || a === b) {
      this.message.set({ key: 'assign.swapChoose', error: true });
      return;
    }
    this.run(this.service.swap(this.id(), a, b), {
      key: 'assign.swapped',
      params: { a: this.standNumber(a), b: this.standNumber(b) },
    });
  }

  /** The suggestion is searched with progress shown; it can be stopped with the best layout so far. */
  protected suggest(): void {
    this.busy.set(true);
    this.searching.set({ work: 0, budget: 1, score: null, best: null });
    this.suggesting = this.service
      .suggestWithProgress(this.id())
      // leaving the page stops the search on the server too
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (line) => {
          if ('progress' in line) this.searching.update((s) => s && { ...s, ...line.progress });
          else if ('best' in line) this.searching.update((s) => s && { ...s, best: line.best });
          else if ('result' in line) this.showSuggestion(line.result, 'assign.suggestionReady');
          else {
            this.searching.set(null);
            this.fail(line.error);
          }
        },
        error: (error) => {
          this.searching.set(null);
          this.fail(error);
        },
      });
  }

  protected stopSuggesting(): void {
    const best = this.searching()?.best;
    if (best) this.showSuggestion(best, 'assign.suggestionStopped');
  }

  private showSuggestion(suggestion: SuggestionDto, message: string): void {
    // Closing the connection also stops the search on the server.
    this.suggesting?.unsubscribe();
    this.searching.set(null);
    this.busy.set(false);
    this.suggestion.set(suggestion);
    this.picked.set(new Set(suggestion.placements.map((p) => p.applicationId)));
    this.message.set({ key: message, params: { n: suggestion.placements.length } });
  }

  protected togglePick(applicationId: string): void {
    this.picked.update((picked) => {
      const next = new Set(picked);
      if (next.has(applicationId)) next.delete(applicationId);
      else next.add(applicationId);
      return next;
    });
  }

  protected selectAll(all: boolean): void {
    this.picked.set(new Set(all ? (this.suggestion()?.placements.map((p) => p.applicationId) ?? []) : []));
  }

  protected applySuggestion(): void {
    const placements = (this.suggestion()?.placements ?? [])
      .filter((p) => this.picked().has(p.applicationId))
      .map(({ standId, applicationId }) => ({ standId, applicationId }));
    this.run(
      this.service.apply(this.id(), { placements }),
      { key: 'assign.applied', params: { n: placements.length } },
      () => this.suggestion.set(null),
    );
  }

  private run(request: Observable<AssignmentsView>, success: Message, after?: () => void): void {
    this.busy.set(true);
    request.subscribe({
      next: (view) => {
        this.busy.set(false);
        this.view.set(view);
        this.chosen.set({});
        this.message.set(success);
        after?.();
      },
      error: (error) => this.fail(error),
    });
  }

  private fail(error: unknown): void {
    this.busy.set(false);
    const code = toApiError(error).code;
    const known: Record<string, string> = {
      stand_full: 'assign.errors.stand_full',
      not_placeable: 'assign.errors.not_placeable',
      network: 'errors.network',
      forbidden: 'errors.forbidden',
      not_found: 'errors.notFound',
    };
    this.message.set({ key: known[code] ?? 'errors.generic', error: true });
  }
}

function truncate(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}
