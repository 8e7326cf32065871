import { HttpClient } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormGroup, Validators } from '@angular/forms';
import { ApplicationDto, HOLDS_PLACE, LIMITS, PublicMarketDto, StandPeopleInput } from '@markt/shared';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { formSubmit } from '../core/forms/form-submit';
import { LocalDateTimePipe } from '../core/i18n/date.pipe';
import { PlanViewComponent } from '../plan/plan-view/plan-view.component';
import { textControl } from './application-form.model';
import { ApplicationStore } from './application.store';

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
  private readonly store = inject(ApplicationStore);
  protected readonly application = this.store.application;
  protected readonly event = this.store.event;
  private readonly http = inject(HttpClient);
  private readonly formEl = viewChild<ElementRef<HTMLFormElement>>('formEl');

  /** The published market's drawing: it exists exactly when the stand is shown. */
  private readonly market = rxResource({
    params: () => (this.application().stand ? { eventId: this.event().id } : undefined),
    stream: ({ params }) =>
      this.http.get<PublicMarketDto>(`/api/public/events/${encodeURIComponent(params.eventId)}/market`),
  });
  protected readonly plan = computed(() => (this.market.hasValue() ? this.market.value().plan : null));
  /** The application form's two fields, required here: staff must know who comes. */
  protected readonly form = new FormGroup({
    staffNames: textControl(LIMITS.application.text, Validators.required),
    staffAccessibilityNeeds: textControl(LIMITS.application.text),
  });

  protected readonly submission = formSubmit(this.form, () => this.formEl()?.nativeElement);
  /** The public drawing keys its stands by number (see `PublicStand.id`). */
  protected readonly highlighted = computed(() => this.application().stand?.number ?? null);
  /** The server decides; this only mirrors its rule (accepted, before the event's deadline). */
  protected readonly peopleEditable = computed(() => {
    const deadline = this.event().standDetailsDeadline;
    return HOLDS_PLACE.includes(this.application().status) && !!deadline && new Date() < new Date(deadline);
  });

  constructor() {
    effect(() => {
      const { staffNames, staffAccessibilityNeeds } = this.application();
      untracked(() =>
        this.form.reset({ staffNames: staffNames ?? '', staffAccessibilityNeeds: staffAccessibilityNeeds ?? '' }),
      );
    });
  }

  protected save(): void {
    const v = this.form.getRawValue();
    const body: StandPeopleInput = {
      staffNames: v.staffNames.trim(),
      staffAccessibilityNeeds: v.staffAccessibilityNeeds.trim() || null,
    };
    this.submission.run(
      () =>
        this.http.put<ApplicationDto>(
          `/api/applications/${encodeURIComponent(this.application().id)}/stand-people`,
          body,
        ),
      (application) => {
        this.store.changed(application, 'stand.saved');
      },
    );
  }
}
