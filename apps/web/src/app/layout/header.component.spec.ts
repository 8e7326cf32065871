import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { Role, UserDto } from '@markt/shared';
import { AuthService } from '../core/auth/auth.service';
import { I18nService } from '../core/i18n/i18n.service';
import { HeaderComponent } from './header.component';

const admin: UserDto = {
  id: '1',
  email: 'admin@example.org',
  name: 'Alex',
  role: Role.Admin,
  active: true,
  emailVerified: true,
  mustChangePassword: false,
  createdAt: '2025-01-01T00:00:00.000Z',
};

describe('HeaderComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [HeaderComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  async function render() {
    const fixture = TestBed.createComponent(HeaderComponent);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const linkTexts = (el: HTMLElement) => Array.from(el.querySelectorAll('a')).map((a) => a.textContent?.trim());

  it('offers login and registration to anonymous visitors', async () => {
    const el = await render();
    expect(linkTexts(el)).toEqual(expect.arrayContaining(['Anmelden', 'Registrieren', 'Veranstaltungen']));
    expect(linkTexts(el)).not.toContain('Personal');
  });

  it('shows the admin navigation and a logout button to admins', async () => {
    TestBed.inject(AuthService).user.set(admin);
    const el = await render();
    expect(linkTexts(el)).toEqual(expect.arrayContaining(['Neue Veranstaltung', 'Personal']));
    expect(el.textContent).toContain('Abmelden');
    expect(linkTexts(el)).not.toContain('Anmelden');
  });

  it('switches the language with its button and re-renders in English', async () => {
    const fixture = TestBed.createComponent(HeaderComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const button = Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'English');
    button?.click();
    await fixture.whenStable();
    expect(TestBed.inject(I18nService).lang()).toBe('en');
    expect(linkTexts(el)).toEqual(expect.arrayContaining(['Events', 'Log in']));
    expect(el.querySelector('button')?.textContent?.trim()).toBe('Deutsch');
  });

  it('logs out and goes home even when the server does not answer', async () => {
    const auth = TestBed.inject(AuthService);
    auth.user.set(admin);
    const fixture = TestBed.createComponent(HeaderComponent);
    await fixture.whenStable();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const el = fixture.nativeElement as HTMLElement;
    Array.from(el.querySelectorAll('button'))
      .find((b) => b.textContent?.trim() === 'Abmelden')
      ?.click();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/logout')
      .error(new ProgressEvent('error'), { status: 0 });
    await fixture.whenStable();
    expect(auth.user()).toBeNull();
    expect(navigate).toHaveBeenCalledWith('/', { onSameUrlNavigation: 'reload' });
    expect(linkTexts(el)).toEqual(expect.arrayContaining(['Anmelden', 'Registrieren']));
  });
});
