import { ChangeDetectionStrategy, Component, ElementRef, afterRenderEffect, inject, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { AssignmentStore } from './assignment.store';

/** Asks before a project takes the place of another on a full stand (a modal dialog: Escape says no). */
@Component({
  selector: 'app-exchange-dialog',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    dialog {
      max-width: min(32rem, 90vw);
      border: 1px solid var(--color-border);
      border-radius: 8px;
      padding: 1.25rem;
    }
    h2 {
      margin-top: 0;
      font-size: 1.3rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      justify-content: flex-end;
    }
  `,
  template: `
    <dialog #dialog aria-labelledby="exchange-title" aria-describedby="exchange-text" (close)="answer(false)">
      @if (store.pending(); as p) {
        <h2 id="exchange-title">{{ 'assign.exchangeTitle' | t: { number: store.standNumber(p.standKey) } }}</h2>
        <p id="exchange-text">
          {{
            (p.from ? 'assign.exchangeText' : 'assign.replaceText')
              | t
                : {
                    name: store.name(p.applicationId),
                    other: store.name(p.withApplicationId),
                    number: store.standNumber(p.standKey),
                    from: p.from ? store.standNumber(p.from) : '',
                  }
          }}
        </p>
        <div class="actions">
          <button mat-stroked-button type="button" (click)="answer(false)">{{ 'assign.exchangeNo' | t }}</button>
          <button mat-flat-button type="button" (click)="answer(true)">
            {{ (p.from ? 'assign.exchangeYes' : 'assign.replaceYes') | t }}
          </button>
        </div>
      }
    </dialog>
  `,
})
export class ExchangeDialogComponent {
  protected readonly store = inject(AssignmentStore);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');

  constructor() {
    // After rendering, so the modal finds its buttons to focus.
    afterRenderEffect(() => {
      const dialog = this.dialog().nativeElement;
      if (this.store.pending() && !dialog.open) dialog.showModal();
    });
  }

  protected answer(yes: boolean): void {
    const pending = this.store.pending();
    // Answer first: closing the dialog fires (close) again, which then finds nothing pending.
    pending?.answer(yes);
    if (this.dialog().nativeElement.open) this.dialog().nativeElement.close();
  }
}
