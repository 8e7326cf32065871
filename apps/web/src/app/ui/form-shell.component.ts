import { ChangeDetectionStrategy, Component, ElementRef, input, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Observable } from 'rxjs';
import { FormErrorSummaryComponent } from '../core/forms/form-error-summary.component';
import { formSubmit } from '../core/forms/form-submit';
import { ErrorItem } from '../core/forms/server-errors';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { DefinedTextFieldComponent, TextFieldDef } from './defined-text-field.component';

/** One text field of a form shell: its definition with its control. */
export type ShellField = TextFieldDef & { control: FormControl<string> };

/**
 * What a form shell shows and sends: the page's form and its text fields, the submit button's label, and the request
 * a valid form sends with what follows its answer (as `FormSubmit.run` takes them).
 */
export interface ShellForm<T = unknown> {
  readonly form: FormGroup;
  readonly fields?: readonly ShellField[];
  /** Translation key of the submit button. */
  readonly submitKey: string;
  /** A secondary form on a page (beside others) gets an outlined button. */
  readonly buttonAppearance?: 'filled' | 'outlined';
  /** At every press of the button, sent or not: clears what the page said about the last attempt. */
  started?(): void;
  request(): Observable<T>;
  success(answer: T): void;
  /** The summary's messages for a failed request; without, the server's field errors go onto the controls. */
  failure?(error: unknown): ErrorItem[];
}

/**
 * The frame of a small form: its error summary, its text fields, whatever the page projects after them, and one
 * submit button that is disabled while the request runs. The page describes the form in one object:
 * `<app-form-shell [spec]="loginForm" />` with `loginForm: ShellForm = { form, fields, submitKey, request, success }`.
 */
@Component({
  selector: 'app-form-shell',
  imports: [ReactiveFormsModule, MatButtonModule, TranslatePipe, FormErrorSummaryComponent, DefinedTextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-form-error-summary [items]="submission.errors()" />
    <form #formEl [formGroup]="spec().form" (ngSubmit)="send()" novalidate class="form">
      @for (field of spec().fields; track field.id) {
        <app-defined-text-field [field]="field" [control]="field.control" />
      }
      <ng-content />
      <div class="form__actions">
        <button [matButton]="spec().buttonAppearance ?? 'filled'" type="submit" [disabled]="submission.pending()">
          {{ spec().submitKey | t }}
        </button>
      </div>
    </form>
  `,
})
export class FormShellComponent {
  readonly spec = input.required<ShellForm>();
  private readonly formEl = viewChild.required<ElementRef<HTMLFormElement>>('formEl');
  private readonly formDirective = viewChild.required(FormGroupDirective);
  /** A failed submission moves the focus to the form's first invalid field. */
  protected readonly submission = formSubmit(
    () => this.spec().form,
    () => this.formEl().nativeElement,
  );

  protected send(): void {
    const spec = this.spec();
    spec.started?.();
    this.submission.run(
      () => spec.request(),
      (answer) => spec.success(answer),
      spec.failure?.bind(spec),
    );
  }

  /** Empties the form (or sets `value`) and forgets it was submitted, so the emptied fields show no errors. */
  resetForm(value?: unknown): void {
    this.formDirective().resetForm(value);
  }
}
