import { Route } from '@angular/router';
import { Role } from '@markt/shared';
import { accountGuard, passwordFirstGuard, roleGuard, roleMatch } from './core/auth/role.guard';

/**
 * `/` shows the home page of the user's role (picked by canMatch). Areas load lazily:
 * applicant (`/`, `/bewerbungen`, `/meine-daten`), staff (reviewer + admin, `/pruefung/...`), admin (`/verwaltung/...`) and public (everything else, incl. 404).
 */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    canMatch: [roleMatch(Role.Applicant)],
    loadChildren: () => import('./applicant/applicant.routes'),
  },
  {
    path: '',
    pathMatch: 'full',
    canMatch: [roleMatch(Role.Reviewer, Role.Admin)],
    canActivate: [roleGuard(Role.Reviewer, Role.Admin)],
    loadChildren: () => import('./staff/staff.routes'),
  },
  {
    path: 'bewerbungen',
    canActivate: [roleGuard(Role.Applicant)],
    loadChildren: () => import('./applicant/applicant.routes').then((m) => m.applicationRoutes),
  },
  {
    path: 'meine-daten',
    canActivate: [roleGuard(Role.Applicant)],
    loadChildren: () => import('./applicant/applicant.routes').then((m) => m.myDataRoutes),
  },
  {
    path: 'pruefung',
    canActivate: [roleGuard(Role.Reviewer, Role.Admin)],
    loadChildren: () => import('./staff/staff.routes').then((m) => m.reviewRoutes),
  },
  {
    path: 'verwaltung',
    canActivate: [roleGuard(Role.Admin)],
    loadChildren: () => import('./admin/admin.routes'),
  },
  { path: 'markt', loadChildren: () => import('./market/market.routes') },
  {
    path: 'kein-zugriff',
    title: 'title.noAccess',
    loadComponent: () => import('./core/auth/no-access.page').then((m) => m.NoAccessPage),
  },
  {
    path: 'passwort-festlegen',
    title: 'title.passwordChange',
    canActivate: [accountGuard],
    loadComponent: () => import('./core/auth/password-change.page').then((m) => m.PasswordChangePage),
  },
  {
    path: '',
    canActivateChild: [passwordFirstGuard],
    loadChildren: () => import('./public/public.routes'),
  },
];
