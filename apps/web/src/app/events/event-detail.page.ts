import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { AuthService } from '../core/auth/auth.service';
import { LocalDatePipe, LocalDateTimePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { loaded } from '../core/loaded';
import { PageTitleService } from '../core/page-title.service';
import { EventsService } from './events.service';

@Component({
  selector: 'app-event-detail-page',
  imports: [RouterLink, TranslatePipe, LocalDatePipe, LocalDateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './event-detail.page.html',
})
export class EventDetailPage {
  readonly id = input.required<string>();
  protected readonly auth = inject(AuthService);
  private readonly events = inject(EventsService);
  protected readonly event = rxResource({ params: () => this.id(), stream: ({ params }) => this.events.get(params) });

  constructor() {
    inject(PageTitleService).detail(() => loaded(this.event)?.title);
  }
}
