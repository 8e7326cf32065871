import { Pipe, PipeTransform, inject } from '@angular/core';
import { ValidationErrors } from '@angular/forms';
import { I18nService } from '../i18n/i18n.service';
import { describeControlErrors } from './server-errors';

/** `<mat-error>{{ form.controls.email.errors | fieldError }}</mat-error>` */
@Pipe({ name: 'fieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(errors: ValidationErrors | null | undefined): string {
    const item = describeControlErrors(errors);
    if (!item) return '';
    return this.i18n.has(item.key) ? this.i18n.t(item.key, item.params) : this.i18n.t('validation.invalid');
  }
}
