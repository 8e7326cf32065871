import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { ApplicationFields } from '@markt/shared';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { PlainClickDirective } from '../ui/plain-click.directive';
import { ApplicationFieldName, STEPS } from './application-form.model';

/** How a field's value reads in the summary: a translation key or plain text; empty means „keine Angabe“. */
export function displayValue(name: ApplicationFieldName, fields: ApplicationFields): { key?: string; text?: string } {
  const value = fields[name];
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
    return { key: 'application.notProvided' };
  }
  if (name === 'organisationType') return { key: 'orgType.' + value };
  if (typeof value === 'boolean') return { key: value ? 'field.yes' : 'field.no' };
  if (Array.isArray(value)) return { text: value.join(', ') };
  return { text: String(value) };
}

/** Everything the applicant entered, by step, each with an optional „Bearbeiten“ link to its step. */
@Component({
  selector: 'app-application-summary',
  imports: [TranslatePipe, PlainClickDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './application-summary.component.html',
})
export class ApplicationSummaryComponent {
  readonly fields = input.required<ApplicationFields>();
  readonly logoUrl = input<string | null>(null);
  readonly headingLevel = input<2 | 3>(3);
  /** Base of the step links, e.g. `/bewerbungen/<id>?schritt=`; no links when null. */
  readonly editHref = input<string | null>(null);
  readonly edit = output<number>();
  protected readonly steps = STEPS.filter((step) => step.fields.length > 0);

  protected value(name: ApplicationFieldName) {
    return displayValue(name, this.fields());
  }
}
