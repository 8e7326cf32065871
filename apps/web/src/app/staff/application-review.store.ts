import { Injectable, Resource, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ApplicationDto, DECIDABLE, ReviewSummaryDto, canTransition } from '@markt/shared';
import { AuthService } from '../core/auth/auth.service';
import { isUnknown, loaded } from '../core/loaded';
import { routeParam } from '../core/route-params';
import { loadEvent } from '../events/events-loader';
import { DecisionResult } from './decision-form.component';
import { ReviewService } from './review.service';

type PageState = 'loading' | 'ready' | 'notFound' | 'error';

/**
 * The review page's data (provided by the page): the application of the address, its event, history and reviews,
 * and what a review, a decision or a request for changes updates of them.
 */
@Injectable()
export class ApplicationReviewStore {
  private readonly service = inject(ReviewService);
  private readonly auth = inject(AuthService);
  readonly applicationId = routeParam('id');

  private readonly applicationResource = rxResource({
    params: () => this.applicationId(),
    stream: ({ params }) => this.service.get(params),
  });
  private readonly eventResource = loadEvent(() => loaded(this.applicationResource)?.eventId);
  private readonly historyResource = rxResource({
    params: () => this.applicationId(),
    stream: ({ params }) => this.service.history(params),
  });
  private readonly summaryResource = rxResource({
    params: () => this.applicationId(),
    stream: ({ params }) => this.service.reviews(params),
  });

  readonly state = computed<PageState>(() => {
    const resources: Resource<unknown>[] = [
      this.applicationResource,
      this.eventResource,
      this.historyResource,
      this.summaryResource,
    ];
    const error = resources.map((resource) => resource.error()).find(Boolean);
    if (error) return isUnknown(error, 403) ? 'notFound' : 'error';
    return resources.every((resource) => resource.hasValue()) ? 'ready' : 'loading';
  });
  readonly isAdmin = this.auth.isAdmin;
  readonly application = computed(() => loaded(this.applicationResource));
  readonly event = computed(() => loaded(this.eventResource));
  readonly history = computed(() => loaded(this.historyResource) ?? []);
  readonly summary = computed(() => loaded(this.summaryResource) ?? null);
  /** Bumped when a decision is staged, taken or changes are requested, so the note of the staged decision reloads. */
  readonly stagedVersion = signal(0);
  readonly decidable = computed(() => {
    const app = this.application();
    return !!app && DECIDABLE.includes(app.status);
  });
  readonly changesRequestable = computed(() => {
    const app = this.application();
    const role = this.auth.role();
    return !!app && !!role && canTransition('requestChanges', app.status, role, { event: this.event() });
  });
  readonly logoUrl = computed(() => {
    const app = this.application();
    return app?.hasLogo ? this.service.logoUrl(app) : null;
  });
  /** The detail of the page title: the organisation, else the project, else the event. */
  readonly title = computed(() => {
    const app = this.application();
    return app && (app.organisationName || app.projectTitle || this.event()?.title);
  });

  onReviewed(summary: ReviewSummaryDto): void {
    this.summaryResource.set(summary);
    // the first review moves the application into review
    this.applicationResource.reload();
    this.historyResource.reload();
  }

  /** A staged decision changes only the note of it. */
  onDecided(result: DecisionResult): void {
    if (result.staged) this.stagedVersion.update((version) => version + 1);
    else this.onChanged(result.items[0]);
  }

  /** A decision taken or changes requested: the application, its history and the note of a staged one reload. */
  onChanged(application: ApplicationDto | undefined): void {
    if (application) this.applicationResource.set(application);
    this.stagedVersion.update((version) => version + 1);
    this.historyResource.reload();
  }
}
