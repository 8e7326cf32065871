import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  APPLICATION_STATUSES,
  ApplicationDto,
  ApplicationStatus,
  DECIDABLE,
  StaffApplicationList,
  StaffListQuery,
} from '@markt/shared';
import { statusKey } from '../applicant/application-status';
import { AuthService } from '../core/auth/auth.service';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { loaded } from '../core/loaded';
import { PageTitleService } from '../core/page-title.service';
import { loadEvent } from '../events/events-loader';
import { CapacityPanelComponent } from './capacity-panel.component';
import { DecisionFormComponent } from './decision-form.component';
import { ListFiltersComponent } from './list-filters.component';
import { ListTableComponent } from './list-table.component';
import { ReviewService } from './review.service';
import { DEFAULT_PAGE_SIZE, parseListQuery, toHttpParams, withChange } from './staff-list.query';
import { TranslatedPaginatorIntl } from './translated-paginator-intl';

/** Staff list of an event's applications (`/pruefung/:eventId`); filters live in the address. Admins also decide in bulk. */
@Component({
  selector: 'app-applications-list-page',
  imports: [
    MatPaginatorModule,
    RouterLink,
    TranslatePipe,
    CapacityPanelComponent,
    DecisionFormComponent,
    ListFiltersComponent,
    ListTableComponent,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './applications-list.page.html',
  styleUrl: './applications-list.page.scss',
})
export class ApplicationsListPage {
  readonly eventId = input.required<string>();
  protected readonly auth = inject(AuthService);
  private readonly service = inject(ReviewService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly i18n = inject(I18nService);

  protected readonly statuses = APPLICATION_STATUSES.filter((s) => s !== ApplicationStatus.Draft);
  protected readonly statusLabel = statusKey;

  private readonly queryParams = toSignal(this.route.queryParams, { initialValue: {} as Record<string, string> });
  protected readonly query = computed(() => parseListQuery(this.queryParams()));
  private readonly eventResource = loadEvent(() => this.eventId());
  protected readonly event = computed(() => loaded(this.eventResource));
  private readonly listResource = rxResource({
    params: () => ({ eventId: this.eventId(), query: this.query() }),
    stream: ({ params }) => this.service.list(params.eventId, params.query),
  });
  /** The last list loaded: it stays on screen (and the paginator keeps focus) while the next page loads. */
  protected readonly list = linkedSignal<StaffApplicationList | undefined, StaffApplicationList | undefined>({
    source: () => loaded(this.listResource),
    computation: (list, previous) => list ?? previous?.value,
  });
  protected readonly state = computed(() => {
    if (this.eventResource.error() || this.listResource.error()) return 'error';
    return this.listResource.isLoading() ? 'loading' : 'ready';
  });
  /** Rows ticked for a bulk decision; a new list keeps only those still decidable on it. */
  protected readonly selected = linkedSignal<StaffApplicationList | undefined, ReadonlySet<string>>({
    source: this.list,
    computation: (list, previous) => {
      const decidable = new Set(list?.items.filter((row) => DECIDABLE.includes(row.status)).map((row) => row.id));
      return new Set([...(previous?.value ?? [])].filter((id) => decidable.has(id)));
    },
  });
  protected readonly selectedIds = computed(() => [...this.selected()]);
  protected readonly names = computed(() =>
    Object.fromEntries((this.list()?.items ?? []).map((row) => [row.id, this.rowName(row)])),
  );

  constructor() {
    inject(PageTitleService).detail(() => this.event()?.title);
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

  protected applyFilters(change: Partial<StaffListQuery>): void {
    this.navigate(withChange(this.query(), change));
  }

  protected onPage(event: PageEvent): void {
    const pageSize = event.pageSize === DEFAULT_PAGE_SIZE ? undefined : event.pageSize;
    this.navigate(withChange(this.query(), { page: event.pageIndex + 1, pageSize }));
  }

  protected toggle({ id, checked }: { id: string; checked: boolean }): void {
    this.selected.update((set) => {
      const next = new Set(set);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  /** After a bulk decision (or staging one) the ticks go and the list shows the new states. */
  protected onDecided(): void {
    this.selected.set(new Set());
    this.listResource.reload();
  }

  private rowName(row: Pick<ApplicationDto, 'organisationName' | 'projectTitle'>): string {
    return row.organisationName || row.projectTitle || this.i18n.t('applications.untitled');
  }

  private navigate(query: StaffListQuery): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: toHttpParams(query) });
  }
}
