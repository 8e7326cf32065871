import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { PageTitleService } from '../core/page-title.service';
import { loadEvent } from '../events/events-loader';
import { LoadStateComponent } from '../ui/load-state.component';
import { AssignmentStore } from './assignment/assignment.store';
import { DetailsPanelComponent } from './assignment/details-panel.component';
import { ExchangeDialogComponent } from './assignment/exchange-dialog.component';
import { focusWithin } from './assignment/focus';
import { PlacedTableComponent } from './assignment/placed-table.component';
import { StandSwapComponent } from './assignment/stand-swap.component';
import { SuggestionPanelComponent } from './assignment/suggestion-panel.component';
import { UnplacedListComponent } from './assignment/unplaced-list.component';
import { PlanViewComponent } from '../plan/plan-view/plan-view.component';
import { ElementRef } from './plan-state';

/** `/verwaltung/veranstaltungen/:id/zuteilung`: put every accepted project on a stand, by drag and drop or keyboard. */
@Component({
  selector: 'app-assignment-page',
  imports: [
    LoadStateComponent,
    RouterLink,
    TranslatePipe,
    PlanViewComponent,
    UnplacedListComponent,
    PlacedTableComponent,
    StandSwapComponent,
    DetailsPanelComponent,
    SuggestionPanelComponent,
    ExchangeDialogComponent,
  ],
  providers: [AssignmentStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assignment/assignment.page.html',
  styleUrl: './assignment/assignment.page.scss',
})
export class AssignmentPage {
  /** Event id from the route. */
  readonly id = input.required<string>();
  protected readonly store = inject(AssignmentStore);
  private readonly focus = focusWithin();
  private readonly event = loadEvent(() => this.id());
  protected readonly eventTitle = computed(() => (this.event.hasValue() ? this.event.value().title : ''));
  /** The stand last clicked on the plan (or dropped on), shown in the details. */
  protected readonly selected = signal<ElementRef | null>(null);

  constructor() {
    effect(() => this.store.eventId.set(this.id()));
    inject(PageTitleService).detail(() => this.eventTitle());
  }

  /** A project dropped on a stand: placed, moved or (confirmed) exchanged; the details show that stand. */
  protected async drop(standKey: string, applicationId: string): Promise<void> {
    this.selected.set({ type: 'stand', key: standKey });
    // A card that had focus is gone once placed: focus goes to its list rather than to <body>.
    if (await this.store.place(standKey, applicationId)) this.focus.ifLost('#unplaced-heading');
  }
}
