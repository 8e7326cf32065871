import { HttpErrorResponse } from '@angular/common/http';
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
import { RouterLink, TitleStrategy } from '@angular/router';
import {
  ApplicationDto,
  AuditEntryDto,
  CHANGES_REQUESTABLE,
  DECIDABLE,
  EventDto,
  ReviewSummaryDto,
} from '@markt/shared';
import { Subscription, forkJoin, map, switchMap } from 'rxjs';
import { ApplicationHistoryComponent } from '../applicant/application-history.component';
import { statusKey } from '../applicant/application-status';
import { ApplicationSummaryComponent } from '../applicant/application-summary.component';
import { AuthService } from '../core/auth/auth.service';
import { LocalDateTimePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { TranslatedTitleStrategy } from '../core/i18n/translated-title.strategy';
import { EventsService } from '../events/events.service';
import { DecisionFormComponent } from './decision-form.component';
import { NotesComponent } from './notes.component';
import { OtherReviewsComponent } from './other-reviews.component';
import { RequestChangesFormComponent } from './request-changes-form.component';
import { ReviewChangesComponent } from './review-changes.component';
import { StagedDecisionNoteComponent } from './staged-decision-note.component';
import { ReviewFormComponent } from './review-form.component';
import { ReviewService } from './review.service';

type PageState = 'loading' | 'ready' | 'notFound' | 'error';

/** `/pruefung/bewerbungen/:id`: everything the applicant gave, own review, others' reviews, notes, and (admins) the decision. */
@Component({
  selector: 'app-application-review-page',
  imports: [
    RouterLink,
    TranslatePipe,
    LocalDateTimePipe,
    ApplicationSummaryComponent,
    ReviewFormComponent,
    NotesComponent,
    DecisionFormComponent,
    ApplicationHistoryComponent,
    OtherReviewsComponent,
    RequestChangesFormComponent,
    ReviewChangesComponent,
    StagedDecisionNoteComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .review-grid {
      display: grid;
      gap: 0 2rem;
      grid-template-columns: minmax(0, 1fr);
    }
    @media (min-width: 64rem) {
      .review-grid {
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      }
    }
  `,
  template: `
    @switch (state()) {
      @case ('loading') {
        <h1>{{ 'title.reviewApplication' | t }}</h1>
        <p role="status">{{ 'app.loading' | t }}</p>
      }
      @case ('notFound') {
        <h1>{{ 'application.notFoundHeading' | t }}</h1>
        <p role="alert" class="message message--error">{{ 'review.notFound' | t }}</p>
        <p>
          <a routerLink="/">{{ 'review.backHome' | t }}</a>
        </p>
      }
      @case ('error') {
        <h1>{{ 'title.reviewApplication' | t }}</h1>
        <p role="alert" class="message message--error">{{ 'errors.generic' | t }}</p>
      }
      @default {
        @let app = application()!;
        @let ev = event()!;
        <h1>{{ 'review.detail.heading' | t: { name: app.organisationName || ('applications.untitled' | t) } }}</h1>
        <p>
          <a [routerLink]="['/pruefung', ev.id]">{{ 'review.backToList' | t: { event: ev.title } }}</a>
        </p>
        <dl class="facts facts--wide">
          <div>
            <dt>{{ 'field.projectTitle' | t }}</dt>
            <dd>{{ app.projectTitle }}</dd>
          </div>
          <div>
            <dt>{{ 'applications.status' | t }}</dt>
            <dd>
              <span [class]="'badge badge--' + app.status" data-testid="application-status">{{
                statusLabel(app.status) | t
              }}</span>
            </dd>
          </div>
          @if (app.submittedAt) {
            <div>
              <dt>{{ 'application.submittedAt' | t }}</dt>
              <dd>{{ app.submittedAt | localDateTime }}</dd>
            </div>
          }
          @if (app.changedAfterSubmissionAt) {
            <div>
              <dt>{{ 'application.changedAfterSubmission' | t }}</dt>
              <dd>{{ app.changedAfterSubmissionAt | localDateTime }}</dd>
            </div>
          }
          @if (app.changeRequest; as request) {
            <div>
              <dt>{{ 'changes.requested' | t }}</dt>
              <dd data-testid="staff-change-request">
                <span class="prewrap">{{ request.message }}</span>
                ({{ 'changes.requestedAt' | t: { time: (request.requestedAt | localDateTime) } }}:
                @for (field of request.fields; track field; let last = $last) {
                  {{ 'field.' + field | t }}{{ last ? '' : ', ' }}
                }
                )
              </dd>
            </div>
          }
          @if (app.decisionMessage) {
            <div>
              <dt>{{ 'decision.messageShown' | t }}</dt>
              <dd class="prewrap">{{ app.decisionMessage }}</dd>
            </div>
          }
        </dl>
        <app-review-changes [changes]="summary()?.changesSinceOwnReview ?? []" />

        <div class="review-grid">
          <section aria-labelledby="details-heading">
            <h2 id="details-heading">{{ 'review.detailsHeading' | t }}</h2>
            <app-application-summary [fields]="app" [logoUrl]="logoUrl()" [headingLevel]="3" />
          </section>

          <div>
            <section aria-labelledby="own-review-heading">
              <h2 id="own-review-heading">{{ 'review.ownHeading' | t }}</h2>
              @if (summary()?.own; as own) {
                <p class="hint">{{ 'review.ownSavedAt' | t: { time: (own.updatedAt | localDateTime) } }}</p>
                @if (own.outdated) {
                  <p class="badge badge--waitlisted" data-testid="own-review-outdated">
                    {{ 'review.ownOutdated' | t }}
                  </p>
                }
              }
              <app-review-form
                [applicationId]="app.id"
                [criteria]="ev.reviewCriteria"
                [summary]="summary()"
                (saved)="onReviewed($event)"
              />
            </section>

            <section aria-labelledby="others-heading">
              <h2 id="others-heading">{{ 'review.othersHeading' | t }}</h2>
              <app-other-reviews [summary]="summary()" [criteria]="ev.reviewCriteria" [minReviews]="ev.minReviews" />
            </section>

            <section aria-labelledby="notes-heading">
              <h2 id="notes-heading">{{ 'notes.heading' | t }}</h2>
              <app-notes [applicationId]="app.id" />
            </section>

            @if (auth.isAdmin()) {
              <section aria-labelledby="decision-heading">
                <h2 id="decision-heading">{{ 'decision.heading' | t }}</h2>
                @if (decidable()) {
                  <app-decision-form
                    [applicationIds]="[app.id]"
                    [reviewCount]="summary()?.count ?? null"
                    [minReviews]="ev.minReviews"
                    (decided)="onDecided($event)"
                    (staged)="stagedVersion.set(stagedVersion() + 1)"
                  />
                } @else {
                  <p>{{ 'decision.notDecidable' | t: { status: (statusLabel(app.status) | t) } }}</p>
                }
                <app-staged-decision-note [applicationId]="app.id" [eventId]="ev.id" [version]="stagedVersion()" />
                @if (changesRequestable()) {
                  <app-request-changes-form [applicationId]="app.id" (requested)="onDecided([$event])" />
                }
              </section>
            }

            <section aria-labelledby="history-heading">
              <h2 id="history-heading">{{ 'application.historyHeading' | t }}</h2>
              <app-application-history [entries]="history()" />
            </section>
          </div>
        </div>
      }
    }
  `,
})
export class ApplicationReviewPage {
  readonly id = input.required<string>();
  protected readonly auth = inject(AuthService);
  private readonly service = inject(ReviewService);
  private readonly events = inject(EventsService);
  private readonly titleStrategy = inject(TitleStrategy);

  protected readonly state = signal<PageState>('loading');
  protected readonly application = signal<ApplicationDto | null>(null);
  protected readonly event = signal<EventDto | null>(null);
  protected readonly history = signal<AuditEntryDto[]>([]);
  protected readonly summary = signal<ReviewSummaryDto | null>(null);
  protected readonly statusLabel = statusKey;
  /** Bumped when a decision is staged, so the note of the staged decision reloads. */
  protected readonly stagedVersion = signal(0);
  protected readonly decidable = computed(() => {
    const app = this.application();
    return !!app && DECIDABLE.includes(app.status);
  });
  protected readonly changesRequestable = computed(() => {
    const app = this.application();
    return !!app && CHANGES_REQUESTABLE.includes(app.status);
  });
  protected readonly logoUrl = computed(() => {
    const app = this.application();
    return app?.hasLogo ? this.service.logoUrl(app) : null;
  });

  constructor() {
    let subscription: Subscription | undefined;
    effect(() => {
      const id = this.id();
      untracked(() => {
        subscription?.unsubscribe();
        subscription = this.load(id);
      });
    });
    inject(DestroyRef).onDestroy(() => subscription?.unsubscribe());
  }

  protected onReviewed(summary: ReviewSummaryDto): void {
    this.summary.set(summary);
    // the first review moves the application into review
    this.service
      .get(this.id())
      .subscribe({ next: (application) => this.application.set(application), error: () => undefined });
    this.refreshHistory();
  }

  protected onDecided([decided]: ApplicationDto[]): void {
    if (decided) this.application.set(decided);
    this.stagedVersion.set(this.stagedVersion() + 1);
    this.refreshHistory();
  }

  private load(id: string): Subscription {
    this.state.set('loading');
    return this.service
      .get(id)
      .pipe(
        switchMap((application) =>
          forkJoin([this.events.get(application.eventId), this.service.history(id), this.service.reviews(id)]).pipe(
            map(([event, history, summary]) => ({ application, event, history, summary })),
          ),
        ),
      )
      .subscribe({
        next: ({ application, event, history, summary }) => {
          this.application.set(application);
          this.event.set(event);
          this.history.set(history);
          this.summary.set(summary);
          this.state.set('ready');
          if (this.titleStrategy instanceof TranslatedTitleStrategy) {
            this.titleStrategy.setDetail(application.organisationName || application.projectTitle || event.title);
          }
        },
        error: (error: unknown) => {
          const status = error instanceof HttpErrorResponse ? error.status : 0;
          this.state.set(status === 404 || status === 400 || status === 403 ? 'notFound' : 'error');
        },
      });
  }

  private refreshHistory(): void {
    this.service.history(this.id()).subscribe({ next: (history) => this.history.set(history), error: () => undefined });
  }
}
