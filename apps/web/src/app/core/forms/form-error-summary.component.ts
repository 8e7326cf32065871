import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../i18n/t.pipe';
import { ErrorItem } from './server-errors';

/** Error summary at the top of a form; the live region stays in the DOM so changes are announced. */
@Component({
  selector: 'app-form-error-summary',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="alert" class="error-summary" [class.error-summary--visible]="items().length > 0">
      @if (items().length > 0) {
        <ul>
          @for (item of items(); track $index) {
            <li>{{ item.key | t: item.params }}</li>
          }
        </ul>
      }
    </div>
  `,
})
export class FormErrorSummaryComponent {
  readonly items = input<ErrorItem[]>([]);
}
