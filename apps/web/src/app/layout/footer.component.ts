import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../core/i18n/t.pipe';

/** The footer's links (address, translation key of the text): legal notes and accessibility, on every page. */
const FOOTER_LINKS = [
  { path: '/impressum', key: 'footer.imprint' },
  { path: '/datenschutz', key: 'footer.privacy' },
  { path: '/barrierefreiheit', key: 'footer.accessibility' },
  { path: '/leichte-sprache', key: 'footer.easyLanguage' },
] as const;

@Component({
  selector: 'app-footer',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <footer class="site-footer">
      <div class="container">
        <p>{{ 'footer.org' | t }}</p>
        <nav [attr.aria-label]="'footer.label' | t">
          <ul>
            @for (link of links; track link.path) {
              <li>
                <a [routerLink]="link.path">{{ link.key | t }}</a>
              </li>
            }
          </ul>
        </nav>
      </div>
    </footer>
  `,
})
export class FooterComponent {
  protected readonly links = FOOTER_LINKS;
}
