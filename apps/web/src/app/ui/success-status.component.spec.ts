import { render } from './render.testing';
import { SuccessStatusComponent } from './success-status.component';

describe('SuccessStatusComponent', () => {
  it('keeps its live region and fills it with the translated message once there is one', async () => {
    const { fixture, el } = await render(SuccessStatusComponent);
    expect(el.querySelector('[role=status]')?.textContent?.trim()).toBe('');
    fixture.componentRef.setInput('key', 'auth.passwordHint');
    fixture.componentRef.setInput('params', { min: 12 });
    await fixture.whenStable();
    expect(el.querySelector('[role=status] .message--success')?.textContent?.trim()).toBe('Mindestens 12 Zeichen.');
  });
});
