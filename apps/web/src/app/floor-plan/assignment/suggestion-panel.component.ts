import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { SuggestionDto } from '@markt/shared';
import { Subscription } from 'rxjs';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { FloorPlanService } from '../floor-plan.service';
import { SuggestionProgressComponent, SuggestionSearch } from '../suggestion-progress.component';
import { AssignmentStore } from './assignment.store';
import { focusWithin } from './focus';

/** The automatic suggestion: searched with progress (stoppable), shown as a preview, applied in part or whole. */
@Component({
  selector: 'app-suggestion-panel',
  imports: [MatButtonModule, TranslatePipe, SuggestionProgressComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './suggestion-panel.component.html',
  styles: `
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    li {
      margin-block: 0.35rem;
    }
  `,
})
export class SuggestionPanelComponent {
  protected readonly store = inject(AssignmentStore);
  private readonly service = inject(FloorPlanService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly focus = focusWithin();
  protected readonly suggestion = signal<SuggestionDto | null>(null);
  /** The suggestion being searched: progress, best score and best layout so far. */
  protected readonly searching = signal<SuggestionSearch | null>(null);
  protected readonly picked = signal<ReadonlySet<string>>(new Set());
  private search?: Subscription;

  protected suggest(): void {
    const id = this.store.eventId();
    if (!id) return;
    this.store.busy.set(true);
    this.searching.set({ work: 0, budget: 1, score: null, best: null });
    this.search = this.service
      .suggestWithProgress(id)
      // leaving the page stops the search on the server too
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (line) => {
          if ('progress' in line) this.searching.update((s) => s && { ...s, ...line.progress });
          else if ('best' in line) this.searching.update((s) => s && { ...s, best: line.best });
          else if ('result' in line) this.show(line.result, 'assign.suggestionReady');
          else this.failed(line.error);
        },
        error: (error) => this.failed(error),
      });
  }

  protected stop(): void {
    const best = this.searching()?.best;
    if (best) this.show(best, 'assign.suggestionStopped');
  }

  protected togglePick(applicationId: string): void {
    this.picked.update((picked) => {
      const next = new Set(picked);
      if (next.has(applicationId)) next.delete(applicationId);
      else next.add(applicationId);
      return next;
    });
  }

  protected selectAll(all: boolean): void {
    this.picked.set(new Set(all ? (this.suggestion()?.placements.map((p) => p.applicationId) ?? []) : []));
  }

  protected async apply(): Promise<void> {
    const placements = (this.suggestion()?.placements ?? [])
      .filter((p) => this.picked().has(p.applicationId))
      .map(({ standId, applicationId }) => ({ standId, applicationId }));
    if (!(await this.store.apply(placements))) return;
    // The preview and its button are gone: focus goes back to the section's heading.
    this.suggestion.set(null);
    this.focus.after('#suggest-heading');
  }

  private show(suggestion: SuggestionDto, message: string): void {
    // Closing the connection also stops the search on the server.
    this.search?.unsubscribe();
    this.searching.set(null);
    this.store.busy.set(false);
    this.suggestion.set(suggestion);
    this.picked.set(new Set(suggestion.placements.map((p) => p.applicationId)));
    this.store.say({ key: message, params: { n: suggestion.placements.length } });
  }

  private failed(error: unknown): void {
    this.searching.set(null);
    this.store.fail(error);
  }
}
