import {
  ChangeDetectionStrategy,
  Component,
  Directive,
  ElementRef,
  OnInit,
  afterNextRender,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ConfirmStep } from './confirm-step';

/**
 * An inline confirmation step for consequential actions: a labelled region that takes keyboard focus when it
 * appears, explains what happens (the projected content), and offers confirm and cancel; cancel closes the step.
 * `@if (step.isOpen()) { <app-confirm-panel [step]="step" [busy]="…" (confirmed)="…">…</app-confirm-panel> }
 *  @else { <button mat-stroked-button type="button" [appOpensConfirm]="step">…</button> }`
 */
@Component({
  selector: 'app-confirm-panel',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let keys = step().keys;
    <section class="confirm-panel" role="region" [attr.aria-labelledby]="headingId">
      <h3 [id]="headingId" #heading tabindex="-1">{{ keys.heading | t }}</h3>
      <ng-content />
      <div class="form__actions">
        <button mat-flat-button type="button" class="danger-button" [disabled]="busy()" (click)="confirmed.emit()">
          {{ (busy() ? keys.busy : keys.confirm) | t }}
        </button>
        <button mat-stroked-button type="button" [disabled]="busy()" (click)="step().close()">
          {{ 'common.cancel' | t }}
        </button>
      </div>
    </section>
  `,
})
export class ConfirmPanelComponent {
  private static nextId = 0;
  /** The heading names the region; its id only has to be unique on the page. */
  protected readonly headingId = `confirm-heading-${ConfirmPanelComponent.nextId++}`;
  readonly step = input.required<ConfirmStep>();
  readonly busy = input(false);
  readonly confirmed = output<void>();
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  constructor() {
    afterNextRender(() => this.heading().nativeElement.focus());
  }
}

/** The button that opens a confirmation step, and gets the focus back when the step is cancelled. */
@Directive({
  selector: 'button[appOpensConfirm]',
  host: { '(click)': 'appOpensConfirm().open()' },
})
export class OpensConfirmDirective implements OnInit {
  readonly appOpensConfirm = input.required<ConfirmStep>();
  private readonly element = inject<ElementRef<HTMLElement>>(ElementRef);

  ngOnInit(): void {
    this.appOpensConfirm().openedBy(this.element);
  }
}

/** What a template with a confirmation step imports. */
export const CONFIRM_STEP_IMPORTS = [ConfirmPanelComponent, OpensConfirmDirective] as const;
