import { ChangeDetectionStrategy, Component, computed, inject, input, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, FormGroupDirective, Validators } from '@angular/forms';
import { LIMITS } from '@markt/shared';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { formSubmit } from '../core/forms/form-submit';
import { ErrorItem } from '../core/forms/server-errors';
import { LocalDateTimePipe } from '../core/i18n/date.pipe';
import { loaded } from '../core/loaded';
import { TextFieldComponent } from '../ui/text-field.component';
import { ReviewService } from './review.service';

/** Internal notes of staff on an application: never shown to the applicant. */
@Component({
  selector: 'app-notes',
  imports: [...FORM_IMPORTS, LocalDateTimePipe, TextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="hint">{{ 'notes.hint' | t }}</p>
    @if (notes().length === 0) {
      <p>{{ 'notes.none' | t }}</p>
    } @else {
      <ul class="card-list notes">
        @for (note of notes(); track note.id) {
          <li class="card">
            <p class="hint">
              {{ 'notes.meta' | t: { author: note.authorName, time: (note.createdAt | localDateTime) } }}
            </p>
            <p class="prewrap">{{ note.text }}</p>
          </li>
        }
      </ul>
    }
    <app-form-error-summary [items]="errors()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="form">
      <app-text-field fieldId="note-text" [label]="'notes.new' | t" [control]="form.controls.text" [rows]="3" />
      <div class="form__actions">
        <button mat-stroked-button type="submit" [disabled]="submission.pending()">{{ 'notes.add' | t }}</button>
      </div>
    </form>
  `,
})
export class NotesComponent {
  readonly applicationId = input.required<string>();
  private readonly service = inject(ReviewService);
  private readonly list = rxResource({
    params: () => this.applicationId(),
    stream: ({ params }) => this.service.notes(params),
  });
  protected readonly notes = computed(() => loaded(this.list) ?? []);
  /** resetForm (not form.reset) also clears the submitted state, so the emptied form shows no errors. */
  private readonly formDirective = viewChild.required(FormGroupDirective);
  protected readonly form = new FormGroup({
    text: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LIMITS.review.note)],
    }),
  });
  protected readonly submission = formSubmit(this.form);
  protected readonly errors = computed<ErrorItem[]>(() =>
    this.list.error() ? [{ key: 'errors.generic' }] : this.submission.errors(),
  );

  protected submit(): void {
    this.submission.run(
      () => this.service.addNote(this.applicationId(), this.form.controls.text.value.trim()),
      (note) => {
        this.list.update((notes) => [...(notes ?? []), note]);
        this.formDirective().resetForm();
      },
    );
  }
}
