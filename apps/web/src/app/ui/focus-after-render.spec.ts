import { Component, ElementRef, signal, viewChild } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { focusAfterRender } from './focus-after-render';

@Component({
  template: `
    @if (open()) {
      <p>Panel</p>
    } @else {
      <button #opener type="button">Öffnen</button>
    }
  `,
})
class HostComponent {
  readonly open = signal(true);
  readonly opener = viewChild<ElementRef<HTMLButtonElement>>('opener');
  readonly focusLater = focusAfterRender();

  close(): void {
    this.open.set(false);
    this.focusLater(this.opener);
  }
}

describe('focusAfterRender', () => {
  it('focuses an element that only the next render shows', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    fixture.componentInstance.close();
    await fixture.whenStable();
    expect(document.activeElement?.textContent).toBe('Öffnen');
    fixture.nativeElement.remove();
  });
});
