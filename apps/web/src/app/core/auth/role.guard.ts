import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, Router } from '@angular/router';
import { Role } from '@markt/shared';
import { AuthService } from './auth.service';

/**
 * Lets users with one of the roles through. Anonymous users go to the login page (and come back
 * afterwards); logged-in users without the role go to their home page.
 */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return (_route, state) => {
    const auth = inject(AuthService);
    const router = inject(Router);
    const role = auth.role();
    if (role && roles.includes(role)) return true;
    if (!role) return router.createUrlTree(['/anmelden'], { queryParams: { returnUrl: state.url } });
    return router.createUrlTree(['/']);
  };
}

/** Matches a route only for the given roles (`null` = anonymous); used to pick the home page per role. */
export function roleMatch(...roles: (Role | null)[]): CanMatchFn {
  return () => roles.includes(inject(AuthService).role());
}

/** Keeps logged-in users away from login and registration. */
export const guestGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  return auth.isLoggedIn() ? inject(Router).createUrlTree(['/']) : true;
};
