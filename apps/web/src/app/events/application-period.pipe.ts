import { Pipe, PipeTransform, inject } from '@angular/core';
import { EventDto } from '@markt/shared';
import { I18nService } from '../core/i18n/i18n.service';

/** `{{ event | applicationPeriod }}`: when applications open and close, as one phrase in the reader's language. */
@Pipe({ name: 'applicationPeriod', pure: false })
export class ApplicationPeriodPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(event: Pick<EventDto, 'applicationOpensAt' | 'applicationClosesAt'>): string {
    return this.i18n.t('event.periodRange', {
      from: this.i18n.formatDateTime(event.applicationOpensAt),
      to: this.i18n.formatDateTime(event.applicationClosesAt),
    });
  }
}
