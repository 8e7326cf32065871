import { Route } from '@angular/router';
import { Role } from '@markt/shared';
import { accountGuard, passwordFirstGuard, roleGuard, roleMatch } from './core/auth/role.guard';
import { pageRoute } from './core/page-route';

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
  pageRoute('kein-zugriff', 'title.noAccess', () => import('./core/auth/no-access.page'), 'NoAccessPage'),
  pageRoute(
    'passwort-festlegen',
    'title.passwordChange',
    () => import('./core/auth/password-change.page'),
    'PasswordChangePage',
    { canActivate: [accountGuard] },
  ),
  {
    path: '',
    canActivateChild: [passwordFirstGuard],
    loadChildren: () => import('./public/public.routes'),
  },
];
