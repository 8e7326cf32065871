import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../i18n/t.pipe';
import { AuthService } from './auth.service';

/**
 * Shown in place of an area the logged-in account may not use (the address stays the one asked for),
 * instead of sending the user home without a word.
 */
@Component({
  selector: 'app-no-access-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'noAccess.heading' | t }}</h1>
    <p>{{ 'noAccess.text' | t: { role: 'role.' + (auth.role() ?? '') | t } }}</p>
    <p>
      <a routerLink="/">{{ 'noAccess.home' | t }}</a>
    </p>
  `,
})
export class NoAccessPage {
  protected readonly auth = inject(AuthService);
}
