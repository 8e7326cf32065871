import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { AssignmentDto } from '@markt/shared';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { AssignmentStore } from './assignment.store';
import { startApplicationDrag } from './drag';
import { focusAfterRender } from './focus';

/** The placed projects as a table: drag a row onto another stand, or move, exchange and remove by keyboard. */
@Component({
  selector: 'app-placed-table',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './placed-table.component.html',
  styleUrl: './placed-table.component.scss',
})
export class PlacedTableComponent {
  protected readonly store = inject(AssignmentStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly chosen = signal<Record<string, string>>({});

  protected choose(applicationId: string, standKey: string): void {
    this.chosen.update((chosen) => ({ ...chosen, [applicationId]: standKey }));
  }

  protected dragStart(event: DragEvent, a: AssignmentDto): void {
    startApplicationDrag(event, a.applicationId, this.store.name(a.applicationId));
  }

  /** Moves to the chosen stand (exchanging places on a full one); focus stays with the project's row. */
  protected async move(applicationId: string): Promise<void> {
    const standKey = this.chosen()[applicationId];
    if (!standKey) {
      this.store.say({ key: 'assign.chooseFirst', error: true });
      return;
    }
    if (!(await this.store.place(standKey, applicationId))) return;
    this.chosen.set({});
    focusAfterRender(this.injector, this.host.nativeElement, `#move-${applicationId}`, '#placed-heading');
  }

  /** Removes from the stand; focus goes to the row that took its place, the one before, or the heading. */
  protected async unassign(a: AssignmentDto, index: number): Promise<void> {
    if (!(await this.store.unassign(a.standId, a.applicationId))) return;
    focusAfterRender(
      this.injector,
      this.host.nativeElement,
      `tbody tr:nth-child(${index + 1}) button.unassign`,
      'tbody tr:last-child button.unassign',
      '#placed-heading',
    );
  }
}
