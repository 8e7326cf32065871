import { ChangeDetectionStrategy, Component, ElementRef, input, output, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { FormErrorSummaryComponent } from '../core/forms/form-error-summary.component';
import { FormSubmit } from '../core/forms/form-submit';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { TextFieldComponent } from './text-field.component';

/** One text field of a form shell: the inputs of `app-text-field`, with translation keys for label and hint. */
export interface ShellField {
  id: string;
  /** Translation key. */
  label: string;
  control: FormControl<string>;
  type?: 'text' | 'email' | 'tel' | 'url' | 'password';
  autocomplete?: string;
  /** Translation key, with its parameters. */
  hint?: string;
  hintParams?: Record<string, string | number>;
  rows?: number;
}

/**
 * The frame of a small form: its error summary, its text fields, whatever the page projects after them, and one
 * submit button that is disabled while the request runs. The page keeps the form, the request and what follows:
 * `<app-form-shell [form]="form" [fields]="fields" [submission]="submission" submitKey="auth.login.submit" (send)="submit()" />`
 * with `submission = formSubmit(this.form, () => this.shell()?.element())`.
 */
@Component({
  selector: 'app-form-shell',
  imports: [ReactiveFormsModule, MatButtonModule, TranslatePipe, FormErrorSummaryComponent, TextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-form-error-summary [items]="submission().errors()" />
    <form #formEl [formGroup]="form()" (ngSubmit)="send.emit()" novalidate class="form">
      @for (field of fields(); track field.id) {
        <app-text-field
          [fieldId]="field.id"
          [type]="field.type ?? 'text'"
          [autocomplete]="field.autocomplete ?? null"
          [rows]="field.rows ?? null"
          [label]="field.label | t"
          [hint]="field.hint ? (field.hint | t: field.hintParams) : null"
          [control]="field.control"
        />
      }
      <ng-content />
      <div class="form__actions">
        <button [matButton]="buttonAppearance()" type="submit" [disabled]="submission().pending()">
          {{ submitKey() | t }}
        </button>
      </div>
    </form>
  `,
})
export class FormShellComponent {
  readonly form = input.required<FormGroup>();
  readonly fields = input<readonly ShellField[]>([]);
  readonly submission = input.required<FormSubmit>();
  /** Translation key of the submit button. */
  readonly submitKey = input.required<string>();
  /** A secondary form on a page (beside others) gets an outlined button. */
  readonly buttonAppearance = input<'filled' | 'outlined'>('filled');
  readonly send = output<void>();
  private readonly formEl = viewChild.required<ElementRef<HTMLFormElement>>('formEl');
  private readonly formDirective = viewChild.required(FormGroupDirective);

  /** The form element, where a failed submission moves the focus to the first invalid field. */
  element(): HTMLFormElement {
    return this.formEl().nativeElement;
  }

  /** Empties the form and forgets it was submitted, so the empty fields show no errors. */
  resetForm(): void {
    this.formDirective().resetForm();
  }
}
