import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService } from './i18n.service';

/** `{{ event.date | localDate }}` (YYYY-MM-DD) in de-DE or en-GB. */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);
  transform(value: string | null | undefined): string {
    return this.i18n.formatDate(value);
  }
}

/** `{{ event.applicationClosesAt | localDateTime }}` (ISO date-time) in de-DE or en-GB. */
@Pipe({ name: 'localDateTime', pure: false })
export class LocalDateTimePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);
  transform(value: string | null | undefined): string {
    return this.i18n.formatDateTime(value);
  }
}
