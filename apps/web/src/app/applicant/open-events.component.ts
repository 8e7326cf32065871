import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { ApplicationStatus, EventDto } from '@markt/shared';
import { formSubmit } from '../core/forms/form-submit';
import { FormErrorSummaryComponent } from '../core/forms/form-error-summary.component';
import { LocalDateTimePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { MatButtonModule } from '@angular/material/button';
import { ActionForDirective } from '../ui/action-for.directive';
import { ApplicantOverview } from './applicant-overview';
import { ApplicationsService } from './applications.service';

/**
 * Events open for applications, each with „Bewerbung starten“ (or a link to the existing application); shown once
 * the overview is loaded, since which events have an application is not known before.
 */
@Component({
  selector: 'app-open-events',
  imports: [
    RouterLink,
    TranslatePipe,
    LocalDateTimePipe,
    MatButtonModule,
    FormErrorSummaryComponent,
    ActionForDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './open-events.component.html',
})
export class OpenEventsComponent {
  readonly overview = input.required<ApplicantOverview>();
  private readonly service = inject(ApplicationsService);
  private readonly router = inject(Router);
  protected readonly startAction = formSubmit();
  private readonly startedEvent = signal<string | null>(null);
  /** The event whose application is being started. */
  protected readonly starting = computed(() => (this.startAction.pending() ? this.startedEvent() : null));

  protected readonly existingByEvent = computed(
    () =>
      new Map(
        this.overview()
          .applications()
          .filter((a) => a.status !== ApplicationStatus.Withdrawn)
          .map((a) => [a.eventId, a]),
      ),
  );

  protected start(event: EventDto): void {
    if (this.startAction.pending()) return;
    this.startedEvent.set(event.id);
    this.startAction.run(
      () => this.service.start(event.id),
      (application) => void this.router.navigate(['/bewerbungen', application.id], { queryParams: { schritt: 1 } }),
    );
  }
}
