import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { AbstractControl, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { APPLICATION_FIELD_KEYS, ApplicationDto, ApplicationFields, LIMITS } from '@markt/shared';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { formSubmit } from '../core/forms/form-submit';
import { NotificationService } from '../core/notification.service';
import { focusAfterRender } from '../ui/focus-after-render';
import { DefinedTextFieldComponent, TextFieldDef } from '../ui/defined-text-field.component';
import { ReviewService } from './review.service';

type FieldName = keyof ApplicationFields;

function oneChecked(group: AbstractControl): ValidationErrors | null {
  return Object.values((group as FormGroup).controls).some((c) => c.value) ? null : { required: true };
}

/**
 * Sends an application back to the applicant (admins): which fields to look at and why. Opens on demand
 * as a labelled region that takes focus; the applicant is mailed with the message.
 */
@Component({
  selector: 'app-request-changes-form',
  imports: [...FORM_IMPORTS, MatCheckboxModule, DefinedTextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './request-changes-form.component.html',
  styles: `
    .field-choices {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: 0 1rem;
    }
  `,
})
export class RequestChangesFormComponent {
  readonly applicationId = input.required<string>();
  readonly requested = output<ApplicationDto>();

  private readonly service = inject(ReviewService);
  private readonly notifications = inject(NotificationService);
  private readonly focusLater = focusAfterRender();
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private readonly openButton = viewChild<unknown, ElementRef<HTMLButtonElement>>('openButton', { read: ElementRef });

  protected readonly fieldNames = APPLICATION_FIELD_KEYS;
  protected readonly messageField: TextFieldDef = {
    id: 'changes-message',
    label: 'changes.message',
    required: true,
    hint: 'changes.messageHint',
    rows: 4,
    maxlength: LIMITS.changeRequest.message,
  };
  protected readonly open = signal(false);
  protected readonly form = new FormGroup({
    fields: new FormGroup(
      Object.fromEntries(
        APPLICATION_FIELD_KEYS.map((key) => [key, new FormControl(false, { nonNullable: true })]),
      ) as Record<FieldName, FormControl<boolean>>,
      { validators: oneChecked },
    ),
    message: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LIMITS.changeRequest.message)],
    }),
  });

  protected readonly submission = formSubmit(this.form);

  protected fieldsInvalid(): boolean {
    return this.form.controls.fields.invalid && this.form.controls.fields.touched;
  }

  protected toggle(open: boolean): void {
    this.open.set(open);
    this.submission.setErrors([]);
    if (!open) this.form.reset();
    this.focusLater(open ? this.heading : this.openButton);
  }

  protected submit(): void {
    const { fields, message } = this.form.getRawValue();
    this.submission.run(
      () =>
        this.service.requestChanges(this.applicationId(), {
          message: message.trim(),
          fields: APPLICATION_FIELD_KEYS.filter((key) => fields[key]),
        }),
      (application) => {
        this.open.set(false);
        this.form.reset();
        this.notifications.show({ key: 'changes.sent' });
        this.requested.emit(application);
      },
    );
  }
}
