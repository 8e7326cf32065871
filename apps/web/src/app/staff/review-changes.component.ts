import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FieldChange, FieldValue } from '@markt/shared';
import { TranslatePipe } from '../core/i18n/t.pipe';

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
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: 0.4rem 0.5rem;
      border-bottom: 1px solid var(--color-border-subtle);
    }
    .table-scroll {
      overflow-x: auto;
    }
  `,
  template: `
    @if (changes().length > 0) {
      <section class="message message--error" aria-labelledby="diff-heading" data-testid="changed-since-review">
        <h2 id="diff-heading">{{ 'diff.heading' | t }}</h2>
        <p>{{ 'diff.intro' | t }}</p>
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">
              {{
                'diff.heading' | t
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'diff.field' | t }}</th>
                <th scope="col">{{ 'diff.before' | t }}</th>
                <th scope="col">{{ 'diff.after' | t }}</th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      </section>
    }
  `,
})
export class ReviewChangesComponent {
  readonly changes = input<FieldChange[]>([]);
  protected readonly show = changeValue;
}
