import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, Resource, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { ApplicationDto, canTransition, DECIDABLE, ReviewSummaryDto } from '@markt/shared';
import { ApplicationHistoryComponent } from '../applicant/application-history.component';
import { statusKey } from '../applicant/application-status';
import { ApplicationSummaryComponent } from '../applicant/application-summary.component';
import { AuthService } from '../core/auth/auth.service';
import { LocalDateTimePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { loaded } from '../core/loaded';
import { PageTitleService } from '../core/page-title.service';
import { loadEvent } from '../events/events-loader';
import { DecisionFormComponent } from './decision-form.component';
import { NotesComponent } from './notes.component';
import { OtherReviewsComponent } from './other-reviews.component';
import { RequestChangesFormComponent } from './request-changes-form.component';
import { ReviewChangesComponent } from './review-changes.component';
import { ReviewFactsComponent } from './review-facts.component';
import { StagedDecisionNoteComponent } from './staged-decision-note.component';
import { ReviewFormComponent } from './review-form.component';
import { ReviewService } from './review.service';
import { LoadStateComponent } from '../ui/load-state.component';

type PageState = 'loading' | 'ready' | 'notFound' | 'error';

/** `/pruefung/bewerbungen/:id`: everything the applicant gave, own review, others' reviews, notes, and (admins) the decision. */
@Component({
  selector: 'app-application-review-page',
  imports: [
    RouterLink,
    TranslatePipe,
    LocalDateTimePipe,
    ApplicationSummaryComponent,
    ReviewFactsComponent,
    ReviewFormComponent,
    NotesComponent,
    DecisionFormComponent,
    ApplicationHistoryComponent,
    OtherReviewsComponent,
    RequestChangesFormComponent,
    ReviewChangesComponent,
    StagedDecisionNoteComponent,
    LoadStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './application-review.page.scss',
  templateUrl: './application-review.page.html',
})
export class ApplicationReviewPage {
  readonly id = input.required<string>();
  protected readonly auth = inject(AuthService);
  private readonly service = inject(ReviewService);

  private readonly applicationResource = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.service.get(params),
  });
  private readonly eventResource = loadEvent(() => loaded(this.applicationResource)?.eventId);
  private readonly historyResource = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.service.history(params),
  });
  private readonly summaryResource = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.service.reviews(params),
  });

  protected readonly state = computed<PageState>(() => {
    const resources: Resource<unknown>[] = [
      this.applicationResource,
      this.eventResource,
      this.historyResource,
      this.summaryResource,
    ];
    const error = resources.map((resource) => resource.error()).find(Boolean);
    if (error) {
      const status = error instanceof HttpErrorResponse ? error.status : 0;
      return status === 404 || status === 400 || status === 403 ? 'notFound' : 'error';
    }
    return resources.every((resource) => resource.hasValue()) ? 'ready' : 'loading';
  });
  protected readonly application = computed(() => loaded(this.applicationResource));
  protected readonly event = computed(() => loaded(this.eventResource));
  protected readonly history = computed(() => loaded(this.historyResource) ?? []);
  protected readonly summary = computed(() => loaded(this.summaryResource) ?? null);
  protected readonly statusLabel = statusKey;
  /** Bumped when a decision is staged, so the note of the staged decision reloads. */
  protected readonly stagedVersion = signal(0);
  protected readonly decidable = computed(() => {
    const app = this.application();
    return !!app && DECIDABLE.includes(app.status);
  });
  protected readonly changesRequestable = computed(() => {
    const app = this.application();
    const role = this.auth.role();
    return !!app && !!role && canTransition('requestChanges', app.status, role, { event: this.event() });
  });
  protected readonly logoUrl = computed(() => {
    const app = this.application();
    return app?.hasLogo ? this.service.logoUrl(app) : null;
  });

  constructor() {
    inject(PageTitleService).detail(() => {
      const app = this.application();
      return app && (app.organisationName || app.projectTitle || this.event()?.title);
    });
  }

  protected onReviewed(summary: ReviewSummaryDto): void {
    this.summaryResource.set(summary);
    // the first review moves the application into review
    this.applicationResource.reload();
    this.historyResource.reload();
  }

  protected onDecided([decided]: ApplicationDto[]): void {
    if (decided) this.applicationResource.set(decided);
    this.stagedVersion.update((version) => version + 1);
    this.historyResource.reload();
  }
}
