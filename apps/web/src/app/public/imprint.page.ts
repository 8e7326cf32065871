import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { I18nService } from '../core/i18n/i18n.service';

@Component({
  selector: 'app-imprint-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './imprint.page.html',
})
export class ImprintPage {
  protected readonly i18n = inject(I18nService);
}
