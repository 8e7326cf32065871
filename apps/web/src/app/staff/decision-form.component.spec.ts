import { renderWith } from '../ui/render-with.testing';
import { DecisionFormComponent } from './decision-form.component';

describe('DecisionFormComponent', () => {
  async function render(reviewCount: number | null, minReviews: number) {
    const { fixture, el } = await renderWith(DecisionFormComponent, {
      inputs: { applicationIds: ['a1'], reviewCount, minReviews },
    });
    return { fixture, el, button: el.querySelector<HTMLButtonElement>('button[type=submit]') };
  }

  it('is disabled, and says why, while the application has fewer reviews than the event needs', async () => {
    const { el, button } = await render(1, 2);
    expect(button?.disabled).toBe(true);
    const why = el.querySelector(`#${button?.getAttribute('aria-describedby')}`);
    expect(why?.textContent?.trim()).toBe(
      'Entscheiden ist erst möglich, wenn 2 zählende Bewertungen vorliegen (bisher 1).',
    );
  });

  it('is enabled once the minimum is reached', async () => {
    const { fixture, button } = await render(1, 2);
    fixture.componentRef.setInput('reviewCount', 2);
    await fixture.whenStable();
    expect(button?.disabled).toBe(false);
    expect(button?.hasAttribute('aria-describedby')).toBe(false);
  });

  it('does not hold back bulk decisions, whose reviews it does not know', async () => {
    const { button } = await render(null, 2);
    expect(button?.disabled).toBe(false);
  });

  it('asks for the optional message in a labelled text area, its hint telling where it appears', async () => {
    const { el } = await render(2, 2);
    const message = el.querySelector<HTMLTextAreaElement>('textarea#decision-message');
    expect(el.querySelector('label[for="decision-message"]')?.textContent?.trim()).toBe(
      'Nachricht an die Antragsteller*innen (freiwillig)',
    );
    const hint = el.querySelector(`#${message?.getAttribute('aria-describedby')?.split(' ')[0]}`);
    expect(hint?.textContent?.trim()).toBe('Erscheint in der E-Mail und in der Statusanzeige der Bewerbung.');
  });
});
