import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { Role, UserDto } from '@markt/shared';
import { AuthService } from '../core/auth/auth.service';
import { replyValidationFailed } from '../core/forms/validation-reply.testing';
import { NotificationService } from '../core/notification.service';
import { CurrentEventService } from '../events/current-event.service';
import { render } from '../ui/render.testing';
import { MyDataPage } from './my-data.page';

function button(el: HTMLElement, name: string): HTMLButtonElement {
  const found = Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

describe('MyDataPage', () => {
  async function setUp() {
    const page = await render(MyDataPage, [provideHttpClient(), provideHttpClientTesting(), provideRouter([])]);
    const auth = TestBed.inject(AuthService);
    auth.user.set({ id: 'u-1', role: Role.Applicant, email: 'kim@example.org' } as UserDto);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const refresh = jest.spyOn(TestBed.inject(CurrentEventService), 'refresh').mockReturnValue(undefined);
    return { ...page, auth, navigate, refresh, http: TestBed.inject(HttpTestingController) };
  }

  /** Opens the confirmation step and confirms with this password. */
  async function confirmWith(fixture: { whenStable(): Promise<unknown> }, el: HTMLElement, password: string) {
    button(el, 'Konto löschen').click();
    await fixture.whenStable();
    const input = el.querySelector('#delete-password') as HTMLInputElement;
    input.value = password;
    input.dispatchEvent(new Event('input'));
    button(el, 'Ja, Konto endgültig löschen').click();
    await fixture.whenStable();
  }

  it('offers the export as a download and the deletion behind a button', async () => {
    const { el } = await setUp();
    expect(el.querySelector('h1')?.textContent).toBe('Meine Daten');
    const link = Array.from(el.querySelectorAll('a')).find((a) => a.textContent?.includes('herunterladen'));
    expect(link?.getAttribute('href')).toBe('/api/me/export');
    expect(link?.hasAttribute('download')).toBe(true);
    expect(el.querySelector('#delete-password')).toBeNull();
  });

  it('asks for confirmation with the heading focused, and cancelling gives the focus back to the button', async () => {
    const { fixture, el } = await setUp();
    button(el, 'Konto löschen').click();
    await fixture.whenStable();
    expect(document.activeElement?.textContent?.trim()).toBe('Konto wirklich löschen?');
    expect(el.textContent).toContain('Das lässt sich nicht rückgängig machen.');
    button(el, 'Abbrechen').click();
    await fixture.whenStable();
    expect(el.querySelector('#delete-password')).toBeNull();
    expect(document.activeElement).toBe(button(el, 'Konto löschen'));
  });

  it('sends nothing without the password', async () => {
    const { fixture, el, http } = await setUp();
    await confirmWith(fixture, el, '');
    http.expectNone('/api/me');
    expect(el.querySelector('mat-error')?.textContent?.trim()).toBeTruthy();
  });

  it('shows a wrong password at the field and keeps the account', async () => {
    const { fixture, el, http, auth, navigate } = await setUp();
    await confirmWith(fixture, el, 'falsch');
    const request = http.expectOne('/api/me');
    expect([request.request.method, request.request.body]).toEqual(['DELETE', { password: 'falsch' }]);
    replyValidationFailed(request, { field: 'password', code: 'wrongPassword', message: '' });
    await fixture.whenStable();
    expect(el.textContent).toContain('Das Passwort ist falsch.');
    expect(auth.isLoggedIn()).toBe(true);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('after deleting, signs out, leaves a message for the start page and replaces this page in the history', async () => {
    const { fixture, el, http, auth, navigate, refresh } = await setUp();
    await confirmWith(fixture, el, 'richtig');
    http.expectOne('/api/me').flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(auth.isLoggedIn()).toBe(false);
    expect(refresh).toHaveBeenCalled();
    expect(TestBed.inject(NotificationService).notice()).toEqual(expect.objectContaining({ key: 'myData.deleted' }));
    expect(navigate).toHaveBeenCalledWith('/', { replaceUrl: true });
  });
});
