import { Directive, computed, inject, input } from '@angular/core';
import { I18nService } from '../core/i18n/i18n.service';

/**
 * Names a control „<action>: <name>“ for screen readers (`common.actionFor`) where its visible text says only the
 * action and the name stands beside it: `<button mat-stroked-button action="outbox.edit" [appActionFor]="m.subject">`.
 * An aria-label, as a visually hidden span would add a space before the colon.
 */
@Directive({
  selector: '[appActionFor]',
  host: { '[attr.aria-label]': 'label()' },
})
export class ActionForDirective {
  /** The name of what the action is for. */
  readonly name = input.required<string>({ alias: 'appActionFor' });
  /** Translation key of the action. */
  readonly action = input.required<string>();
  private readonly i18n = inject(I18nService);
  protected readonly label = computed(() =>
    this.i18n.t('common.actionFor', { action: this.i18n.t(this.action()), name: this.name() }),
  );
}
