import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  OnInit,
  computed,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormArray } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { EVENT_STATUSES } from '@markt/shared';
import { tap } from 'rxjs';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { formSubmit } from '../core/forms/form-submit';
import { LoadState, loaded } from '../core/loaded';
import { PageTitleService } from '../core/page-title.service';
import { EventsService } from '../events/events.service';
import { focusAfterRender } from '../ui/focus-after-render';
import { DefinedTextFieldComponent } from '../ui/defined-text-field.component';
import { LoadStateComponent } from '../ui/load-state.component';
import { DefinedNumberFieldComponent } from '../ui/defined-number-field.component';
import { NumberFieldComponent } from '../ui/number-field.component';
import { SelectFieldComponent, keyedOptions } from '../ui/select-field.component';
import { TextFieldComponent } from '../ui/text-field.component';
import { RepeatedList, eventFormFields } from './event-form.fields';
import { eventSaved } from './event-saved';
import { createEventForm, criterionGroup, eventInputFrom, fillEventForm } from './event-form.model';

/** Create (`/verwaltung/veranstaltungen/neu`) and edit (`/verwaltung/veranstaltungen/:id`) an event. */
@Component({
  selector: 'app-event-form-page',
  imports: [
    ...FORM_IMPORTS,
    RouterLink,
    TextFieldComponent,
    DefinedTextFieldComponent,
    DefinedNumberFieldComponent,
    NumberFieldComponent,
    LoadStateComponent,
    SelectFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './event-form.page.scss',
  templateUrl: './event-form.page.html',
})
export class EventFormPage implements OnInit {
  /** Route parameter; absent when creating. */
  readonly id = input<string>();
  private readonly events = inject(EventsService);
  private readonly saved = eventSaved();
  private readonly focusLater = focusAfterRender();
  private readonly formEl = viewChild<ElementRef<HTMLFormElement>>('formEl');

  protected readonly statuses = keyedOptions(EVENT_STATUSES, 'status.');
  protected readonly form = createEventForm();
  protected readonly fields = eventFormFields(this.form);
  /** A criterion's two number inputs after its label. */
  protected readonly bounds = [
    { name: 'min', key: 'eventForm.criterionMin' },
    { name: 'max', key: 'eventForm.criterionMax' },
  ] as const;
  /** The event being edited, filled into the form as it arrives; idle when creating one. */
  protected readonly event = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.events.get(params).pipe(tap((event) => fillEventForm(this.form, event))),
  });
  /** Creating, the form shows at once; editing, once the event has arrived. */
  protected readonly state = computed<LoadState>(() =>
    this.event.error() ? 'error' : this.event.isLoading() ? 'loading' : 'ready',
  );
  protected readonly submission = formSubmit(this.form, () => this.formEl()?.nativeElement);

  constructor() {
    inject(PageTitleService).detail(() => loaded(this.event)?.title);
  }

  ngOnInit(): void {
    // A new event starts with one criterion to fill in.
    if (!this.id()) this.form.controls.reviewCriteria.push(criterionGroup());
  }

  /** Adds an empty topic or criterion and puts the focus into its (first) field. */
  protected add(list: RepeatedList): void {
    const items: FormArray = list.items;
    items.push(list.create());
    this.focusById(list.idPrefix + (items.length - 1));
  }

  /** Removes a topic or criterion; the focus goes to the button that adds one. */
  protected remove(list: RepeatedList, index: number): void {
    list.items.removeAt(index);
    this.focusById('add-' + list.name);
  }

  protected submit(): void {
    const id = this.id();
    this.submission.run(
      () => (id ? this.events.update(id, eventInputFrom(this.form)) : this.events.create(eventInputFrom(this.form))),
      (event) => {
        if (id) fillEventForm(this.form, event);
        this.saved('eventForm.saved', id ? undefined : event);
      },
    );
  }

  private focusById(id: string): void {
    this.focusLater(() => this.formEl()?.nativeElement.querySelector<HTMLElement>('#' + id));
  }
}
