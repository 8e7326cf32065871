import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  input,
  output,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '../core/i18n/t.pipe';

/**
 * An inline confirmation step for consequential actions: a labelled region that takes keyboard
 * focus when it appears, explains what happens, and offers confirm and cancel.
 */
@Component({
  selector: 'app-confirm-panel',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="confirm-panel" role="region" [attr.aria-labelledby]="headingId()">
      <h3 [id]="headingId()" #heading tabindex="-1">{{ headingKey() | t }}</h3>
      <ng-content />
      <div class="form__actions">
        <button mat-flat-button type="button" class="danger-button" [disabled]="busy()" (click)="confirmed.emit()">
          {{ (busy() ? busyKey() : confirmKey()) | t }}
        </button>
        <button mat-stroked-button type="button" [disabled]="busy()" (click)="cancelled.emit()">
          {{ 'common.cancel' | t }}
        </button>
      </div>
    </section>
  `,
})
export class ConfirmPanelComponent {
  private static nextId = 0;
  /** The heading names the region; its id only has to be unique on the page. */
  readonly headingId = input(`confirm-heading-${ConfirmPanelComponent.nextId++}`);
  readonly headingKey = input.required<string>();
  readonly confirmKey = input.required<string>();
  readonly busyKey = input('application.saving');
  readonly busy = input(false);
  readonly confirmed = output<void>();
  readonly cancelled = output<void>();
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  constructor() {
    afterNextRender(() => this.heading().nativeElement.focus());
  }
}
