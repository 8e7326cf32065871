import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, Validators } from '@angular/forms';
import { LIMITS, NoteDto } from '@markt/shared';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { ErrorItem, handleFormError } from '../core/forms/server-errors';
import { LocalDateTimePipe } from '../core/i18n/date.pipe';
import { ReviewService } from './review.service';

/** Internal notes of staff on an application: never shown to the applicant. */
@Component({
  selector: 'app-notes',
  imports: [...FORM_IMPORTS, LocalDateTimePipe],
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
      <mat-form-field appearance="outline">
        <mat-label>{{ 'notes.new' | t }}</mat-label>
        <textarea matInput formControlName="text" rows="3"></textarea>
        <mat-error>{{ form.controls.text.errors | fieldError }}</mat-error>
      </mat-form-field>
      <div class="form__actions">
        <button mat-stroked-button type="submit" [disabled]="busy()">{{ 'notes.add' | t }}</button>
      </div>
    </form>
  `,
})
export class NotesComponent {
  readonly applicationId = input.required<string>();
  private readonly service = inject(ReviewService);
  protected readonly notes = signal<NoteDto[]>([]);
  protected readonly busy = signal(false);
  protected readonly errors = signal<ErrorItem[]>([]);
  /** resetForm (not form.reset) also clears the submitted state, so the emptied form shows no errors. */
  private readonly formDirective = viewChild.required(FormGroupDirective);
  protected readonly form = new FormGroup({
    text: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LIMITS.review.note)],
    }),
  });

  constructor() {
    effect(() => {
      const id = this.applicationId();
      untracked(() =>
        this.service.notes(id).subscribe({
          next: (notes) => this.notes.set(notes),
          error: () => this.errors.set([{ key: 'errors.generic' }]),
        }),
      );
    });
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.busy()) return;
    this.busy.set(true);
    this.errors.set([]);
    this.service.addNote(this.applicationId(), this.form.controls.text.value.trim()).subscribe({
      next: (note) => {
        this.busy.set(false);
        this.notes.update((notes) => [...notes, note]);
        this.formDirective().resetForm();
      },
      error: (error) => {
        this.busy.set(false);
        this.errors.set(handleFormError(this.form, error));
      },
    });
  }
}
