import { Component, signal } from '@angular/core';
import { render } from '../ui/render.testing';
import { NarrowPageComponent } from './narrow-page.component';

@Component({
  imports: [NarrowPageComponent],
  template: `
    <app-narrow-page heading="password.forgot.heading" [status]="done() ? 'password.forgot.done' : null">
      <p class="form">Formular</p>
    </app-narrow-page>
    <app-narrow-page heading="auth.login.heading" intro="auth.login.intro" />
  `,
})
class HostComponent {
  readonly done = signal(false);
}

describe('NarrowPageComponent', () => {
  it('shows heading, intro and content, with a live region only where the task reports its success', async () => {
    const { fixture, el } = await render(HostComponent);
    const [forgot, login] = Array.from(el.querySelectorAll('app-narrow-page'));
    expect(forgot.querySelector('h1')?.textContent).toBe('Passwort vergessen');
    expect(forgot.querySelector('.form')).not.toBeNull();
    expect(forgot.querySelector('[role=status]')?.textContent?.trim()).toBe('');
    expect(login.querySelector('[role=status]')).toBeNull();
    expect(login.querySelector('p')?.textContent).toBe(
      'Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an.',
    );

    fixture.componentInstance.done.set(true);
    await fixture.whenStable();
    expect(forgot.querySelector('[role=status]')?.textContent).toContain('E-Mail');
  });
});
