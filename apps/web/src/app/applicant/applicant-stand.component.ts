import { HttpClient } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { ApplicationDto, EventDto, HOLDS_PLACE, LIMITS, PublicMarketDto, StandPeopleInput } from '@markt/shared';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { focusFirstInvalid } from '../core/forms/focus-first-invalid';
import { ErrorItem, handleFormError } from '../core/forms/server-errors';
import { LocalDateTimePipe } from '../core/i18n/date.pipe';
import { NotificationService } from '../core/notification.service';
import { PlanViewComponent } from '../plan/plan-view/plan-view.component';
import { PlanLike } from '../plan/plan-view/plan-view.model';

/**
 * The applicant's stand on the status page: its number and its place on the published plan (the
 * public market's drawing, read-only), and, after acceptance until the event's deadline, who staffs it.
 */
@Component({
  selector: 'app-applicant-stand',
  imports: [...FORM_IMPORTS, LocalDateTimePipe, PlanViewComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './applicant-stand.component.html',
  styles: `
    .applicant-stand__plan {
      margin: 0 0 1rem;
      max-width: 40rem;
    }
    .applicant-stand__plan app-plan-view {
      --plan-fit-height: 24rem;
      border: 1px solid var(--color-border-subtle);
    }
  `,
})
export class ApplicantStandComponent {
  readonly application = input.required<ApplicationDto>();
  readonly event = input.required<EventDto>();
  readonly changed = output<ApplicationDto>();

  private readonly http = inject(HttpClient);
  private readonly notifications = inject(NotificationService);
  private readonly injector = inject(Injector);
  private readonly formEl = viewChild<ElementRef<HTMLFormElement>>('formEl');

  protected readonly plan = signal<PlanLike | null>(null);
  protected readonly errors = signal<ErrorItem[]>([]);
  protected readonly saving = signal(false);
  protected readonly form = new FormGroup({
    staffNames: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LIMITS.application.text)],
    }),
    staffAccessibilityNeeds: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(LIMITS.application.text)],
    }),
  });

  /** The stand's id on the drawing: the plan names stands by id, the application by number. */
  protected readonly highlighted = computed(
    () => this.plan()?.stands.find((s) => s.number === this.application().stand?.number)?.id ?? null,
  );
  /** The server decides; this only mirrors its rule (accepted, before the event's deadline). */
  protected readonly peopleEditable = computed(() => {
    const deadline = this.event().standDetailsDeadline;
    return HOLDS_PLACE.includes(this.application().status) && !!deadline && new Date() < new Date(deadline);
  });

  constructor() {
    // The drawing is the published market's; it exists exactly when the stand is shown.
    effect(() => {
      const eventId = this.application().stand ? this.event().id : null;
      untracked(() => {
        if (!eventId || this.plan()) return;
        this.http
          .get<PublicMarketDto>(`/api/public/events/${encodeURIComponent(eventId)}/market`)
          .subscribe({ next: (market) => this.plan.set(market.plan), error: () => this.plan.set(null) });
      });
    });
    effect(() => {
      const { staffNames, staffAccessibilityNeeds } = this.application();
      untracked(() =>
        this.form.reset({ staffNames: staffNames ?? '', staffAccessibilityNeeds: staffAccessibilityNeeds ?? '' }),
      );
    });
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errors.set([{ key: 'form.fixErrors' }]);
      focusFirstInvalid(this.formEl()?.nativeElement, this.injector);
      return;
    }
    if (this.saving()) return;
    this.saving.set(true);
    this.errors.set([]);
    const v = this.form.getRawValue();
    const body: StandPeopleInput = {
      staffNames: v.staffNames.trim(),
      staffAccessibilityNeeds: v.staffAccessibilityNeeds.trim() || null,
    };
    this.http
      .put<ApplicationDto>(`/api/applications/${encodeURIComponent(this.application().id)}/stand-people`, body)
      .subscribe({
        next: (application) => {
          this.saving.set(false);
          this.notifications.show({ key: 'stand.saved' });
          this.changed.emit(application);
        },
        error: (error) => {
          this.saving.set(false);
          this.errors.set(handleFormError(this.form, error));
          focusFirstInvalid(this.formEl()?.nativeElement, this.injector);
        },
      });
  }
}
