import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  OnInit,
  afterNextRender,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { Router, RouterLink, TitleStrategy } from '@angular/router';
import { EVENT_STATUSES, EventDto, LIMITS } from '@markt/shared';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { focusFirstInvalid } from '../core/forms/focus-first-invalid';
import { ErrorItem, handleFormError } from '../core/forms/server-errors';
import { TranslatedTitleStrategy } from '../core/i18n/translated-title.strategy';
import { NotificationService } from '../core/notification.service';
import { CurrentEventService } from '../events/current-event.service';
import { LoadState } from '../events/events-loader';
import { EventsService } from '../events/events.service';
import {
  MIN_REVIEWS,
  createEventForm,
  criterionGroup,
  eventInputFrom,
  fillEventForm,
  topicControl,
} from './event-form.model';

/** Create (`/verwaltung/veranstaltungen/neu`) and edit (`/verwaltung/veranstaltungen/:id`) an event. */
@Component({
  selector: 'app-event-form-page',
  imports: [...FORM_IMPORTS, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      align-items: flex-start;
    }
    .row > mat-form-field {
      flex: 1 1 12rem;
    }
    .row > button {
      margin-block: 0.75rem;
    }
    .criterion {
      border-top: 1px solid #c4c6d0;
      padding-top: 0.75rem;
    }
    .criterion:first-of-type {
      border-top: 0;
      padding-top: 0;
    }
  `,
  template: `
    <h1>{{ (id() ? 'eventForm.headingEdit' : 'eventForm.headingNew') | t }}</h1>
    @if (state() === 'loading') {
      <p role="status">{{ 'app.loading' | t }}</p>
    } @else if (state() === 'error') {
      <p role="alert" class="message message--error">{{ 'event.notFound' | t }}</p>
    } @else {
      <p class="hint">{{ 'form.requiredHint' | t }}</p>
      <app-form-error-summary [items]="errors()" />
      <form #formEl [formGroup]="form" (ngSubmit)="submit()" novalidate class="form form--wide">
        <fieldset>
          <legend>{{ 'eventForm.basics' | t }}</legend>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'eventForm.title' | t }}</mat-label>
            <input matInput formControlName="title" />
            <mat-error>{{ form.controls.title.errors | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'eventForm.description' | t }}</mat-label>
            <textarea matInput formControlName="description" rows="6"></textarea>
            <mat-error>{{ form.controls.description.errors | fieldError }}</mat-error>
          </mat-form-field>
          <div class="row">
            <mat-form-field appearance="outline">
              <mat-label>{{ 'eventForm.status' | t }}</mat-label>
              <select matNativeControl formControlName="status">
                @for (status of statuses; track status) {
                  <option [value]="status">{{ 'status.' + status | t }}</option>
                }
              </select>
              <mat-error>{{ form.controls.status.errors | fieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'eventForm.standsPlanned' | t }}</mat-label>
              <input
                matInput
                type="number"
                formControlName="standsPlanned"
                [min]="limits.standsPlanned.min"
                [max]="limits.standsPlanned.max"
                step="1"
              />
              <mat-error>{{ form.controls.standsPlanned.errors | fieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'eventForm.minReviews' | t }}</mat-label>
              <input
                matInput
                type="number"
                formControlName="minReviews"
                [min]="minReviews.min"
                [max]="minReviews.max"
                step="1"
              />
              <mat-error>{{ form.controls.minReviews.errors | fieldError }}</mat-error>
            </mat-form-field>
          </div>
        </fieldset>

        <fieldset>
          <legend>{{ 'eventForm.schedule' | t }}</legend>
          <div class="row">
            <mat-form-field appearance="outline">
              <mat-label>{{ 'eventForm.date' | t }}</mat-label>
              <input matInput type="date" formControlName="date" />
              <mat-error>{{ form.controls.date.errors | fieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'eventForm.startTime' | t }}</mat-label>
              <input matInput type="time" formControlName="startTime" />
              <mat-error>{{ form.controls.startTime.errors | fieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'eventForm.endTime' | t }}</mat-label>
              <input matInput type="time" formControlName="endTime" />
              <mat-error>{{ form.controls.endTime.errors | fieldError }}</mat-error>
            </mat-form-field>
          </div>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'eventForm.venueName' | t }}</mat-label>
            <input matInput formControlName="venueName" />
            <mat-error>{{ form.controls.venueName.errors | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'eventForm.venueAddress' | t }}</mat-label>
            <input matInput formControlName="venueAddress" autocomplete="off" />
            <mat-error>{{ form.controls.venueAddress.errors | fieldError }}</mat-error>
          </mat-form-field>
        </fieldset>

        <fieldset>
          <legend>{{ 'eventForm.application' | t }}</legend>
          <div class="row">
            <mat-form-field appearance="outline">
              <mat-label>{{ 'eventForm.applicationOpensAt' | t }}</mat-label>
              <input matInput type="datetime-local" formControlName="applicationOpensAt" />
              <mat-error>{{ form.controls.applicationOpensAt.errors | fieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'eventForm.applicationClosesAt' | t }}</mat-label>
              <input matInput type="datetime-local" formControlName="applicationClosesAt" />
              <mat-error>{{ form.controls.applicationClosesAt.errors | fieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'eventForm.standDetailsDeadline' | t }}</mat-label>
              <input matInput type="datetime-local" formControlName="standDetailsDeadline" />
              <mat-hint>{{ 'eventForm.standDetailsDeadlineHint' | t }}</mat-hint>
              <mat-error>{{ form.controls.standDetailsDeadline.errors | fieldError }}</mat-error>
            </mat-form-field>
          </div>
        </fieldset>

        <fieldset formArrayName="topics">
          <legend>{{ 'eventForm.topics' | t }}</legend>
          @for (topic of form.controls.topics.controls; track topic; let i = $index) {
            <div class="row">
              <mat-form-field appearance="outline">
                <mat-label>{{ 'eventForm.topic' | t: { n: i + 1 } }}</mat-label>
                <input matInput [formControlName]="i" [id]="'topic-' + i" />
                <mat-error>{{ topic.errors | fieldError }}</mat-error>
              </mat-form-field>
              <button mat-stroked-button type="button" (click)="removeTopic(i)">
                {{ 'eventForm.removeTopic' | t: { n: i + 1 } }}
              </button>
            </div>
          } @empty {
            <p>{{ 'eventForm.noTopics' | t }}</p>
          }
          @if (form.controls.topics.length < limits.topics) {
            <button #addTopicButton mat-stroked-button type="button" (click)="addTopic()">
              {{ 'eventForm.addTopic' | t }}
            </button>
          }
        </fieldset>

        <fieldset formArrayName="reviewCriteria">
          <legend>{{ 'eventForm.criteria' | t }}</legend>
          @for (criterion of form.controls.reviewCriteria.controls; track criterion; let i = $index) {
            <div class="row criterion" [formGroupName]="i">
              <mat-form-field appearance="outline">
                <mat-label>{{ 'eventForm.criterionLabel' | t: { n: i + 1 } }}</mat-label>
                <input matInput formControlName="label" [id]="'criterion-' + i" />
                <mat-error>{{ criterion.controls.label.errors | fieldError }}</mat-error>
              </mat-form-field>
              <mat-form-field appearance="outline" class="narrow-field">
                <mat-label>{{ 'eventForm.criterionMin' | t: { n: i + 1 } }}</mat-label>
                <input matInput type="number" step="1" formControlName="min" />
                <mat-error>{{ criterion.controls.min.errors | fieldError }}</mat-error>
              </mat-form-field>
              <mat-form-field appearance="outline" class="narrow-field">
                <mat-label>{{ 'eventForm.criterionMax' | t: { n: i + 1 } }}</mat-label>
                <input matInput type="number" step="1" formControlName="max" />
                <mat-error>{{ criterion.controls.max.errors | fieldError }}</mat-error>
              </mat-form-field>
              <button mat-stroked-button type="button" (click)="removeCriterion(i)">
                {{ 'eventForm.removeCriterion' | t: { n: i + 1 } }}
              </button>
            </div>
          } @empty {
            <p>{{ 'eventForm.noCriteria' | t }}</p>
          }
          @if (form.controls.reviewCriteria.length < limits.criteria) {
            <button #addCriterionButton mat-stroked-button type="button" (click)="addCriterion()">
              {{ 'eventForm.addCriterion' | t }}
            </button>
          }
        </fieldset>

        <div class="form__actions">
          <button mat-flat-button type="submit">{{ (saving() ? 'eventForm.saving' : 'eventForm.save') | t }}</button>
          @if (id(); as eventId) {
            <a class="button-link" [routerLink]="['/veranstaltungen', eventId]">{{ 'eventForm.cancel' | t }}</a>
            <a class="button-link" [routerLink]="['/verwaltung/veranstaltungen', eventId, 'vorlagen']">{{
              'templates.link' | t
            }}</a>
          } @else {
            <a class="button-link" routerLink="/veranstaltungen">{{ 'eventForm.toList' | t }}</a>
          }
        </div>
      </form>
    }
  `,
})
export class EventFormPage implements OnInit {
  /** Route parameter; absent when creating. */
  readonly id = input<string>();
  private readonly events = inject(EventsService);
  private readonly currentEvent = inject(CurrentEventService);
  private readonly notifications = inject(NotificationService);
  private readonly router = inject(Router);
  private readonly titleStrategy = inject(TitleStrategy);
  private readonly injector = inject(Injector);
  private readonly formEl = viewChild<ElementRef<HTMLFormElement>>('formEl');
  private readonly addTopicButton = viewChild<unknown, ElementRef<HTMLButtonElement>>('addTopicButton', {
    read: ElementRef,
  });
  private readonly addCriterionButton = viewChild<unknown, ElementRef<HTMLButtonElement>>('addCriterionButton', {
    read: ElementRef,
  });

  protected readonly limits = LIMITS.event;
  protected readonly statuses = EVENT_STATUSES;
  protected readonly minReviews = MIN_REVIEWS;
  protected readonly form = createEventForm();
  protected readonly state = signal<LoadState>('ready');
  protected readonly errors = signal<ErrorItem[]>([]);
  protected readonly saving = signal(false);

  ngOnInit(): void {
    const id = this.id();
    if (!id) {
      this.form.controls.reviewCriteria.push(criterionGroup());
      return;
    }
    this.state.set('loading');
    this.events.get(id).subscribe({
      next: (event) => {
        fillEventForm(this.form, event);
        this.state.set('ready');
        if (this.titleStrategy instanceof TranslatedTitleStrategy) this.titleStrategy.setDetail(event.title);
      },
      error: () => this.state.set('error'),
    });
  }

  protected addTopic(): void {
    this.form.controls.topics.push(topicControl());
    this.focusById('topic-' + (this.form.controls.topics.length - 1));
  }

  protected removeTopic(index: number): void {
    this.form.controls.topics.removeAt(index);
    this.focusAfterRender(() => this.addTopicButton()?.nativeElement);
  }

  protected addCriterion(): void {
    this.form.controls.reviewCriteria.push(criterionGroup());
    this.focusById('criterion-' + (this.form.controls.reviewCriteria.length - 1));
  }

  protected removeCriterion(index: number): void {
    this.form.controls.reviewCriteria.removeAt(index);
    this.focusAfterRender(() => this.addCriterionButton()?.nativeElement);
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
    const input = eventInputFrom(this.form);
    const id = this.id();
    const request = id ? this.events.update(id, input) : this.events.create(input);
    request.subscribe({
      next: (event: EventDto) => {
        this.saving.set(false);
        this.currentEvent.refresh();
        if (id) {
          fillEventForm(this.form, event);
          this.notifications.show({ key: 'eventForm.saved' });
        } else {
          this.notifications.show({ key: 'eventForm.saved' }, { keepForNextNavigation: true });
          void this.router.navigate(['/verwaltung/veranstaltungen', event.id], { replaceUrl: true });
        }
      },
      error: (error) => {
        this.saving.set(false);
        this.errors.set(handleFormError(this.form, error));
        focusFirstInvalid(this.formEl()?.nativeElement, this.injector);
      },
    });
  }

  private focusById(id: string): void {
    this.focusAfterRender(() => this.formEl()?.nativeElement.querySelector<HTMLElement>('#' + id));
  }

  private focusAfterRender(target: () => HTMLElement | null | undefined): void {
    afterNextRender(() => target()?.focus(), { injector: this.injector });
  }
}
