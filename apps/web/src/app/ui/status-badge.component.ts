import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ApplicationStatus } from '@markt/shared';
import { TranslatePipe } from '../core/i18n/t.pipe';

/** Translation key of a status label, e.g. `applicationStatus.submitted` → „Eingereicht“. */
export function statusKey(status: ApplicationStatus | string): string {
  return 'applicationStatus.' + status;
}

/**
 * An application's status as a chip, coloured by status (`.badge--<status>` in the global styles), on the
 * element that holds it: `<span [appStatusBadge]="app.status"></span>`.
 */
@Component({
  // eslint-disable-next-line @angular-eslint/component-selector -- the badge is the element that holds it (a <span> in text, a cell's content)
  selector: '[appStatusBadge]',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'badge', '[class]': "'badge--' + status()" },
  // projected content comes first, e.g. a visually hidden „Status:“ where no label stands beside the chip
  template: `<ng-content />{{ statusKey(status()) | t }}`,
})
export class StatusBadgeComponent {
  readonly status = input.required<ApplicationStatus>({ alias: 'appStatusBadge' });
  protected readonly statusKey = statusKey;
}
