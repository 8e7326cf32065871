import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18nService } from '../core/i18n/i18n.service';
import { RetentionDatesComponent } from './retention-dates.component';

@Component({
  selector: 'app-privacy-page',
  imports: [RouterLink, RetentionDatesComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './privacy.page.html',
})
export class PrivacyPage {
  protected readonly i18n = inject(I18nService);
}
