import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../core/i18n/t.pipe';

/** A link to another account page, after an optional lead-in („Noch kein Konto?“); texts are translation keys. */
export interface AccountLink {
  readonly lead?: string;
  readonly label: string;
  readonly to: string;
}

/** Under an account form (log in, register, forgotten password): the ways to the other ones, a paragraph each. */
@Component({
  selector: 'app-account-links',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: ':host { display: contents; }',
  template: `
    @for (link of links(); track link.to) {
      <p>
        @if (link.lead) {
          {{ link.lead | t }}
        }
        <a [routerLink]="link.to">{{ link.label | t }}</a>
      </p>
    }
  `,
})
export class AccountLinksComponent {
  readonly links = input.required<readonly AccountLink[]>();
}
