import { inject } from '@angular/core';
import { CanActivateChildFn, CanActivateFn, CanMatchFn, RedirectCommand, Router, UrlTree } from '@angular/router';
import { Role } from '@markt/shared';
import { AuthService } from './auth.service';

export const NO_ACCESS_PATH = '/kein-zugriff';
export const PASSWORD_CHANGE_PATH = '/passwort-festlegen';

/**
 * Lets users with one of the roles through. Anonymous users go to the login page (and come back
 * afterwards); logged-in users without the role see "no access" at the address they asked for; an
 * account with a provisional password sets its own first.
 */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return (_route, state) => {
    const auth = inject(AuthService);
    const router = inject(Router);
    const role = auth.role();
    if (!role) return router.createUrlTree(['/anmelden'], { queryParams: { returnUrl: state.url } });
    if (!roles.includes(role))
      return new RedirectCommand(router.parseUrl(NO_ACCESS_PATH), { skipLocationChange: true });
    return passwordFirst(auth, router, state.url);
  };
}

/** An account with an admin's provisional password sets its own before it sees any other page. */
function passwordFirst(auth: AuthService, router: Router, url: string): true | UrlTree {
  return auth.user()?.mustChangePassword
    ? router.createUrlTree([PASSWORD_CHANGE_PATH], { queryParams: { returnUrl: url } })
    : true;
}

/** For the public pages: visitors pass, a logged-in account with a provisional password sets its own first. */
export const passwordFirstGuard: CanActivateChildFn = (_route, state) =>
  passwordFirst(inject(AuthService), inject(Router), state.url);

/** Any logged-in account; anonymous users go to the login page. */
export const accountGuard: CanActivateFn = (_route, state) =>
  inject(AuthService).isLoggedIn() ||
  inject(Router).createUrlTree(['/anmelden'], { queryParams: { returnUrl: state.url } });

/** Matches a route only for the given roles (`null` = anonymous); used to pick the home page per role. */
export function roleMatch(...roles: (Role | null)[]): CanMatchFn {
  return () => roles.includes(inject(AuthService).role());
}

/** Keeps logged-in users away from login and registration. */
export const guestGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  return auth.isLoggedIn() ? inject(Router).createUrlTree(['/']) : true;
};
