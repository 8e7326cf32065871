import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { CapacityDto } from '@markt/shared';
import { formSubmit } from '../core/forms/form-submit';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { NotificationService } from '../core/notification.service';
import { capacityText, waitlistOffer } from './decision.model';
import { ReviewService } from './review.service';

/** Admins' head of the staff list: stands left, the next on the waiting list, exports and confirmation reminders. */
@Component({
  selector: 'app-capacity-panel',
  imports: [MatButtonModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './capacity-panel.component.html',
  styles: `
    .capacity {
      font-size: 1.1rem;
      font-weight: 600;
    }
  `,
})
export class CapacityPanelComponent {
  readonly eventId = input.required<string>();
  readonly capacity = input.required<CapacityDto>();
  private readonly service = inject(ReviewService);
  private readonly notifications = inject(NotificationService);

  protected readonly text = computed(() => capacityText(this.capacity()));
  protected readonly offer = computed(() => waitlistOffer(this.capacity()));
  protected readonly reminders = formSubmit();

  protected exportUrl(format: 'csv' | 'xlsx'): string {
    return this.service.exportUrl(this.eventId(), format);
  }

  protected sendReminders(): void {
    this.reminders.run(
      () => this.service.sendConfirmationReminders(this.eventId()),
      ({ queued }) => this.notifications.show({ key: 'review.remindersQueued', params: { count: queued } }),
      () => [{ key: 'errors.generic' }],
    );
  }
}
