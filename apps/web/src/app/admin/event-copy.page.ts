import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { formSubmit } from '../core/forms/form-submit';
import { loadState, loaded } from '../core/loaded';
import { PageTitleService } from '../core/page-title.service';
import { loadEvent } from '../events/events-loader';
import { EventsService } from '../events/events.service';
import { DefinedTextFieldComponent } from '../ui/defined-text-field.component';
import { LoadStateComponent } from '../ui/load-state.component';
import { EventTextField } from './event-form.fields';
import { createCopyForm, localInputToIso } from './event-form.model';
import { eventSaved } from './event-saved';

/**
 * `/verwaltung/veranstaltungen/:id/kopieren`: a new event as a copy of this one. Only title and dates are
 * asked; settings, topics, criteria, floor plan and templates come along, applicants' data never does.
 * The copy opens in the event form, as a draft.
 */
@Component({
  selector: 'app-event-copy-page',
  imports: [...FORM_IMPORTS, RouterLink, LoadStateComponent, DefinedTextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './event-copy.page.html',
})
export class EventCopyPage {
  readonly id = input.required<string>();
  private readonly events = inject(EventsService);
  private readonly saved = eventSaved();
  private readonly formEl = viewChild<ElementRef<HTMLFormElement>>('formEl');

  protected readonly form = createCopyForm();
  /** The copy's inputs, labelled as in the event form. */
  protected readonly fields = (
    [
      ['title', 'text'],
      ['date', 'date'],
      ['applicationOpensAt', 'datetime-local'],
      ['applicationClosesAt', 'datetime-local'],
    ] as const
  ).map(
    ([name, type]): EventTextField => ({
      id: 'copy-' + name,
      label: 'eventForm.' + name,
      type,
      control: this.form.controls[name],
    }),
  );
  private readonly source = loadEvent(() => this.id());
  protected readonly state = computed(() => loadState(this.source));
  protected readonly sourceEvent = computed(() => loaded(this.source));
  protected readonly submission = formSubmit(this.form, () => this.formEl()?.nativeElement);

  constructor() {
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
      (copy) => this.saved('eventCopy.done', copy),
    );
  }
}
