import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { I18nService } from '../core/i18n/i18n.service';
import { FeedbackFormComponent } from './feedback-form.component';

/** Accessibility statement per BITV NRW, with feedback form and enforcement procedure. */
@Component({
  selector: 'app-accessibility-page',
  imports: [FeedbackFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './accessibility.page.html',
})
export class AccessibilityPage {
  protected readonly i18n = inject(I18nService);
  protected en(): boolean {
    return this.i18n.lang() === 'en';
  }
}
