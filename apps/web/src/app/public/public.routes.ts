import { Routes } from '@angular/router';
import { guestGuard } from '../core/auth/role.guard';
import { pageRoute } from '../core/page-route';

const forGuests = { canActivate: [guestGuard] };

/** Public area (lazy): pages everyone may see. The catch-all 404 lives here, as the last route. */
export const publicRoutes: Routes = [
  pageRoute('', 'title.home', () => import('./public-home.page'), 'PublicHomePage', { pathMatch: 'full' }),
  pageRoute('veranstaltungen', 'title.events', () => import('../events/events-list.page'), 'EventsListPage'),
  pageRoute('veranstaltungen/:id', 'title.eventDetail', () => import('../events/event-detail.page'), 'EventDetailPage'),
  pageRoute('anmelden', 'title.login', () => import('./login.page'), 'LoginPage', forGuests),
  pageRoute('registrieren', 'title.register', () => import('./register.page'), 'RegisterPage', forGuests),
  pageRoute(
    'passwort-vergessen',
    'title.passwordForgot',
    () => import('./password-forgot.page'),
    'PasswordForgotPage',
    forGuests,
  ),
  pageRoute(
    'passwort-zuruecksetzen',
    'title.passwordReset',
    () => import('./password-reset.page'),
    'PasswordResetPage',
  ),
  pageRoute('email-bestaetigen', 'title.verifyEmail', () => import('./verify-email.page'), 'VerifyEmailPage'),
  pageRoute('impressum', 'title.imprint', () => import('./imprint.page'), 'ImprintPage'),
  pageRoute('datenschutz', 'title.privacy', () => import('./privacy.page'), 'PrivacyPage'),
  pageRoute('barrierefreiheit', 'title.accessibility', () => import('./accessibility.page'), 'AccessibilityPage'),
  pageRoute('leichte-sprache', 'title.easyLanguage', () => import('./easy-language.page'), 'EasyLanguagePage'),
  pageRoute('**', 'title.notFound', () => import('./not-found.page'), 'NotFoundPage'),
];
export default publicRoutes;
