import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { ApplicationDto, ApplicationStatus } from '@markt/shared';
import { LocalDateTimePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { loaded } from '../core/loaded';
import { PageTitleService } from '../core/page-title.service';
import { loadEvent } from '../events/events-loader';
import { LoadStateComponent } from '../ui/load-state.component';
import { ApplicantStandComponent } from './applicant-stand.component';
import { ApplicationFormComponent } from './application-form.component';
import { parseStep } from './application-form.model';
import { canEdit } from './application-status';
import { EmailVerificationNoticeComponent } from './email-verification-notice.component';
import { ApplicationStatusComponent } from './application-status.component';
import { ApplicationSummaryComponent } from './application-summary.component';
import { ApplicationsService } from './applications.service';
import { ChangeRequestNoticeComponent } from './change-request-notice.component';
import { StatusBadgeComponent } from '../ui/status-badge.component';

type PageState = 'loading' | 'ready' | 'notFound' | 'error';

/** 404, or 400 for a malformed id: the application is as unknown as any other. */
function isUnknown(error: Error): boolean {
  const response = (error as { cause?: unknown }).cause ?? error;
  return response instanceof HttpErrorResponse && (response.status === 404 || response.status === 400);
}

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
    StatusBadgeComponent,
    LoadStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './application.page.html',
})
export class ApplicationPage {
  readonly id = input.required<string>();
  /** `?schritt=` */
  readonly schritt = input<string>();

  private readonly service = inject(ApplicationsService);
  private readonly router = inject(Router);

  private readonly applicationResource = rxResource({
    params: () => this.id(),
    stream: ({ params: id }) => this.service.get(id),
  });
  private readonly eventResource = loadEvent(() => loaded(this.applicationResource)?.eventId);
  private readonly historyResource = rxResource({
    params: () => this.id(),
    stream: ({ params: id }) => this.service.history(id),
  });

  protected readonly draft = ApplicationStatus.Draft;
  protected openedFromOverview = false;
  protected readonly application = computed(() => loaded(this.applicationResource));
  protected readonly event = computed(() => loaded(this.eventResource) ?? null);
  protected readonly history = computed(() => loaded(this.historyResource) ?? []);
  protected readonly state = computed<PageState>(() => {
    const error = this.applicationResource.error() ?? this.eventResource.error() ?? this.historyResource.error();
    if (error) return isUnknown(error) ? 'notFound' : 'error';
    const ready = this.application() && this.event() && this.historyResource.hasValue();
    return ready ? 'ready' : 'loading';
  });

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
  protected readonly logoUrl = computed(() => {
    const application = this.application();
    return application?.hasLogo ? this.service.logoUrl(application) : null;
  });
  protected readonly editBase = computed(() => `/bewerbungen/${this.id()}?schritt=`);

  constructor() {
    inject(PageTitleService).detail(() => this.event()?.title);
  }

  protected openStep(step: number): void {
    this.openedFromOverview = true;
    void this.router.navigate([], { queryParams: { schritt: step } });
  }

  protected onSaved(application: ApplicationDto): void {
    this.applicationResource.set(application);
  }

  protected onSubmitted(application: ApplicationDto): void {
    this.onChanged(application);
    void this.router.navigate([], { queryParams: {} });
  }

  protected onChanged(application: ApplicationDto): void {
    this.applicationResource.set(application);
    this.historyResource.reload();
  }
}
