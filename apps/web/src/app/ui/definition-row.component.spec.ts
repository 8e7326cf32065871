import { Component } from '@angular/core';
import { DefinitionRowComponent } from './definition-row.component';
import { render } from './render.testing';

@Component({
  imports: [DefinitionRowComponent],
  template: `
    <dl>
      <div appDefinitionRow="application.submittedAt" date="2027-09-15T21:59:59.000Z"></div>
      <div appDefinitionRow="application.decisionMessage"><span class="prewrap">Willkommen</span></div>
    </dl>
  `,
})
class HostComponent {}

describe('DefinitionRowComponent', () => {
  it('puts a translated label and its value as dt/dd straight into the div of the list', async () => {
    const { el } = await render(HostComponent);
    const rows = Array.from(el.querySelectorAll('dl > div'));
    expect(rows.map((row) => Array.from(row.children).map((child) => child.tagName))).toEqual([
      ['DT', 'DD'],
      ['DT', 'DD'],
    ]);
    const texts = rows.map((row) => [
      row.querySelector('dt')?.textContent?.trim(),
      row.querySelector('dd')?.textContent?.trim(),
    ]);
    // the date in Berlin time, whatever the zone of the machine running the test
    expect(texts[0]).toEqual(['Eingereicht am', expect.stringContaining('23:59')]);
    expect(texts[1]).toEqual(['Nachricht der Organisation', 'Willkommen']);
  });
});
