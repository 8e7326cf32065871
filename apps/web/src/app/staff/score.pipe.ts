import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService } from '../core/i18n/i18n.service';

/** `{{ 4.25 | score }}` → „4,3“ (one decimal, in the UI language); empty for null. */
@Pipe({ name: 'score', pure: false })
export class ScorePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);
  transform(value: number | null | undefined): string {
    if (value === null || value === undefined) return '–';
    return new Intl.NumberFormat(this.i18n.locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
      value,
    );
  }
}
