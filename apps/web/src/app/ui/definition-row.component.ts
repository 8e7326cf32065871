import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { LocalDateTimePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';

/**
 * One row of a definition list (`<dl class="facts">`): the label's translation as `dt`, the projected content
 * (or a date-time, in the reader's language and the event's zone) as `dd`. On a `div`, the one wrapper a `dl`
 * may hold, so the list stays valid:
 * `<div appDefinitionRow="application.submittedAt" [date]="app.submittedAt"></div>`
 */
@Component({
  // eslint-disable-next-line @angular-eslint/component-selector -- inside a <dl>, a row must be a <div> itself
  selector: 'div[appDefinitionRow]',
  imports: [TranslatePipe, LocalDateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dt>{{ label() | t }}</dt>
    <dd>
      @if (date(); as at) {
        {{ at | localDateTime }}
      }
      <ng-content />
    </dd>
  `,
})
export class DefinitionRowComponent {
  /** Translation key of the label. */
  readonly label = input.required<string>({ alias: 'appDefinitionRow' });
  /** An ISO date-time shown as the value. */
  readonly date = input<string | null | undefined>(null);
}
