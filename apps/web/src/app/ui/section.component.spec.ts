import { Component } from '@angular/core';
import { render } from './render.testing';
import { SectionComponent } from './section.component';

@Component({
  imports: [SectionComponent],
  template: `
    <app-section heading="credentials.heading" intro="credentials.intro"><p id="content">Inhalt</p></app-section>
    <app-section heading="staff.throttled.heading" />
  `,
})
class HostComponent {}

describe('SectionComponent', () => {
  it('names each section by its heading, then shows the intro if any and the content', async () => {
    const { el } = await render(HostComponent);
    const sections = Array.from(el.querySelectorAll('section'));
    const named = sections.map((section) => {
      const heading = el.querySelector('#' + section.getAttribute('aria-labelledby'));
      return [heading?.tagName, heading?.closest('section') === section];
    });
    expect(named).toEqual([
      ['H2', true],
      ['H2', true],
    ]);
    expect(Array.from(sections[0].children).map((child) => child.tagName + (child.id ? '#' + child.id : ''))).toEqual([
      'H2#credentials-heading',
      'P',
      'P#content',
    ]);
    expect(sections[1].querySelectorAll('p')).toHaveLength(0);
  });
});
