import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, input } from '@angular/core';
import { TranslatePipe } from '../core/i18n/t.pipe';

/**
 * A data table's frame: a sentence instead of the table when it has no rows, else a horizontally scrolling
 * wrapper with the table, its caption (visually hidden: the section's heading shows it) and a header row of
 * column labels (`th scope="col"`). The rows are projected into the body:
 * `<app-data-table caption="retention.eventsHeading" [columns]="['retention.event', …]" [empty]="!p.events.length"
 * emptyKey="retention.noEvents">@for (e of p.events; track e.eventId) { <tr>…</tr> }</app-data-table>`
 */
@Component({
  selector: 'app-data-table',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The projected cells belong to the page's view: the base styles are scoped by the wrapper's class instead.
  encapsulation: ViewEncapsulation.None,
  styles: `
    app-data-table {
      display: block;
    }
    .data-table {
      overflow-x: auto;
      margin-block-end: 1rem;
    }
    .data-table table {
      border-collapse: collapse;
      width: 100%;
    }
    .data-table th,
    .data-table td {
      text-align: start;
      vertical-align: top;
      padding: 0.4rem 0.5rem;
      border-bottom: 1px solid var(--color-border-subtle);
    }
  `,
  template: `
    @if (empty()) {
      <p [attr.data-testid]="emptyTestId()">{{ emptyKey() | t }}</p>
    } @else {
      <!-- A wrapper that may scroll is a focusable, named region where its table holds nothing to tab to. -->
      <div
        class="data-table"
        [attr.tabindex]="labelledBy() ? 0 : null"
        [attr.role]="labelledBy() ? 'region' : null"
        [attr.aria-labelledby]="labelledBy()"
      >
        <table [attr.data-testid]="testId()">
          <caption class="visually-hidden">
            {{
              caption() | t
            }}
          </caption>
          <thead>
            <tr>
              @for (column of headers(); track column.key) {
                <th scope="col">
                  @if (column.hidden) {
                    <span class="visually-hidden">{{ column.key | t }}</span>
                  } @else {
                    {{ column.key | t }}
                  }
                </th>
              }
            </tr>
          </thead>
          <tbody>
            <ng-content />
          </tbody>
        </table>
      </div>
    }
  `,
})
export class DataTableComponent {
  /** Translation key of the caption. */
  readonly caption = input.required<string>();
  /** Translation keys of the column headers; a column of controls (tick boxes) may name itself to screen readers only. */
  readonly columns = input.required<readonly (string | { key: string; hidden: true })[]>();
  /** No rows: show `emptyKey` instead of the table. */
  readonly empty = input(false);
  readonly emptyKey = input('');
  readonly emptyTestId = input<string | null>(null);
  /** The id of the heading that names the scrolling wrapper as a keyboard-focusable region (none: no region). */
  readonly labelledBy = input<string | null>(null);
  readonly testId = input<string | null>(null);
  protected readonly headers = computed(() =>
    this.columns().map((column) => (typeof column === 'string' ? { key: column, hidden: false } : column)),
  );
}
