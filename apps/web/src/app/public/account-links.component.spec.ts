import { provideRouter } from '@angular/router';
import { render } from '../ui/render.testing';
import { AccountLinksComponent } from './account-links.component';

describe('AccountLinksComponent', () => {
  it('shows each link in a paragraph of its own, after its lead-in if it has one', async () => {
    const { el } = await render(AccountLinksComponent, [provideRouter([])], {
      links: [
        { label: 'auth.login.forgot', to: '/passwort-vergessen' },
        { lead: 'auth.login.noAccount', label: 'auth.login.registerLink', to: '/registrieren' },
      ],
    });
    const paragraphs = Array.from(el.querySelectorAll('p')).map((p) => p.textContent?.replace(/\s+/g, ' ').trim());
    expect(paragraphs).toEqual(['Passwort vergessen?', 'Noch kein Konto? Jetzt als Antragsteller*in registrieren']);
    const links = Array.from(el.querySelectorAll('a')).map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Passwort vergessen?', '/passwort-vergessen'],
      ['Jetzt als Antragsteller*in registrieren', '/registrieren'],
    ]);
  });
});
