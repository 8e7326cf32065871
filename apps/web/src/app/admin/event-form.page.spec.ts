import { provideRouter } from '@angular/router';
import { renderWith } from '../ui/render-with.testing';
import { EventFormPage } from './event-form.page';

describe('EventFormPage', () => {
  async function render() {
    const { fixture, el } = await renderWith(EventFormPage, { providers: [provideRouter([])] });
    // attached, so that focus moves can be seen
    document.body.appendChild(el);
    /** The input a visible label names, as a screen reader finds it. */
    const byLabel = (text: string) => {
      const label = Array.from(el.querySelectorAll('label')).find((l) => l.textContent?.trim() === text);
      return el.querySelector<HTMLInputElement>('#' + label?.getAttribute('for'));
    };
    return { fixture, el, byLabel };
  }

  afterEach(() => document.body.replaceChildren());

  it('labels each date, time and number input and binds it to the form', async () => {
    const { fixture, el, byLabel } = await render();
    expect(byLabel('Datum')?.type).toBe('date');
    expect(byLabel('Beginn (Uhrzeit)')?.type).toBe('time');
    expect(byLabel('Personen am Stand änderbar bis')?.type).toBe('datetime-local');
    expect(el.textContent).toContain('Nach der Zusage; leer: keine Änderung mehr.');
    const planned = byLabel('Geplante Stände (Anzahl)');
    expect([planned?.type, planned?.min, planned?.max]).toEqual(['number', '0', expect.stringMatching(/^\d+$/)]);

    const start = byLabel('Beginn (Uhrzeit)') as HTMLInputElement;
    start.value = '18:00';
    start.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(fixture.componentInstance['form'].controls.startTime.value).toBe('18:00');
    const status = byLabel('Status') as unknown as HTMLSelectElement;
    expect([status.value, status.options[0].text.trim()]).toEqual(['draft', 'Entwurf']);
    // a new event starts with one criterion to fill in
    expect(byLabel('Kriterium 1: Mindestpunkte')?.value).toBe('1');
  });

  it('puts the focus into a topic just added, and back on the add button when it is removed', async () => {
    const { fixture, el, byLabel } = await render();
    const button = (text: string) =>
      Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.trim() === text) as HTMLButtonElement;
    button('Thema hinzufügen').click();
    await fixture.whenStable();
    expect(document.activeElement).toBe(byLabel('Thema 1'));
    button('Thema 1 entfernen').click();
    await fixture.whenStable();
    expect(document.activeElement).toBe(button('Thema hinzufügen'));
  });
});
