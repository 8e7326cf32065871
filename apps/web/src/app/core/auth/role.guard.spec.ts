import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  RedirectCommand,
  Router,
  RouterStateSnapshot,
  UrlTree,
  provideRouter,
} from '@angular/router';
import { Role, UserDto } from '@markt/shared';
import { AuthService } from './auth.service';
import { accountGuard, guestGuard, passwordFirstGuard, roleGuard, roleMatch } from './role.guard';

describe('role guards', () => {
  const role = signal<Role | null>(null);
  const mustChangePassword = signal(false);
  const user = () => (role() ? ({ role: role(), mustChangePassword: mustChangePassword() } as UserDto) : null);

  beforeEach(() => {
    role.set(null);
    mustChangePassword.set(false);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: AuthService, useValue: { role, user, isLoggedIn: () => role() !== null } },
      ],
    });
  });

  function runRoleGuard(url: string, ...roles: Role[]) {
    return TestBed.runInInjectionContext(() =>
      roleGuard(...roles)({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot),
    );
  }

  const serialize = (result: unknown) => TestBed.inject(Router).serializeUrl(result as UrlTree);

  it('lets a user with an allowed role through', () => {
    role.set(Role.Admin);
    expect(runRoleGuard('/verwaltung/personal', Role.Admin)).toBe(true);
  });

  it('sends anonymous users to the login page and remembers where they wanted to go', () => {
    const result = runRoleGuard('/verwaltung/personal', Role.Admin);
    expect(result).toBeInstanceOf(UrlTree);
    expect(serialize(result)).toBe('/anmelden?returnUrl=%2Fverwaltung%2Fpersonal');
  });

  it('shows users without the role "no access" at the address they asked for, instead of sending them home', () => {
    for (const r of [Role.Applicant, Role.Reviewer]) {
      role.set(r);
      const result = runRoleGuard('/verwaltung/personal', Role.Admin) as RedirectCommand;
      expect(result).toBeInstanceOf(RedirectCommand);
      expect(serialize(result.redirectTo)).toBe('/kein-zugriff');
      expect(result.navigationBehaviorOptions?.skipLocationChange).toBe(true);
    }
  });

  it('asks an account with a provisional password to set its own before anything else', () => {
    role.set(Role.Reviewer);
    mustChangePassword.set(true);
    expect(serialize(runRoleGuard('/pruefung/e1', Role.Reviewer, Role.Admin))).toBe(
      '/passwort-festlegen?returnUrl=%2Fpruefung%2Fe1',
    );
    mustChangePassword.set(false);
    expect(runRoleGuard('/pruefung/e1', Role.Reviewer, Role.Admin)).toBe(true);
  });

  it('keeps an account with a provisional password off the public pages too, but lets visitors through', () => {
    const run = () =>
      TestBed.runInInjectionContext(() =>
        passwordFirstGuard({} as ActivatedRouteSnapshot, { url: '/veranstaltungen' } as RouterStateSnapshot),
      );
    expect(run()).toBe(true);
    role.set(Role.Admin);
    mustChangePassword.set(true);
    expect(serialize(run())).toBe('/passwort-festlegen?returnUrl=%2Fveranstaltungen');
  });

  it('lets any logged-in account set its password, and sends visitors to the login', () => {
    const run = () =>
      TestBed.runInInjectionContext(() =>
        accountGuard({} as ActivatedRouteSnapshot, { url: '/passwort-festlegen' } as RouterStateSnapshot),
      );
    expect(serialize(run())).toBe('/anmelden?returnUrl=%2Fpasswort-festlegen');
    role.set(Role.Reviewer);
    mustChangePassword.set(true);
    expect(run()).toBe(true);
  });

  it('matches home routes by role, null meaning anonymous', () => {
    const match = (...roles: (Role | null)[]) => TestBed.runInInjectionContext(() => roleMatch(...roles)({}, []));
    expect(match(null)).toBe(true);
    expect(match(Role.Applicant)).toBe(false);
    role.set(Role.Applicant);
    expect(match(Role.Applicant)).toBe(true);
    expect(match(Role.Reviewer, Role.Admin)).toBe(false);
  });

  it('keeps logged-in users away from the login page', () => {
    const run = () =>
      TestBed.runInInjectionContext(() => guestGuard({} as ActivatedRouteSnapshot, {} as RouterStateSnapshot));
    expect(run()).toBe(true);
    role.set(Role.Reviewer);
    expect(serialize(run())).toBe('/');
  });
});
