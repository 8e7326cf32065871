import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { STEPS } from './application-form.model';

/** Whether a click is a plain left click, which the form handles itself (others open a tab or window). */
export function isPlainClick(event: MouseEvent): boolean {
  return !(event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0);
}

/** The links to the form's steps; a plain click is the form's to handle (it saves the step first). */
@Component({
  selector: 'app-application-steps-nav',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="steps" [attr.aria-label]="'application.stepsLabel' | t">
      <ol>
        @for (s of steps; track s.n) {
          <li>
            <a
              [href]="base() + s.n"
              [attr.aria-current]="s.n === step() ? 'step' : null"
              [class.steps__link--current]="s.n === step()"
              (click)="open(s.n, $event)"
              >{{ 'application.stepLink' | t: { n: s.n, name: ('application.step.' + s.key | t) } }}</a
            >
          </li>
        }
      </ol>
    </nav>
  `,
})
export class ApplicationStepsNavComponent {
  readonly step = input.required<number>();
  /** The address of a step without its number, e.g. `/bewerbungen/<id>?schritt=`. */
  readonly base = input.required<string>();
  readonly stepChosen = output<number>();
  protected readonly steps = STEPS;

  protected open(step: number, event: MouseEvent): void {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    this.stepChosen.emit(step);
  }
}
