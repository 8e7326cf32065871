import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { Role, UserDto } from '@markt/shared';
import { AuthService } from './auth.service';
import { NoAccessPage } from './no-access.page';
import { PasswordChangePage } from './password-change.page';

const staff: UserDto = {
  id: '1',
  email: 'neu@example.org',
  name: 'Neu',
  role: Role.Reviewer,
  active: true,
  emailVerified: true,
  mustChangePassword: true,
  createdAt: '2025-01-01T00:00:00.000Z',
};

describe('account pages', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(AuthService).user.set(staff);
  });

  it('"no access" names the account\'s role, in German by default', async () => {
    const fixture = TestBed.createComponent(NoAccessPage);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('h1')?.textContent?.trim()).toBe('Kein Zugriff');
    expect(el.textContent).toContain('Dieser Bereich ist für Ihr Konto (Prüfer*in) nicht freigegeben.');
  });

  it('replaces the provisional password and goes on to where the user wanted to go', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const fixture = TestBed.createComponent(PasswordChangePage);
    fixture.componentRef.setInput('returnUrl', '/pruefung/e1');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const [current, next] = Array.from(el.querySelectorAll<HTMLInputElement>('input[type=password]'));
    current.value = 'vorlaeufiges-passwort';
    current.dispatchEvent(new Event('input'));
    next.value = 'mein-eigenes-passwort';
    next.dispatchEvent(new Event('input'));
    el.querySelector<HTMLButtonElement>('button[type=submit]')?.click();

    const request = TestBed.inject(HttpTestingController).expectOne('/api/me');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      currentPassword: 'vorlaeufiges-passwort',
      newPassword: 'mein-eigenes-passwort',
    });
    request.flush({ ...staff, mustChangePassword: false });
    expect(TestBed.inject(AuthService).user()?.mustChangePassword).toBe(false);
    expect(navigate).toHaveBeenCalledWith('/pruefung/e1');
  });
});
