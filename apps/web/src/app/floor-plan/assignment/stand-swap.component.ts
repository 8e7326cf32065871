import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { AssignmentStore } from './assignment.store';

/** Exchanges everyone on one stand with everyone on another (e.g. two shared tables). */
@Component({
  selector: 'app-stand-swap',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './choice-row.scss',
  template: `
    <h3>{{ 'assign.swapHeading' | t }}</h3>
    <div class="row">
      <div class="native-field">
        <label for="swap-a">{{ 'assign.swapA' | t }}</label>
        <select id="swap-a" (change)="a.set($any($event.target).value)">
          <option value="">{{ 'assign.choosePlaceholder' | t }}</option>
          @for (s of store.occupiedStands(); track s.key) {
            <option [value]="s.key">{{ store.standWithNames(s) }}</option>
          }
        </select>
      </div>
      <div class="native-field">
        <label for="swap-b">{{ 'assign.swapB' | t }}</label>
        <select id="swap-b" (change)="b.set($any($event.target).value)">
          <option value="">{{ 'assign.choosePlaceholder' | t }}</option>
          @for (s of store.plan().stands; track s.key) {
            <option [value]="s.key">{{ store.standWithNames(s) }}</option>
          }
        </select>
      </div>
      <button mat-stroked-button type="button" [disabled]="store.busy()" (click)="store.swapStands(a(), b())">
        {{ 'assign.swap' | t }}
      </button>
    </div>
  `,
})
export class StandSwapComponent {
  protected readonly store = inject(AssignmentStore);
  protected readonly a = signal('');
  protected readonly b = signal('');
}
