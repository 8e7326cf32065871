import { Component, signal } from '@angular/core';
import { CONFIRM_STEP_IMPORTS } from './confirm-panel.component';
import { confirmStep } from './confirm-step';
import { render } from './render.testing';

@Component({
  imports: [...CONFIRM_STEP_IMPORTS],
  template: `
    @if (confirmation.isOpen()) {
      <app-confirm-panel [step]="confirmation" [busy]="busy()" (confirmed)="confirmation.end()">
        <p>Alles ist dann weg.</p>
      </app-confirm-panel>
    } @else {
      <button type="button" [appOpensConfirm]="confirmation">Konto löschen</button>
    }
  `,
})
class HostComponent {
  readonly busy = signal(false);
  readonly confirmation = confirmStep({
    heading: 'myData.confirmHeading',
    confirm: 'myData.confirmDelete',
    busy: 'myData.deleting',
  });
}

async function openedConfirmation() {
  const { fixture, el } = await render(HostComponent);
  document.body.appendChild(el);
  const button = (name: string) =>
    Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.trim() === name) as HTMLButtonElement;
  button('Konto löschen').click();
  await fixture.whenStable();
  return { fixture, el, button };
}

describe('confirmation step (app-confirm-panel, appOpensConfirm)', () => {
  afterEach(() => document.body.replaceChildren());

  it('opens as a region named by its heading, which takes the focus, with what the page explains', async () => {
    const { el } = await openedConfirmation();
    const region = el.querySelector('[role="region"]') as HTMLElement;
    const heading = el.querySelector('h3') as HTMLElement;
    expect(heading.textContent?.trim()).toBe('Konto wirklich löschen?');
    expect(region.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(document.activeElement).toBe(heading);
    expect(region.textContent).toContain('Alles ist dann weg.');
  });

  it('gives the focus back to the button that opened it when cancelled', async () => {
    const { fixture, button } = await openedConfirmation();
    button('Abbrechen').focus();
    button('Abbrechen').click();
    await fixture.whenStable();
    expect(document.activeElement).toBe(button('Konto löschen'));
  });

  it('leaves the focus alone when it ends after the action', async () => {
    const { fixture, button } = await openedConfirmation();
    button('Ja, Konto endgültig löschen').click();
    await fixture.whenStable();
    expect(button('Konto löschen')).toBeTruthy();
    expect(document.activeElement).toBe(document.body);
  });

  it('says the action is running and lets neither button be pressed meanwhile', async () => {
    const { fixture, el } = await openedConfirmation();
    fixture.componentInstance.busy.set(true);
    await fixture.whenStable();
    const buttons = Array.from(el.querySelectorAll('button'));
    expect(buttons.map((b) => b.textContent?.trim())).toEqual(['Konto wird gelöscht …', 'Abbrechen']);
    expect(buttons.every((b) => b.disabled)).toBe(true);
  });
});
