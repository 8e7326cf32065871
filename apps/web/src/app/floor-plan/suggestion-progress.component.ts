import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '../core/i18n/t.pipe';

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
    <progress id="suggest-progress" [value]="work()" [max]="budget()"></progress>
    @if (score() !== null) {
      <p>{{ 'assign.suggestBestSoFar' | t: { score: score() } }}</p>
    }
    <button mat-stroked-button type="button" [disabled]="!canStop()" (click)="stop.emit()">
      {{ 'assign.suggestStop' | t }}
    </button>
  `,
})
export class SuggestionProgressComponent {
  readonly work = input(0);
  readonly budget = input(1);
  readonly score = input<number | null>(null);
  /** Once a best layout has arrived there is something to stop with. */
  readonly canStop = input(false);
  readonly stop = output<void>();
}
