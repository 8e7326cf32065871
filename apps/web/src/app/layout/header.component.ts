import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive } from '@angular/router';
import { AuthService } from '../core/auth/auth.service';
import { formSubmit } from '../core/forms/form-submit';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { CurrentEventService } from '../events/current-event.service';

/** A link of the main navigation: its address and the translation key of its text. */
interface NavItem {
  path: string;
  key: string;
}

@Component({
  selector: 'app-header',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './header.component.html',
})
export class HeaderComponent {
  protected readonly auth = inject(AuthService);
  protected readonly currentEvent = inject(CurrentEventService);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly logoutRequest = formSubmit();

  /** The main navigation for who is logged in (applicants their applications, admins the administration). */
  protected readonly navItems = computed<NavItem[]>(() => [
    { path: '/', key: 'nav.home' },
    { path: '/veranstaltungen', key: 'nav.events' },
    ...(this.auth.isApplicant()
      ? [
          { path: '/bewerbungen', key: 'nav.applications' },
          { path: '/meine-daten', key: 'nav.myData' },
        ]
      : []),
    ...(this.auth.isAdmin()
      ? [
          { path: '/verwaltung/veranstaltungen/neu', key: 'nav.newEvent' },
          { path: '/verwaltung/personal', key: 'nav.staff' },
          { path: '/verwaltung/postausgang', key: 'nav.outbox' },
        ]
      : []),
    ...(this.auth.isLoggedIn() ? [] : [{ path: '/registrieren', key: 'nav.register' }]),
  ]);

  protected toggleLang(): void {
    this.i18n.setLang(this.i18n.lang() === 'de' ? 'en' : 'de');
  }

  protected logout(): void {
    this.logoutRequest.run(
      () => this.auth.logout(),
      () => {
        this.currentEvent.refresh();
        void this.router.navigateByUrl('/', { onSameUrlNavigation: 'reload' });
      },
    );
  }
}
