import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { SuggestionDto } from '@markt/shared';
import { TranslatePipe } from '../core/i18n/t.pipe';

/** A suggestion being searched: work done of the budget, and the best score and layout so far. */
export interface SuggestionSearch {
  work: number;
  budget: number;
  score: number | null;
  best: SuggestionDto | null;
}

/** How far the running suggestion is, its best score so far, and a button that stops it with that layout. */
@Component({
  selector: 'app-suggestion-progress',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      margin: 0.75rem 0;
    }
    progress {
      display: block;
      width: 100%;
      max-width: 24rem;
      height: 1rem;
    }
    p {
      margin: 0.25rem 0 0.5rem;
    }
  `,
  template: `
    <label for="suggest-progress">{{ 'assign.suggestProgress' | t }}</label>
    <progress id="suggest-progress" [value]="search().work" [max]="search().budget"></progress>
    @if (search().score !== null) {
      <p>{{ 'assign.suggestBestSoFar' | t: { score: search().score } }}</p>
    }
    <!-- Once a best layout has arrived there is something to stop with. -->
    <button mat-stroked-button type="button" [disabled]="!search().best" (click)="stop.emit()">
      {{ 'assign.suggestStop' | t }}
    </button>
  `,
})
export class SuggestionProgressComponent {
  readonly search = input.required<SuggestionSearch>();
  readonly stop = output<void>();
}
