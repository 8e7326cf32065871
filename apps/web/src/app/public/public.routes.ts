import { Routes } from '@angular/router';
import { guestGuard } from '../core/auth/role.guard';

/** Public area (lazy): pages everyone may see. The catch-all 404 lives here, as the last route. */
export const publicRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'title.home',
    loadComponent: () => import('./public-home.page').then((m) => m.PublicHomePage),
  },
  {
    path: 'veranstaltungen',
    title: 'title.events',
    loadComponent: () => import('../events/events-list.page').then((m) => m.EventsListPage),
  },
  {
    path: 'veranstaltungen/:id',
    title: 'title.eventDetail',
    loadComponent: () => import('../events/event-detail.page').then((m) => m.EventDetailPage),
  },
  {
    path: 'anmelden',
    title: 'title.login',
    canActivate: [guestGuard],
    loadComponent: () => import('./login.page').then((m) => m.LoginPage),
  },
  {
    path: 'registrieren',
    title: 'title.register',
    canActivate: [guestGuard],
    loadComponent: () => import('./register.page').then((m) => m.RegisterPage),
  },
  {
    path: 'passwort-vergessen',
    title: 'title.passwordForgot',
    canActivate: [guestGuard],
    loadComponent: () => import('./password-forgot.page').then((m) => m.PasswordForgotPage),
  },
  {
    path: 'passwort-zuruecksetzen',
    title: 'title.passwordReset',
    loadComponent: () => import('./password-reset.page').then((m) => m.PasswordResetPage),
  },
  {
    path: 'email-bestaetigen',
    title: 'title.verifyEmail',
    loadComponent: () => import('./verify-email.page').then((m) => m.VerifyEmailPage),
  },
  {
    path: 'impressum',
    title: 'title.imprint',
    loadComponent: () => import('./imprint.page').then((m) => m.ImprintPage),
  },
  {
    path: 'datenschutz',
    title: 'title.privacy',
    loadComponent: () => import('./privacy.page').then((m) => m.PrivacyPage),
  },
  {
    path: 'barrierefreiheit',
    title: 'title.accessibility',
    loadComponent: () => import('./accessibility.page').then((m) => m.AccessibilityPage),
  },
  {
    path: 'leichte-sprache',
    title: 'title.easyLanguage',
    loadComponent: () => import('./easy-language.page').then((m) => m.EasyLanguagePage),
  },
  { path: '**', title: 'title.notFound', loadComponent: () => import('./not-found.page').then((m) => m.NotFoundPage) },
];
export default publicRoutes;
