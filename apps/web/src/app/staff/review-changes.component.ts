import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FieldChange, FieldValue } from '@markt/shared';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { DataTableComponent } from '../ui/data-table.component';

/** A value as text for the comparison: lists joined, yes/no as keys to translate, nothing as a dash. */
export function changeValue(value: FieldValue): { text: string } | { key: string } {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return { key: 'diff.empty' };
  if (typeof value === 'boolean') return { key: value ? 'diff.yes' : 'diff.no' };
  return { text: Array.isArray(value) ? value.join(', ') : String(value) };
}

/**
 * What changed in an application since the viewer's own review, field by field: the value the review
 * was made on beside the value now, with the request to look again.
 */
@Component({
  selector: 'app-review-changes',
  imports: [TranslatePipe, DataTableComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (changes().length > 0) {
      <section class="message message--error" aria-labelledby="diff-heading" data-testid="changed-since-review">
        <h2 id="diff-heading">{{ 'diff.heading' | t }}</h2>
        <p>{{ 'diff.intro' | t }}</p>
        <app-data-table caption="diff.heading" [columns]="['diff.field', 'diff.before', 'diff.after']">
          @for (change of changes(); track change.field) {
            <tr [attr.data-field]="change.field">
              <th scope="row">{{ 'field.' + change.field | t }}</th>
              @for (value of [show(change.before), show(change.after)]; track $index) {
                <td class="prewrap">
                  @if ('key' in value) {
                    {{ value.key | t }}
                  } @else {
                    {{ value.text }}
                  }
                </td>
              }
            </tr>
          }
        </app-data-table>
      </section>
    }
  `,
})
export class ReviewChangesComponent {
  readonly changes = input<FieldChange[]>([]);
  protected readonly show = changeValue;
}
