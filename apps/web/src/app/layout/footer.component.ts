import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../core/i18n/t.pipe';

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
            <li>
              <a routerLink="/impressum">{{ 'footer.imprint' | t }}</a>
            </li>
            <li>
              <a routerLink="/datenschutz">{{ 'footer.privacy' | t }}</a>
            </li>
            <li>
              <a routerLink="/barrierefreiheit">{{ 'footer.accessibility' | t }}</a>
            </li>
            <li>
              <a routerLink="/leichte-sprache">{{ 'footer.easyLanguage' | t }}</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  `,
})
export class FooterComponent {}
