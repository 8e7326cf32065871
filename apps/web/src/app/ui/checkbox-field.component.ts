import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { FieldErrorPipe } from '../core/forms/field-error.pipe';

/**
 * A checkbox bound to a form control, with the control's error under it once touched (linked by
 * `aria-describedby`); projected content (e.g. a link to the terms) goes between the two.
 * `<app-checkbox-field fieldId="f-termsAccepted" [label]="'field.termsAccepted' | t" [control]="form.controls.termsAccepted" />`
 */
@Component({
  selector: 'app-checkbox-field',
  imports: [ReactiveFormsModule, MatCheckboxModule, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
  `,
  template: `
    @let showError = control().invalid && control().touched;
    <mat-checkbox
      [id]="fieldId()"
      [formControl]="control()"
      [aria-describedby]="showError ? fieldId() + '-error' : ''"
      >{{ label() }}</mat-checkbox
    >
    <ng-content />
    @if (showError) {
      <p class="field-error" [id]="fieldId() + '-error'">{{ control().errors | fieldError }}</p>
    }
  `,
})
export class CheckboxFieldComponent {
  readonly control = input.required<FormControl<boolean>>();
  /** The checkbox's id (the form's error links and „asked fields“ marks find it by this). */
  readonly fieldId = input.required<string>();
  /** Already translated, with the required mark if any. */
  readonly label = input.required<string>();
}
