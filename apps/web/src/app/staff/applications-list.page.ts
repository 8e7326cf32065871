import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { ActivatedRoute, Router, RouterLink, TitleStrategy } from '@angular/router';
import {
  APPLICATION_STATUSES,
  ApplicationDto,
  ApplicationStatus,
  DECIDABLE,
  EventDto,
  LIMITS,
  StaffApplicationList,
  StaffListQuery,
  StaffListSort,
} from '@markt/shared';
import { Subscription } from 'rxjs';
import { statusKey } from '../applicant/application-status';
import { AuthService } from '../core/auth/auth.service';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { TranslatedTitleStrategy } from '../core/i18n/translated-title.strategy';
import { NotificationService } from '../core/notification.service';
import { EventsService } from '../events/events.service';
import { DecisionFormComponent } from './decision-form.component';
import { capacityText, waitlistOffer } from './decision.model';
import { ReviewService } from './review.service';
import { ScorePipe } from './score.pipe';
import { DEFAULT_PAGE_SIZE, parseListQuery, toHttpParams, withChange } from './staff-list.query';
import { TranslatedPaginatorIntl } from './translated-paginator-intl';

type FlagFilter = '' | 'true' | 'false';

/** Staff list of an event's applications (`/pruefung/:eventId`); filters live in the address. Admins also decide in bulk. */
@Component({
  selector: 'app-applications-list-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    RouterLink,
    TranslatePipe,
    ScorePipe,
    DecisionFormComponent,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      align-items: flex-start;
    }
    .filters > mat-form-field {
      flex: 1 1 11rem;
    }
    .filters > .filters__search {
      flex: 2 1 22rem;
    }
    .filters > button {
      margin-block: 0.75rem;
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: left;
      padding: 0.5rem;
      border-bottom: 1px solid #c4c6d0;
      vertical-align: top;
    }
    td .badge {
      margin: 0 0.25rem 0.25rem 0;
    }
    .chips a[aria-current='page'] {
      font-weight: 700;
    }
    .capacity {
      font-size: 1.1rem;
      font-weight: 600;
    }
    .bulk {
      border: 2px solid #c4c6d0;
      border-radius: 8px;
      padding: 1rem;
      margin-block: 1rem;
    }
  `,
  template: `
    <h1>{{ 'review.list.heading' | t: { event: event()?.title ?? '' } }}</h1>
    <p>
      <a routerLink="/">{{ 'review.backHome' | t }}</a>
    </p>

    @if (list(); as data) {
      @if (auth.isAdmin()) {
        <section aria-labelledby="capacity-heading">
          <h2 id="capacity-heading">{{ 'review.capacityHeading' | t }}</h2>
          @let cap = capacity(data);
          <p class="capacity" data-testid="capacity">{{ cap.key | t: cap.params }}</p>
          @if (offer(data); as next) {
            <p>
              <a class="button-link button-link--primary" [routerLink]="['/pruefung/bewerbungen', next.id]">
                {{ 'review.waitlistOffer' | t: { org: next.organisationName ?? next.projectTitle ?? '' } }}
              </a>
            </p>
          }
          <ul class="actions">
            <li>
              <a class="button-link" [routerLink]="['/pruefung', eventId(), 'vorgemerkt']">{{
                'decision.pendingLink' | t
              }}</a>
            </li>
            <li>
              <a class="button-link" [href]="exportUrl('csv')" download>{{ 'review.exportCsv' | t }}</a>
            </li>
            <li>
              <a class="button-link" [href]="exportUrl('xlsx')" download>{{ 'review.exportXlsx' | t }}</a>
            </li>
            <li>
              <button mat-stroked-button type="button" [disabled]="sendingReminders()" (click)="sendReminders()">
                {{ 'review.sendReminders' | t }}
              </button>
            </li>
          </ul>
          <div role="alert">
            @if (reminderError()) {
              <p class="message message--error">{{ 'errors.generic' | t }}</p>
            }
          </div>
        </section>
      }

      <nav [attr.aria-label]="'review.statusNav' | t">
        <ul class="chips">
          <li>
            <a
              [routerLink]="[]"
              [queryParams]="linkParams({ status: undefined })"
              [attr.aria-current]="query().status ? null : 'page'"
            >
              {{ 'review.allStatuses' | t: { count: totalCount(data) } }}
            </a>
          </li>
          @for (status of statusesWithCount(data); track status) {
            <li>
              <a
                [routerLink]="[]"
                [queryParams]="linkParams({ status })"
                [attr.aria-current]="query().status === status ? 'page' : null"
              >
                {{ 'review.statusCount' | t: { status: (statusLabel(status) | t), count: data.counts[status] ?? 0 } }}
              </a>
            </li>
          }
        </ul>
      </nav>
    }

    <section aria-labelledby="filter-heading">
      <h2 id="filter-heading">{{ 'review.filterHeading' | t }}</h2>
      <form [formGroup]="filters" (ngSubmit)="applyFilters()" class="filters" role="search">
        <mat-form-field appearance="outline" class="filters__search">
          <mat-label>{{ 'review.search' | t }}</mat-label>
          <input matInput type="search" formControlName="q" [maxlength]="qMax" />
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'applications.status' | t }}</mat-label>
          <select matNativeControl formControlName="status">
            <option value="">{{ 'review.any' | t }}</option>
            @for (status of statuses; track status) {
              <option [value]="status">{{ statusLabel(status) | t }}</option>
            }
          </select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'field.topics' | t }}</mat-label>
          <select matNativeControl formControlName="topic">
            <option value="">{{ 'review.any' | t }}</option>
            @for (topic of event()?.topics ?? []; track topic) {
              <option [value]="topic">{{ topic }}</option>
            }
          </select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'field.needsPower' | t }}</mat-label>
          <select matNativeControl formControlName="needsPower">
            <option value="">{{ 'review.any' | t }}</option>
            <option value="true">{{ 'field.yes' | t }}</option>
            <option value="false">{{ 'field.no' | t }}</option>
          </select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'field.needsStepFreeAccess' | t }}</mat-label>
          <select matNativeControl formControlName="needsStepFreeAccess">
            <option value="">{{ 'review.any' | t }}</option>
            <option value="true">{{ 'field.yes' | t }}</option>
            <option value="false">{{ 'field.no' | t }}</option>
          </select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'review.sort' | t }}</mat-label>
          <select matNativeControl formControlName="sort">
            @for (sort of sorts; track sort) {
              <option [value]="sort">{{ 'review.sort.' + sort | t }}</option>
            }
          </select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'review.order' | t }}</mat-label>
          <select matNativeControl formControlName="order">
            <option value="asc">{{ 'review.order.asc' | t }}</option>
            <option value="desc">{{ 'review.order.desc' | t }}</option>
          </select>
        </mat-form-field>
        <button mat-flat-button type="submit">{{ 'review.applyFilters' | t }}</button>
        <a class="button-link" [routerLink]="[]" [queryParams]="{}">{{ 'review.resetFilters' | t }}</a>
      </form>
    </section>

    <section aria-labelledby="results-heading">
      <h2 id="results-heading">{{ 'review.results' | t }}</h2>
      <div role="status">
        @switch (state()) {
          @case ('loading') {
            <p>{{ 'app.loading' | t }}</p>
          }
          @case ('error') {
            <p class="message message--error">{{ 'review.loadError' | t }}</p>
          }
          @default {
            <p>{{ 'review.resultCount' | t: { count: list()?.total ?? 0 } }}</p>
          }
        }
      </div>
      @if (list(); as data) {
        @if (data.items.length > 0) {
          <div class="table-wrap" tabindex="0" role="region" [attr.aria-labelledby]="'results-heading'">
            <table>
              <thead>
                <tr>
                  @if (auth.isAdmin()) {
                    <th scope="col">
                      <span class="visually-hidden">{{ 'review.select' | t }}</span>
                    </th>
                  }
                  <th scope="col">{{ 'review.col.application' | t }}</th>
                  <th scope="col">{{ 'applications.status' | t }}</th>
                  <th scope="col">{{ 'review.col.average' | t }}</th>
                  <th scope="col">{{ 'review.col.reviews' | t }}</th>
                  <th scope="col">{{ 'review.col.notes' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (row of data.items; track row.id) {
                  <tr>
                    @if (auth.isAdmin()) {
                      <td>
                        @if (decidable(row.status)) {
                          <mat-checkbox
                            [checked]="selected().has(row.id)"
                            (change)="toggle(row.id, $event.checked)"
                            [aria-label]="'review.selectRow' | t: { name: rowName(row) }"
                          />
                        }
                      </td>
                    }
                    <td>
                      <a [routerLink]="['/pruefung/bewerbungen', row.id]">{{
                        row.organisationName || ('applications.untitled' | t)
                      }}</a>
                      <br />{{ row.projectTitle }}
                    </td>
                    <td>
                      <span [class]="'badge badge--' + row.status">{{ statusLabel(row.status) | t }}</span>
                    </td>
                    <td>{{ row.averageScore | score }}</td>
                    <td>{{ row.reviewCount }}</td>
                    <td>
                      @if (row.conflictDeclaredByMe) {
                        <span class="badge badge--waitlisted">{{ 'review.conflictDeclaredByMe' | t }}</span>
                      } @else if (row.reviewedByMe) {
                        <span class="badge badge--accepted">{{ 'review.reviewedByMe' | t }}</span>
                      }
                      @if (row.changedSinceMyReview) {
                        <span class="badge badge--waitlisted">{{ 'review.changedSinceMyReview' | t }}</span>
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          <mat-paginator
            [length]="data.total"
            [pageIndex]="data.page - 1"
            [pageSize]="data.pageSize"
            [pageSizeOptions]="[10, 20, 50, 100]"
            (page)="onPage($event)"
          />
        } @else {
          <p>{{ 'review.none' | t }}</p>
        }
      }
    </section>

    @if (auth.isAdmin() && list()) {
      <section aria-labelledby="bulk-heading" class="bulk">
        <h2 id="bulk-heading">{{ 'review.bulkHeading' | t }}</h2>
        @if (selectedIds().length === 0) {
          <p>{{ 'review.bulkHint' | t }}</p>
        } @else {
          <app-decision-form
            idPrefix="bulk"
            legendKey="decision.bulkLegend"
            submitKey="decision.bulkSubmit"
            [applicationIds]="selectedIds()"
            [eventId]="eventId()"
            [names]="names()"
            (decided)="onDecided($event)"
            (staged)="onDecided([])"
          />
        }
      </section>
    }
  `,
})
export class ApplicationsListPage {
  readonly eventId = input.required<string>();
  protected readonly auth = inject(AuthService);
  private readonly service = inject(ReviewService);
  private readonly events = inject(EventsService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly notifications = inject(NotificationService);
  private readonly titleStrategy = inject(TitleStrategy);
  private readonly i18n = inject(I18nService);

  protected readonly statuses = APPLICATION_STATUSES.filter((s) => s !== ApplicationStatus.Draft);
  protected readonly sorts: readonly StaffListSort[] = ['date', 'score', 'name'];
  protected readonly qMax = LIMITS.staffList.q;
  protected readonly statusLabel = statusKey;
  protected readonly decidable = (status: ApplicationStatus) => DECIDABLE.includes(status);
  protected readonly capacity = (data: StaffApplicationList) => capacityText(data.capacity);
  protected readonly offer = (data: StaffApplicationList) => waitlistOffer(data.capacity);

  private readonly queryParams = toSignal(this.route.queryParams, { initialValue: {} as Record<string, string> });
  protected readonly query = computed(() => parseListQuery(this.queryParams()));
  protected readonly event = signal<EventDto | null>(null);
  protected readonly list = signal<StaffApplicationList | null>(null);
  protected readonly state = signal<'loading' | 'ready' | 'error'>('loading');
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly selectedIds = computed(() => [...this.selected()]);
  protected readonly names = computed(() =>
    Object.fromEntries((this.list()?.items ?? []).map((row) => [row.id, this.rowName(row)])),
  );
  protected readonly sendingReminders = signal(false);
  protected readonly reminderError = signal(false);

  protected readonly filters = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    status: new FormControl('', { nonNullable: true }),
    topic: new FormControl('', { nonNullable: true }),
    needsPower: new FormControl<FlagFilter>('', { nonNullable: true }),
    needsStepFreeAccess: new FormControl<FlagFilter>('', { nonNullable: true }),
    sort: new FormControl<StaffListSort>('date', { nonNullable: true }),
    order: new FormControl<'asc' | 'desc'>('asc', { nonNullable: true }),
  });

  constructor() {
    let eventSub: Subscription | undefined;
    let listSub: Subscription | undefined;
    effect(() => {
      const id = this.eventId();
      untracked(() => {
        eventSub?.unsubscribe();
        eventSub = this.events.get(id).subscribe({
          next: (event) => {
            this.event.set(event);
            if (this.titleStrategy instanceof TranslatedTitleStrategy) this.titleStrategy.setDetail(event.title);
          },
          error: () => this.state.set('error'),
        });
      });
    });
    effect(() => {
      const id = this.eventId();
      const query = this.query();
      untracked(() => {
        this.fillFilters(query);
        listSub?.unsubscribe();
        listSub = this.load(id, query);
      });
    });
    inject(DestroyRef).onDestroy(() => {
      eventSub?.unsubscribe();
      listSub?.unsubscribe();
    });
  }

  protected rowName(row: Pick<ApplicationDto, 'organisationName' | 'projectTitle'>): string {
    return row.organisationName || row.projectTitle || this.i18n.t('applications.untitled');
  }

  protected statusesWithCount(data: StaffApplicationList): ApplicationStatus[] {
    return this.statuses.filter((status) => (data.counts[status] ?? 0) > 0);
  }

  protected totalCount(data: StaffApplicationList): number {
    return Object.values(data.counts).reduce((sum, n) => sum + (n ?? 0), 0);
  }

  protected linkParams(change: Partial<StaffListQuery>): Record<string, string> {
    return toHttpParams(withChange(this.query(), change));
  }

  protected exportUrl(format: 'csv' | 'xlsx'): string {
    return this.service.exportUrl(this.eventId(), format);
  }

  protected applyFilters(): void {
    const v = this.filters.getRawValue();
    const flag = (value: FlagFilter) => (value === '' ? undefined : value === 'true');
    this.navigate(
      withChange(this.query(), {
        q: v.q.trim() || undefined,
        status: (v.status || undefined) as ApplicationStatus | undefined,
        topic: v.topic || undefined,
        needsPower: flag(v.needsPower),
        needsStepFreeAccess: flag(v.needsStepFreeAccess),
        sort: v.sort === 'date' ? undefined : v.sort,
        order: v.order === 'asc' ? undefined : v.order,
      }),
    );
  }

  protected onPage(event: PageEvent): void {
    const pageSize = event.pageSize === DEFAULT_PAGE_SIZE ? undefined : event.pageSize;
    this.navigate(withChange(this.query(), { page: event.pageIndex + 1, pageSize }));
  }

  protected toggle(id: string, checked: boolean): void {
    this.selected.update((set) => {
      const next = new Set(set);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  protected onDecided(decided: ApplicationDto[]): void {
    this.selected.set(new Set());
    this.reload();
    void decided;
  }

  protected sendReminders(): void {
    this.sendingReminders.set(true);
    this.reminderError.set(false);
    this.service.sendConfirmationReminders(this.eventId()).subscribe({
      next: ({ queued }) => {
        this.sendingReminders.set(false);
        this.notifications.show({ key: 'review.remindersQueued', params: { count: queued } });
      },
      error: () => {
        this.sendingReminders.set(false);
        this.reminderError.set(true);
      },
    });
  }

  private reload(): void {
    this.load(this.eventId(), this.query());
  }

  private navigate(query: StaffListQuery): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: toHttpParams(query) });
  }

  private fillFilters(query: StaffListQuery): void {
    const flag = (value: boolean | undefined): FlagFilter => (value === undefined ? '' : value ? 'true' : 'false');
    this.filters.setValue({
      q: query.q ?? '',
      status: query.status ?? '',
      topic: query.topic ?? '',
      needsPower: flag(query.needsPower),
      needsStepFreeAccess: flag(query.needsStepFreeAccess),
      sort: query.sort ?? 'date',
      order: query.order ?? 'asc',
    });
  }

  private load(eventId: string, query: StaffListQuery): Subscription {
    this.state.set('loading');
    return this.service.list(eventId, query).subscribe({
      next: (list) => {
        this.list.set(list);
        this.state.set('ready');
        // keep only selections still decidable and on this page
        const decidable = new Set(list.items.filter((row) => DECIDABLE.includes(row.status)).map((row) => row.id));
        this.selected.update((set) => new Set([...set].filter((id) => decidable.has(id))));
      },
      error: () => this.state.set('error'),
    });
  }
}
