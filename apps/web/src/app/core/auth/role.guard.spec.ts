import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, Router, RouterStateSnapshot, UrlTree, provideRouter } from '@angular/router';
import { Role } from '@markt/shared';
import { AuthService } from './auth.service';
import { guestGuard, roleGuard, roleMatch } from './role.guard';

describe('role guards', () => {
  const role = signal<Role | null>(null);

  beforeEach(() => {
    role.set(null);
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: AuthService, useValue: { role, isLoggedIn: () => role() !== null } }],
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

  it('sends users without the role to their home page', () => {
    role.set(Role.Applicant);
    expect(serialize(runRoleGuard('/verwaltung/personal', Role.Admin))).toBe('/');
    role.set(Role.Reviewer);
    expect(serialize(runRoleGuard('/verwaltung/personal', Role.Admin))).toBe('/');
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
