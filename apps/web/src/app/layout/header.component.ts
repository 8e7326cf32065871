import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive } from '@angular/router';
import { AuthService } from '../core/auth/auth.service';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { CurrentEventService } from '../events/current-event.service';

@Component({
  selector: 'app-header',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="site-header">
      <div class="site-header__top container">
        <div class="brand">
          <a routerLink="/" class="brand__name" lang="de">{{ 'app.name' | t }}</a>
          @if (currentEvent.headerEvent(); as event) {
            <p class="brand__event">
              <span class="visually-hidden">{{ 'app.currentEvent' | t }}: </span>
              <a [routerLink]="['/veranstaltungen', event.id]">{{ event.title }}</a>
            </p>
          }
        </div>
        <div class="account">
          <button type="button" class="link-button" [attr.lang]="'lang.switchCode' | t" (click)="toggleLang()">
            {{ 'lang.switch' | t }}
          </button>
          @if (auth.user(); as user) {
            <span class="account__user">{{
              'nav.loggedInAs' | t: { name: user.name, role: ('role.' + user.role | t) }
            }}</span>
            <button type="button" class="link-button" (click)="logout()">{{ 'nav.logout' | t }}</button>
          } @else {
            <a routerLink="/anmelden" routerLinkActive="active" ariaCurrentWhenActive="page">{{ 'nav.login' | t }}</a>
          }
        </div>
      </div>
      <nav class="main-nav" [attr.aria-label]="'nav.label' | t">
        <ul class="container">
          <li>
            <a
              routerLink="/"
              routerLinkActive="active"
              [routerLinkActiveOptions]="{ exact: true }"
              ariaCurrentWhenActive="page"
              >{{ 'nav.home' | t }}</a
            >
          </li>
          <li>
            <a routerLink="/veranstaltungen" routerLinkActive="active" ariaCurrentWhenActive="page">{{
              'nav.events' | t
            }}</a>
          </li>
          @if (auth.isApplicant()) {
            <li>
              <a routerLink="/bewerbungen" routerLinkActive="active" ariaCurrentWhenActive="page">{{
                'nav.applications' | t
              }}</a>
            </li>
            <li>
              <a routerLink="/meine-daten" routerLinkActive="active" ariaCurrentWhenActive="page">{{
                'nav.myData' | t
              }}</a>
            </li>
          }
          @if (auth.isAdmin()) {
            <li>
              <a routerLink="/verwaltung/veranstaltungen/neu" routerLinkActive="active" ariaCurrentWhenActive="page">{{
                'nav.newEvent' | t
              }}</a>
            </li>
            <li>
              <a routerLink="/verwaltung/personal" routerLinkActive="active" ariaCurrentWhenActive="page">{{
                'nav.staff' | t
              }}</a>
            </li>
            <li>
              <a routerLink="/verwaltung/postausgang" routerLinkActive="active" ariaCurrentWhenActive="page">{{
                'nav.outbox' | t
              }}</a>
            </li>
          }
          @if (!auth.isLoggedIn()) {
            <li>
              <a routerLink="/registrieren" routerLinkActive="active" ariaCurrentWhenActive="page">{{
                'nav.register' | t
              }}</a>
            </li>
          }
        </ul>
      </nav>
    </header>
  `,
})
export class HeaderComponent {
  protected readonly auth = inject(AuthService);
  protected readonly currentEvent = inject(CurrentEventService);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);

  protected toggleLang(): void {
    this.i18n.setLang(this.i18n.lang() === 'de' ? 'en' : 'de');
  }

  protected logout(): void {
    const done = () => {
      this.currentEvent.refresh();
      void this.router.navigateByUrl('/', { onSameUrlNavigation: 'reload' });
    };
    this.auth.logout().subscribe({
      next: done,
      // the session is gone for this tab either way
      error: () => {
        this.auth.user.set(null);
        done();
      },
    });
  }
}
