import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { RouterLink } from '@angular/router';
import { ApplicationStatus, DECIDABLE, StaffApplicationList } from '@markt/shared';
import { statusKey } from '../applicant/application-status';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { DataTableComponent } from '../ui/data-table.component';
import { decisionKey } from './decision.model';
import { ScorePipe } from './score.pipe';

/** One page of the staff list as a table; admins tick decidable rows for a decision in bulk. */
@Component({
  selector: 'app-list-table',
  imports: [MatCheckboxModule, RouterLink, TranslatePipe, ScorePipe, DataTableComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './list-table.component.html',
  styleUrl: './list-table.component.scss',
})
export class ListTableComponent {
  readonly rows = input.required<StaffApplicationList['items']>();
  /** Each row's name for the screen reader label of its tick box. */
  readonly names = input.required<Record<string, string>>();
  readonly selectable = input(false);
  /** Rows ticked for a decision in bulk, shared with the page. */
  readonly selected = model<ReadonlySet<string>>(new Set());

  protected readonly columns = computed(() => [
    ...(this.selectable() ? [{ key: 'review.select', hidden: true as const }] : []),
    'review.col.application',
    'applications.status',
    'review.col.average',
    'review.col.reviews',
    'review.col.notes',
  ]);
  protected readonly statusLabel = statusKey;
  protected readonly decisionLabel = decisionKey;
  protected readonly decidable = (status: ApplicationStatus) => DECIDABLE.includes(status);

  protected toggle(id: string, checked: boolean): void {
    this.selected.update((set) => {
      const next = new Set(set);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }
}
