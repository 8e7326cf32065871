import { ChangeDetectionStrategy, Component, ElementRef, computed, input, output, viewChild } from '@angular/core';
import { ErrorItem } from '../core/forms/server-errors';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { PlainClickDirective } from '../ui/plain-click.directive';
import { stepOfField } from './application-form.model';

/**
 * What went wrong saving or submitting the application: a general message, or each field's error as a link to
 * its step and field. The live region stays in the DOM so new messages are announced.
 */
@Component({
  selector: 'app-application-error-summary',
  imports: [TranslatePipe, PlainClickDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div #summary tabindex="-1" role="alert" class="error-summary" [class.error-summary--visible]="items().length > 0">
      @for (item of general(); track $index) {
        <p>{{ item.key | t: item.params }}</p>
      }
      @if (linked().length > 0) {
        <p>{{ 'application.errorsIntro' | t }}</p>
        <ul>
          @for (e of linked(); track $index) {
            <li>
              <a [href]="base() + e.step" (appPlainClick)="errorChosen.emit(e.item)">{{
                'application.errorLink'
                  | t: { n: e.step, field: (e.labelKey | t), message: (e.item.key | t: e.item.params) }
              }}</a>
            </li>
          }
        </ul>
      }
    </div>
  `,
})
export class ApplicationErrorSummaryComponent {
  /** Items with a `field` are linked to it; the others are general messages. */
  readonly items = input.required<readonly ErrorItem[]>();
  /** The address of a step without its number, e.g. `/bewerbungen/<id>?schritt=`. */
  readonly base = input.required<string>();
  readonly errorChosen = output<ErrorItem & { field: string }>();
  private readonly summary = viewChild.required<ElementRef<HTMLElement>>('summary');

  protected readonly general = computed(() => this.items().filter((item) => !item.field));
  protected readonly linked = computed(() =>
    this.items()
      .filter((item): item is ErrorItem & { field: string } => !!item.field)
      .map((item) => ({
        item,
        step: stepOfField(item.field),
        labelKey: item.field === 'logo' ? 'field.logo' : 'field.' + item.field.split('.')[0],
      })),
  );

  /** The summary's box, where the focus goes when new messages arrive. */
  element(): HTMLElement {
    return this.summary().nativeElement;
  }
}
