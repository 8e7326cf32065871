import { Component, signal } from '@angular/core';
import { DataTableComponent } from './data-table.component';
import { render } from './render.testing';

@Component({
  imports: [DataTableComponent],
  template: `
    <h2 id="rows-heading">Zeilen</h2>
    <app-data-table
      caption="retention.eventsHeading"
      labelledBy="rows-heading"
      testId="rows"
      [columns]="['retention.event', 'retention.logos']"
      [empty]="rows().length === 0"
      emptyKey="retention.noEvents"
      emptyTestId="rows-none"
    >
      @for (row of rows(); track row) {
        <tr>
          <th scope="row">{{ row }}</th>
          <td>1</td>
        </tr>
      }
    </app-data-table>
  `,
})
class HostComponent {
  readonly rows = signal(['Sommerfest']);
}

describe('DataTableComponent', () => {
  it('frames the projected rows with a caption and translated column headers in a named, focusable region', async () => {
    const { el } = await render(HostComponent);
    const table = el.querySelector('table[data-testid="rows"]');
    expect(table?.querySelector('caption')?.textContent?.trim()).toBe('Veranstaltungen');
    const headers = Array.from(table?.querySelectorAll('thead th') ?? []);
    expect(headers.map((th) => [th.getAttribute('scope'), th.textContent?.trim()])).toEqual([
      ['col', 'Veranstaltung'],
      ['col', 'Logos'],
    ]);
    expect(Array.from(table?.querySelectorAll('tbody > tr > th') ?? []).map((th) => th.textContent)).toEqual([
      'Sommerfest',
    ]);
    const region = el.querySelector('[role="region"]');
    expect(region?.getAttribute('aria-labelledby')).toBe('rows-heading');
    expect(region?.getAttribute('tabindex')).toBe('0');
  });

  it('says so instead of showing an empty table', async () => {
    const { fixture, el } = await render(HostComponent);
    fixture.componentInstance.rows.set([]);
    await fixture.whenStable();
    expect(el.querySelector('table')).toBeNull();
    expect(el.querySelector('[data-testid="rows-none"]')?.textContent?.trim()).toBe(
      'Keine Veranstaltung mit personenbezogenen Daten.',
    );
  });
});
