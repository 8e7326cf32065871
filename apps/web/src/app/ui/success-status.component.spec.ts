import { TestBed } from '@angular/core/testing';
import { SuccessStatusComponent } from './success-status.component';

describe('SuccessStatusComponent', () => {
  it('keeps its live region and fills it with the translated message once there is one', async () => {
    localStorage.clear();
    const fixture = TestBed.createComponent(SuccessStatusComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[role=status]')?.textContent?.trim()).toBe('');
    fixture.componentRef.setInput('key', 'auth.passwordHint');
    fixture.componentRef.setInput('params', { min: 12 });
    await fixture.whenStable();
    expect(el.querySelector('[role=status] .message--success')?.textContent?.trim()).toBe('Mindestens 12 Zeichen.');
  });
});
