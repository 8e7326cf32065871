import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { PlainClickDirective } from '../ui/plain-click.directive';
import { STEPS } from './application-form.model';
import { ApplicationStore } from './application.store';

/** The links to the form's steps; a plain click is the form's to handle (it saves the step first). */
@Component({
  selector: 'app-application-steps-nav',
  imports: [TranslatePipe, PlainClickDirective],
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
              (appPlainClick)="stepChosen.emit(s.n)"
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
}
