import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { PlacementCandidate } from '@markt/shared';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { StandGlyphComponent } from '../../ui/stand-glyph.component';
import { AssignmentStore } from './assignment.store';
import { StandChooser } from './stand-chooser';

/** "Noch ohne Stand": the accepted projects without a stand, each to drag onto the plan or to place by choice. */
@Component({
  selector: 'app-unplaced-list',
  imports: [MatButtonModule, TranslatePipe, StandGlyphComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './unplaced-list.component.html',
  styleUrl: './unplaced-list.component.scss',
})
export class UnplacedListComponent {
  protected readonly store = inject(AssignmentStore);
  protected readonly chooser = new StandChooser();

  protected async assign(candidate: PlacementCandidate, index: number): Promise<void> {
    if (!(await this.chooser.placeChosen(candidate.applicationId))) return;
    // The card is gone: the one that took its place (or the one before, or the heading) is next.
    const items = `ul.unplaced > li`;
    this.chooser.focusLater(
      `${items}:nth-child(${index + 1}) select`,
      `${items}:last-child select`,
      '#unplaced-heading',
    );
  }
}
