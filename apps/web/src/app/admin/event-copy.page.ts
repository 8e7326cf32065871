import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, viewChild } from '@angular/core';
import { loadEvent } from '../events/events-loader';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { DATE_PATTERN, LIMITS } from '@markt/shared';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { formSubmit } from '../core/forms/form-submit';
import { loadState, loaded } from '../core/loaded';
import { NotificationService } from '../core/notification.service';
import { PageTitleService } from '../core/page-title.service';
import { CurrentEventService } from '../events/current-event.service';
import { EventsService } from '../events/events.service';
import { LoadStateComponent } from '../ui/load-state.component';
import { TextFieldComponent } from '../ui/text-field.component';
import { laterThan, localInputToIso, revalidateOnChange } from './event-form.model';

/**
 * `/verwaltung/veranstaltungen/:id/kopieren`: a new event as a copy of this one. Only title and dates are
 * asked; settings, topics, criteria, floor plan and templates come along, applicants' data never does.
 * The copy opens in the event form, as a draft.
 */
@Component({
  selector: 'app-event-copy-page',
  imports: [...FORM_IMPORTS, RouterLink, LoadStateComponent, TextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './event-copy.page.html',
})
export class EventCopyPage {
  readonly id = input.required<string>();
  private readonly events = inject(EventsService);
  private readonly currentEvent = inject(CurrentEventService);
  private readonly notifications = inject(NotificationService);
  private readonly router = inject(Router);
  private readonly formEl = viewChild<ElementRef<HTMLFormElement>>('formEl');

  protected readonly form = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LIMITS.event.title)],
    }),
    date: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(DATE_PATTERN)],
    }),
    applicationOpensAt: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    applicationClosesAt: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, laterThan('applicationOpensAt', 'closesBeforeOpens')],
    }),
  });
  private readonly source = loadEvent(() => this.id());
  protected readonly state = computed(() => loadState(this.source));
  protected readonly sourceEvent = computed(() => loaded(this.source));
  protected readonly submission = formSubmit(this.form, () => this.formEl()?.nativeElement);

  constructor() {
    revalidateOnChange(this.form.controls.applicationOpensAt, this.form.controls.applicationClosesAt);
    inject(PageTitleService).detail(() => this.sourceEvent()?.title);
  }

  protected submit(): void {
    const v = this.form.getRawValue();
    this.submission.run(
      () =>
        this.events.copy(this.id(), {
          title: v.title.trim(),
          date: v.date,
          applicationOpensAt: localInputToIso(v.applicationOpensAt),
          applicationClosesAt: localInputToIso(v.applicationClosesAt),
        }),
      (copy) => {
        this.currentEvent.refresh();
        this.notifications.show({ key: 'eventCopy.done' }, { keepForNextNavigation: true });
        void this.router.navigate(['/verwaltung/veranstaltungen', copy.id], { replaceUrl: true });
      },
    );
  }
}
