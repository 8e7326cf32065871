import { Injectable, computed, inject, linkedSignal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { PageEvent } from '@angular/material/paginator';
import { Router } from '@angular/router';
import {
  APPLICATION_STATUSES,
  ApplicationDto,
  ApplicationStatus,
  DECIDABLE,
  StaffApplicationList,
  StaffListQuery,
} from '@markt/shared';
import { statusKey } from '../applicant/application-status';
import { I18nService } from '../core/i18n/i18n.service';
import { loaded } from '../core/loaded';
import { queryParams, routeParam } from '../core/route-params';
import { loadEvent } from '../events/events-loader';
import { ReviewService } from './review.service';
import { DEFAULT_PAGE_SIZE, parseListQuery, toHttpParams, withChange } from './staff-list.query';

/**
 * The staff list page's state (provided by the page): the event of the address, the query in its parameters,
 * the list loaded for them, and the rows ticked for a decision in bulk. Filtering and paging go through the address.
 */
const STAFF_STATUSES = APPLICATION_STATUSES.filter((s) => s !== ApplicationStatus.Draft);

@Injectable()
export class ApplicationsListStore {
  private readonly service = inject(ReviewService);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);

  readonly eventId = routeParam('eventId');
  private readonly queryParams = queryParams();
  readonly query = computed(() => parseListQuery(this.queryParams()));
  private readonly eventResource = loadEvent(() => this.eventId());
  readonly event = computed(() => loaded(this.eventResource));
  private readonly listResource = rxResource({
    params: () => ({ eventId: this.eventId(), query: this.query() }),
    stream: ({ params }) => this.service.list(params.eventId, params.query),
  });
  /** The last list loaded: it stays on screen (and the paginator keeps focus) while the next page loads. */
  readonly list = linkedSignal<StaffApplicationList | undefined, StaffApplicationList | undefined>({
    source: () => loaded(this.listResource),
    computation: (list, previous) => list ?? previous?.value,
  });
  readonly state = computed(() => {
    if (this.eventResource.error() || this.listResource.error()) return 'error';
    return this.listResource.isLoading() ? 'loading' : 'ready';
  });
  /** Rows ticked for a bulk decision; a new list keeps only those still decidable on it. */
  readonly selected = linkedSignal<StaffApplicationList | undefined, ReadonlySet<string>>({
    source: this.list,
    computation: (list, previous) => {
      const decidable = new Set(list?.items.filter((row) => DECIDABLE.includes(row.status)).map((row) => row.id));
      return new Set([...(previous?.value ?? [])].filter((id) => decidable.has(id)));
    },
  });
  readonly selectedIds = computed(() => [...this.selected()]);
  /** The statuses with applications on the list, for the status links, and all applications together. */
  readonly statusCounts = computed(() => {
    const counts = this.list()?.counts ?? {};
    return STAFF_STATUSES.flatMap((status) =>
      counts[status] ? [{ status, key: statusKey(status), count: counts[status] }] : [],
    );
  });
  readonly total = computed(() =>
    Object.values(this.list()?.counts ?? {}).reduce((sum: number, n) => sum + (n ?? 0), 0),
  );
  readonly names = computed(() =>
    Object.fromEntries((this.list()?.items ?? []).map((row) => [row.id, this.rowName(row)])),
  );

  /** The address parameters of the current query with `change` applied, for links. */
  linkParams(change: Partial<StaffListQuery>): Record<string, string> {
    return toHttpParams(withChange(this.query(), change));
  }

  applyFilters(change: Partial<StaffListQuery>): void {
    this.navigate(withChange(this.query(), change));
  }

  onPage(event: PageEvent): void {
    const pageSize = event.pageSize === DEFAULT_PAGE_SIZE ? undefined : event.pageSize;
    this.navigate(withChange(this.query(), { page: event.pageIndex + 1, pageSize }));
  }

  /** After a bulk decision (or staging one) the ticks go and the list shows the new states. */
  onDecided(): void {
    this.selected.set(new Set());
    this.listResource.reload();
  }

  private rowName(row: Pick<ApplicationDto, 'organisationName' | 'projectTitle'>): string {
    return row.organisationName || row.projectTitle || this.i18n.t('applications.untitled');
  }

  private navigate(query: StaffListQuery): void {
    void this.router.navigate([], { queryParams: toHttpParams(query) });
  }
}
