import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  OnInit,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { Router, RouterLink, TitleStrategy } from '@angular/router';
import { DATE_PATTERN, EventDto, LIMITS } from '@markt/shared';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { focusFirstInvalid } from '../core/forms/focus-first-invalid';
import { ErrorItem, handleFormError } from '../core/forms/server-errors';
import { TranslatedTitleStrategy } from '../core/i18n/translated-title.strategy';
import { NotificationService } from '../core/notification.service';
import { CurrentEventService } from '../events/current-event.service';
import { LoadState } from '../events/events-loader';
import { EventsService } from '../events/events.service';
import { laterThan, localInputToIso } from './event-form.model';

/**
 * `/verwaltung/veranstaltungen/:id/kopieren`: a new event as a copy of this one. Only title and dates are
 * asked; settings, topics, criteria, floor plan and templates come along, applicants' data never does.
 * The copy opens in the event form, as a draft.
 */
@Component({
  selector: 'app-event-copy-page',
  imports: [...FORM_IMPORTS, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './event-copy.page.html',
})
export class EventCopyPage implements OnInit {
  readonly id = input.required<string>();
  private readonly events = inject(EventsService);
  private readonly currentEvent = inject(CurrentEventService);
  private readonly notifications = inject(NotificationService);
  private readonly router = inject(Router);
  private readonly titleStrategy = inject(TitleStrategy);
  private readonly injector = inject(Injector);
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
  protected readonly source = signal<EventDto | null>(null);
  protected readonly state = signal<LoadState>('loading');
  protected readonly errors = signal<ErrorItem[]>([]);
  protected readonly saving = signal(false);

  ngOnInit(): void {
    this.form.controls.applicationOpensAt.valueChanges.subscribe(() =>
      this.form.controls.applicationClosesAt.updateValueAndValidity({ emitEvent: false }),
    );
    this.events.get(this.id()).subscribe({
      next: (event) => {
        this.source.set(event);
        this.state.set('ready');
        if (this.titleStrategy instanceof TranslatedTitleStrategy) this.titleStrategy.setDetail(event.title);
      },
      error: () => this.state.set('error'),
    });
  }

  protected submit(): void {
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
    this.events
      .copy(this.id(), {
        title: v.title.trim(),
        date: v.date,
        applicationOpensAt: localInputToIso(v.applicationOpensAt),
        applicationClosesAt: localInputToIso(v.applicationClosesAt),
      })
      .subscribe({
        next: (copy) => {
          this.saving.set(false);
          this.currentEvent.refresh();
          this.notifications.show({ key: 'eventCopy.done' }, { keepForNextNavigation: true });
          void this.router.navigate(['/verwaltung/veranstaltungen', copy.id], { replaceUrl: true });
        },
        error: (error) => {
          this.saving.set(false);
          this.errors.set(handleFormError(this.form, error));
          focusFirstInvalid(this.formEl()?.nativeElement, this.injector);
        },
      });
  }
}
