import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { AssignmentDto } from '@markt/shared';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { DataTableComponent } from '../../ui/data-table.component';
import { AssignmentStore } from './assignment.store';
import { StandChooser } from './stand-chooser';

/** The placed projects as a table: drag a row onto another stand, or move, exchange and remove by keyboard. */
@Component({
  selector: 'app-placed-table',
  imports: [MatButtonModule, TranslatePipe, DataTableComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './placed-table.component.html',
  styleUrl: './placed-table.component.scss',
})
export class PlacedTableComponent {
  protected readonly store = inject(AssignmentStore);
  protected readonly chooser = new StandChooser();
  protected readonly columns = [
    'assign.col.stand',
    'assign.col.organisation',
    'assign.col.needs',
    'assign.col.actions',
  ];

  /** Moves to the chosen stand (exchanging places on a full one); focus stays with the project's row. */
  protected async move(applicationId: string): Promise<void> {
    if (await this.chooser.placeChosen(applicationId))
      this.chooser.focusLater(`#move-${applicationId}`, '#placed-heading');
  }

  /** Removes from the stand; focus goes to the row that took its place, the one before, or the heading. */
  protected async unassign(a: AssignmentDto, index: number): Promise<void> {
    if (!(await this.store.unassign(a.standId, a.applicationId))) return;
    this.chooser.focusLater(
      `tbody tr:nth-child(${index + 1}) button.unassign`,
      'tbody tr:last-child button.unassign',
      '#placed-heading',
    );
  }
}
