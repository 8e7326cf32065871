import { Injectable, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { ApplicantAction, ApplicationDto, ApplicationStatus, EventDto } from '@markt/shared';
import { I18nService } from '../core/i18n/i18n.service';
import { isUnknown, loaded } from '../core/loaded';
import { queryParam, routeParam } from '../core/route-params';
import { NotificationService } from '../core/notification.service';
import { loadEvent } from '../events/events-loader';
import { parseStep } from './application-form.model';
import { canDo, canEdit } from './application-status';
import { ApplicationsService } from './applications.service';

export type ApplicationPageState = 'loading' | 'ready' | 'notFound' | 'error';

/**
 * The application of `/bewerbungen/:id` (`?schritt=`) with its event and history, and what changes it. The page
 * provides it; its parts (form, status, stand) inject it rather than being handed the same pieces one by one, and
 * report a changed application here, so everything on the page shows the same one.
 */
@Injectable()
export class ApplicationStore {
  private readonly service = inject(ApplicationsService);
  private readonly router = inject(Router);
  private readonly notifications = inject(NotificationService);
  private readonly i18n = inject(I18nService);

  readonly id = routeParam('id');
  private readonly schritt = queryParam('schritt');

  private readonly applicationResource = rxResource({
    params: () => this.id(),
    stream: ({ params: id }) => this.service.get(id),
  });
  /** A computed, so a saved application (the same event) does not fetch the event again. */
  private readonly eventResource = loadEvent(computed(() => loaded(this.applicationResource)?.eventId));
  private readonly historyResource = rxResource({
    params: () => this.id(),
    stream: ({ params: id }) => this.service.history(id),
  });

  readonly state = computed<ApplicationPageState>(() => {
    const error = this.applicationResource.error() ?? this.eventResource.error() ?? this.historyResource.error();
    if (error) return isUnknown(error) ? 'notFound' : 'error';
    const ready =
      this.applicationResource.hasValue() && this.eventResource.hasValue() && this.historyResource.hasValue();
    return ready ? 'ready' : 'loading';
  });
  /** The event's title as soon as it is there (for the browser tab), before the page is ready. */
  readonly eventTitle = computed(() => loaded(this.eventResource)?.title);
  /** The application and its event: read only where `state()` is 'ready', i.e. by the page's parts. */
  readonly application = computed(() => loaded(this.applicationResource) as ApplicationDto);
  readonly event = computed(() => loaded(this.eventResource) as EventDto);
  readonly history = computed(() => loaded(this.historyResource) ?? []);

  readonly editable = computed(() => canEdit(this.application(), this.event()));
  /** A draft that may be submitted (rather than a submitted application being changed). */
  readonly isDraft = computed(() => this.can('submit'));
  /** Drafts start in the form; other applications in the overview unless a step is asked for. */
  readonly mode = computed<'form' | 'overview'>(() => {
    if (!this.editable()) return 'overview';
    return this.schritt() || this.application().status === ApplicationStatus.Draft ? 'form' : 'overview';
  });
  readonly step = computed(() => parseStep(this.schritt(), 1));
  /** The address of a step without its number: `/bewerbungen/<id>?schritt=`. */
  readonly stepBase = computed(() => `/bewerbungen/${this.id()}?schritt=`);
  readonly logoUrl = computed(() => {
    const application = this.application();
    return application.hasLogo ? this.service.logoUrl(application) : null;
  });
  /** A step opened from the overview's „Bearbeiten“ links: the form then starts with the focus on its heading. */
  openedFromOverview = false;

  /** Whether the applicant may do this with the application now (the server decides; this mirrors its rule). */
  can(action: ApplicantAction): boolean {
    return canDo(action, this.application(), this.event());
  }

  /** Shows a step of the form: its number is part of the address. */
  showStep(step: number): void {
    void this.router.navigate([], { queryParams: { schritt: step }, queryParamsHandling: 'merge' });
  }

  /** From the overview's „Bearbeiten“ links: the form then starts with the focus on its heading. */
  openStep(step: number): void {
    this.openedFromOverview = true;
    this.showStep(step);
  }

  /** A step or the logo was saved: the history has nothing new. */
  saved(application: ApplicationDto): void {
    this.applicationResource.set(application);
  }

  /**
   * Withdrawn, confirmed, submitted, consents or stand people changed: the history may have a new entry. `notice`
   * is the translation key of what the user is told.
   */
  changed(application: ApplicationDto, notice?: string): void {
    if (notice) this.notifications.show({ key: notice });
    this.applicationResource.set(application);
    this.historyResource.reload();
  }

  /** A step of the form was saved (or had nothing new): the user is told when, also on the step shown next. */
  announceSaved(): void {
    const time = this.i18n.formatTime(new Date());
    this.notifications.show({ key: 'application.saved', params: { time } }, { keepForNextNavigation: true });
  }

  /** Submitted from the form's last step: back to the overview, which says so. */
  submitted(application: ApplicationDto): void {
    this.notifications.show({ key: 'application.submitted' }, { keepForNextNavigation: true });
    this.changed(application);
    void this.router.navigate([], { queryParams: {} });
  }
}
