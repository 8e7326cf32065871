import { Component, ElementRef, viewChild } from '@angular/core';
import { confirmStep } from './confirm-step';
import { render } from './render.testing';

@Component({
  template: `
    @if (confirmation.isOpen()) {
      <button type="button" (click)="confirmation.close()">Abbrechen</button>
      <button type="button" (click)="confirmation.end()">Löschen</button>
    } @else {
      <button #opener type="button" (click)="confirmation.open()">Konto löschen</button>
    }
  `,
})
class HostComponent {
  readonly opener = viewChild<ElementRef<HTMLButtonElement>>('opener');
  readonly confirmation = confirmStep(() => this.opener());
}

async function openedConfirmation() {
  const { fixture, el } = await render(HostComponent);
  document.body.appendChild(el);
  const button = (name: string) =>
    Array.from(el.querySelectorAll('button')).find((b) => b.textContent === name) as HTMLButtonElement;
  button('Konto löschen').click();
  await fixture.whenStable();
  return { fixture, el, button };
}

describe('confirmStep', () => {
  afterEach(() => document.body.replaceChildren());

  it('gives the focus back to the button that opened it when cancelled', async () => {
    const { fixture, button } = await openedConfirmation();
    button('Abbrechen').focus();
    button('Abbrechen').click();
    await fixture.whenStable();
    expect(document.activeElement?.textContent).toBe('Konto löschen');
  });

  it('leaves the focus alone when it ends after the action', async () => {
    const { fixture, button } = await openedConfirmation();
    button('Löschen').click();
    await fixture.whenStable();
    expect(button('Konto löschen')).toBeTruthy();
    expect(document.activeElement).toBe(document.body);
  });
});
