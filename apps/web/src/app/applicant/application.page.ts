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
import { HttpErrorResponse } from '@angular/common/http';
import { Router, RouterLink, TitleStrategy } from '@angular/router';
import { ApplicationDto, ApplicationStatus, AuditEntryDto, EventDto } from '@markt/shared';
import { Subscription, forkJoin, switchMap } from 'rxjs';
import { LocalDateTimePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { TranslatedTitleStrategy } from '../core/i18n/translated-title.strategy';
import { EventsService } from '../events/events.service';
import { ApplicantStandComponent } from './applicant-stand.component';
import { ApplicationFormComponent } from './application-form.component';
import { parseStep } from './application-form.model';
import { canEdit, statusKey } from './application-status';
import { EmailVerificationNoticeComponent } from './email-verification-notice.component';
import { ApplicationStatusComponent } from './application-status.component';
import { ApplicationSummaryComponent } from './application-summary.component';
import { ApplicationsService } from './applications.service';
import { ChangeRequestNoticeComponent } from './change-request-notice.component';

type PageState = 'loading' | 'ready' | 'notFound' | 'error';

/**
 * `/bewerbungen/:id`: a draft opens in the form; a submitted application shows its status, history
 * and a summary, and opens in the same form (`?schritt=`) while it may still be changed.
 */
@Component({
  selector: 'app-application-page',
  imports: [
    RouterLink,
    TranslatePipe,
    LocalDateTimePipe,
    ApplicationFormComponent,
    ApplicationStatusComponent,
    ApplicationSummaryComponent,
    EmailVerificationNoticeComponent,
    ChangeRequestNoticeComponent,
    ApplicantStandComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (state()) {
      @case ('loading') {
        <h1>{{ 'title.application' | t }}</h1>
        <p role="status">{{ 'app.loading' | t }}</p>
      }
      @case ('notFound') {
        <h1>{{ 'application.notFoundHeading' | t }}</h1>
        <p role="alert" class="message message--error">{{ 'application.notFound' | t }}</p>
        <p>
          <a routerLink="/bewerbungen">{{ 'application.back' | t }}</a>
        </p>
      }
      @case ('error') {
        <h1>{{ 'title.application' | t }}</h1>
        <p role="alert" class="message message--error">{{ 'errors.generic' | t }}</p>
        <p>
          <a routerLink="/bewerbungen">{{ 'application.back' | t }}</a>
        </p>
      }
      @default {
        @let app = application()!;
        @let ev = event()!;
        <h1>{{ 'application.heading' | t: { event: ev.title } }}</h1>
        <p>
          <a routerLink="/bewerbungen">{{ 'application.back' | t }}</a>
        </p>
        <app-email-verification-notice />
        <app-change-request-notice [application]="app" [event]="ev" [showResubmitLink]="mode() !== 'form'" />
        @if (mode() === 'form') {
          @if (app.status !== draft) {
            <p>
              {{ 'applications.status' | t }}:
              <span [appStatusBadge]="app.status"></span>
            </p>
            <p class="hint">
              {{ 'application.editAfterSubmit' | t: { date: (ev.applicationClosesAt | localDateTime) } }}
            </p>
            <p>
              <a [routerLink]="['/bewerbungen', app.id]">{{ 'application.toOverview' | t }}</a>
            </p>
          } @else {
            <p class="hint">{{ 'application.deadline' | t: { date: (ev.applicationClosesAt | localDateTime) } }}</p>
          }
          <app-application-form
            [application]="app"
            [event]="ev"
            [step]="step()"
            [focusOnStart]="openedFromOverview"
            (saved)="application.set($event)"
            (submitted)="onSubmitted($event)"
          />
        } @else {
          <app-application-status
            [application]="app"
            [event]="ev"
            [history]="history()"
            (changed)="onChanged($event)"
          />
          <app-applicant-stand [application]="app" [event]="ev" (changed)="onChanged($event)" />
          <section aria-labelledby="details-heading">
            <h2 id="details-heading">{{ 'application.summaryHeading' | t }}</h2>
            @if (!editable()) {
              <p class="hint">{{ 'application.readOnly' | t }}</p>
            } @else {
              <p class="hint">
                {{ 'application.editAfterSubmit' | t: { date: (ev.applicationClosesAt | localDateTime) } }}
              </p>
            }
            <app-application-summary
              [fields]="app"
              [logoUrl]="logoUrl()"
              [headingLevel]="3"
              [editHref]="editable() ? editBase() : null"
              (edit)="openStep($event)"
            />
          </section>
        }
      }
    }
  `,
})
export class ApplicationPage {
  readonly id = input.required<string>();
  /** `?schritt=` */
  readonly schritt = input<string>();

  private readonly service = inject(ApplicationsService);
  private readonly events = inject(EventsService);
  private readonly router = inject(Router);
  private readonly titleStrategy = inject(TitleStrategy);

  protected readonly draft = ApplicationStatus.Draft;
  protected openedFromOverview = false;
  protected readonly state = signal<PageState>('loading');
  protected readonly application = signal<ApplicationDto | null>(null);
  protected readonly event = signal<EventDto | null>(null);
  protected readonly history = signal<AuditEntryDto[]>([]);

  protected readonly editable = computed(() => {
    const application = this.application();
    return !!application && canEdit(application, this.event());
  });
  /** Drafts start in the form; other applications in the overview unless a step is asked for. */
  protected readonly mode = computed<'form' | 'overview'>(() => {
    if (!this.editable()) return 'overview';
    return this.schritt() || this.application()?.status === ApplicationStatus.Draft ? 'form' : 'overview';
  });
  protected readonly step = computed(() => parseStep(this.schritt(), 1));
  protected readonly statusLabel = computed(() => statusKey(this.application()?.status ?? ApplicationStatus.Draft));
  protected readonly logoUrl = computed(() => {
    const application = this.application();
    return application?.hasLogo ? this.service.logoUrl(application) : null;
  });
  protected readonly editBase = computed(() => `/bewerbungen/${this.id()}?schritt=`);

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

  protected openStep(step: number): void {
    this.openedFromOverview = true;
    void this.router.navigate([], { queryParams: { schritt: step } });
  }

  protected onSubmitted(application: ApplicationDto): void {
    this.application.set(application);
    this.refreshHistory();
    void this.router.navigate([], { queryParams: {} });
  }

  protected onChanged(application: ApplicationDto): void {
    this.application.set(application);
    this.refreshHistory();
  }

  private load(id: string): Subscription {
    this.state.set('loading');
    return this.service
      .get(id)
      .pipe(
        switchMap((application) =>
          forkJoin([this.events.get(application.eventId), this.service.history(id)]).pipe(
            switchMap(([event, history]) => [{ application, event, history }]),
          ),
        ),
      )
      .subscribe({
        next: ({ application, event, history }) => {
          this.application.set(application);
          this.event.set(event);
          this.history.set(history);
          this.state.set('ready');
          if (this.titleStrategy instanceof TranslatedTitleStrategy) this.titleStrategy.setDetail(event.title);
        },
        error: (error: unknown) => {
          const status = error instanceof HttpErrorResponse ? error.status : 0;
          // 400 is a malformed id: as unknown as any other
          this.state.set(status === 404 || status === 400 ? 'notFound' : 'error');
        },
      });
  }

  private refreshHistory(): void {
    this.service.history(this.id()).subscribe({ next: (history) => this.history.set(history), error: () => undefined });
  }
}
