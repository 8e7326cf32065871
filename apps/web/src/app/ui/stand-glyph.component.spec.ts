import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { StandGlyphComponent } from './stand-glyph.component';

@Component({
  imports: [StandGlyphComponent],
  template: `<ul>
    <li><app-stand-glyph kind="power" />Strom nötig</li>
    <li><app-stand-glyph kind="stepFree" />Stufenloser Zugang nötig</li>
  </ul>`,
})
class HostComponent {}

describe('StandGlyphComponent', () => {
  it('shows the sign before the words and hides it from screen readers', async () => {
    TestBed.configureTestingModule({ imports: [HostComponent] });
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(Array.from(el.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      '⚡ Strom nötig',
      '♿ Stufenloser Zugang nötig',
    ]);
    expect(Array.from(el.querySelectorAll('app-stand-glyph')).map((g) => g.getAttribute('aria-hidden'))).toEqual([
      'true',
      'true',
    ]);
  });
});
