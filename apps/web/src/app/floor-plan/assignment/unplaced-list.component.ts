import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { PlacementCandidate } from '@markt/shared';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { StandGlyphComponent } from '../../ui/stand-glyph.component';
import { AssignmentStore } from './assignment.store';
import { startApplicationDrag } from './drag';
import { focusAfterRender } from './focus';

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
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  /** The stand chosen per project (application id → stand key). */
  protected readonly chosen = signal<Record<string, string>>({});

  protected choose(applicationId: string, standKey: string): void {
    this.chosen.update((chosen) => ({ ...chosen, [applicationId]: standKey }));
  }

  protected chosenLabel(applicationId: string): string {
    const stand = this.store.stand(this.chosen()[applicationId] ?? '');
    return stand ? this.store.standOption(stand) : '';
  }

  protected dragStart(event: DragEvent, candidate: PlacementCandidate): void {
    startApplicationDrag(event, candidate.applicationId, this.store.name(candidate.applicationId));
  }

  protected async assign(candidate: PlacementCandidate, index: number): Promise<void> {
    const standKey = this.chosen()[candidate.applicationId];
    if (!standKey) {
      this.store.say({ key: 'assign.chooseFirst', error: true });
      return;
    }
    if (!(await this.store.place(standKey, candidate.applicationId))) return;
    this.chosen.update(({ [candidate.applicationId]: _done, ...rest }) => rest);
    // The card is gone: the one that took its place (or the one before, or the heading) is next.
    const items = `ul.unplaced > li`;
    focusAfterRender(
      this.injector,
      this.host.nativeElement,
      `${items}:nth-child(${index + 1}) select`,
      `${items}:last-child select`,
      '#unplaced-heading',
    );
  }
}
