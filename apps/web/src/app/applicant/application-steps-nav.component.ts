import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { STEPS } from './application-form.model';
import { ApplicationStore } from './application.store';

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
              [href]="store.stepBase() + s.n"
              [attr.aria-current]="s.n === store.step() ? 'step' : null"
              [class.steps__link--current]="s.n === store.step()"
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
  readonly stepChosen = output<number>();
  protected readonly store = inject(ApplicationStore);
  protected readonly steps = STEPS;

  protected open(step: number, event: MouseEvent): void {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    this.stepChosen.emit(step);
  }
}
