import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { ApplicationFields } from '@markt/shared';
import { TranslatePipe } from '../core/i18n/t.pipe';
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
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (step of steps; track step.n) {
      <section class="summary-section" [attr.aria-labelledby]="'summary-' + step.key">
        <div class="summary-section__head">
          @if (headingLevel() === 2) {
            <h2 [id]="'summary-' + step.key">{{ 'application.step.' + step.key | t }}</h2>
          } @else {
            <h3 [id]="'summary-' + step.key">{{ 'application.step.' + step.key | t }}</h3>
          }
          @if (editHref(); as href) {
            <!-- aria-label: a visually hidden span adds a space before the colon in the accessible name -->
            <a
              class="button-link"
              [href]="href + step.n"
              [attr.aria-label]="
                'common.actionFor' | t: { action: ('application.edit' | t), name: ('application.step.' + step.key | t) }
              "
              (click)="onEdit($event, step.n)"
              >{{ 'application.edit' | t }}</a
            >
          }
        </div>
        <dl class="facts facts--wide">
          @for (name of step.fields; track name) {
            @let shown = value(name);
            <div>
              <dt>{{ 'field.' + name | t }}</dt>
              <dd class="prewrap" [class.hint]="shown.key === 'application.notProvided'">
                {{ shown.key ? (shown.key | t) : shown.text }}
              </dd>
            </div>
          }
          @if (step.n === 5) {
            <div>
              <dt>{{ 'field.logo' | t }}</dt>
              <dd>
                @if (logoUrl(); as url) {
                  <img
                    class="logo-preview"
                    [src]="url"
                    [alt]="'field.logoAlt' | t: { name: fields().organisationName ?? '' }"
                  />
                } @else {
                  <span class="hint">{{ 'application.notProvided' | t }}</span>
                }
              </dd>
            </div>
          }
        </dl>
      </section>
    }
  `,
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

  protected onEdit(event: MouseEvent, step: number): void {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    this.edit.emit(step);
  }
}
