import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { RouterLink } from '@angular/router';
import { ApplicationStatus, DECIDABLE, StaffApplicationList } from '@markt/shared';
import { statusKey } from '../applicant/application-status';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { decisionKey } from './decision.model';
import { ScorePipe } from './score.pipe';

/** One page of the staff list as a table; admins tick decidable rows for a decision in bulk. */
@Component({
  selector: 'app-list-table',
  imports: [MatCheckboxModule, RouterLink, TranslatePipe, ScorePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './list-table.component.html',
  styleUrl: './list-table.component.scss',
})
export class ListTableComponent {
  readonly rows = input.required<StaffApplicationList['items']>();
  /** Each row's name for the screen reader label of its tick box. */
  readonly names = input.required<Record<string, string>>();
  readonly selectable = input(false);
  readonly selected = input<ReadonlySet<string>>(new Set());
  readonly toggled = output<{ id: string; checked: boolean }>();

  protected readonly statusLabel = statusKey;
  protected readonly decisionLabel = decisionKey;
  protected readonly decidable = (status: ApplicationStatus) => DECIDABLE.includes(status);
}
