import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthService } from '../core/auth/auth.service';
import { LocalDatePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { DefinitionRowComponent } from '../ui/definition-row.component';
import { LoadStateComponent } from '../ui/load-state.component';
import { ApplicationPeriodPipe } from './application-period.pipe';
import { loadState, loaded } from '../core/loaded';
import { PageTitleService } from '../core/page-title.service';
import { loadEvent } from './events-loader';

@Component({
  selector: 'app-event-detail-page',
  imports: [
    RouterLink,
    TranslatePipe,
    LocalDatePipe,
    DefinitionRowComponent,
    LoadStateComponent,
    ApplicationPeriodPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './event-detail.page.html',
})
export class EventDetailPage {
  readonly id = input.required<string>();
  protected readonly auth = inject(AuthService);
  protected readonly event = loadEvent(() => this.id());
  protected readonly state = computed(() => loadState(this.event));

  constructor() {
    inject(PageTitleService).detail(() => loaded(this.event)?.title);
  }
}
