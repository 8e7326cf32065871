import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, RedirectCommand, Router } from '@angular/router';
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
    if (auth.user()?.mustChangePassword) {
      return router.createUrlTree([PASSWORD_CHANGE_PATH], { queryParams: { returnUrl: state.url } });
    }
    return true;
  };
}

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
