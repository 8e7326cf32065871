import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { OutboxMessageDto } from '@markt/shared';
import { map } from 'rxjs';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { loadState, loaded } from '../core/loaded';
import { LoadStateComponent } from '../ui/load-state.component';
import { NotificationsService } from './notifications.service';
import { OutboxMessageComponent } from './outbox-message.component';

/** `/verwaltung/postausgang`: every outgoing email, newest first. */
@Component({
  selector: 'app-outbox-page',
  imports: [TranslatePipe, OutboxMessageComponent, LoadStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'outbox.heading' | t }}</h1>
    <p>{{ 'outbox.intro' | t }}</p>
    <app-load-state [state]="state()" errorKey="outbox.loadError" />
    @if (state() === 'ready') {
      <ul class="card-list card-list--single">
        @for (message of messages(); track message.id) {
          <li><app-outbox-message [message]="message" (changed)="replace($event)" /></li>
        } @empty {
          <li>{{ 'outbox.none' | t }}</li>
        }
      </ul>
    }
  `,
})
export class OutboxPage {
  private readonly service = inject(NotificationsService);
  private readonly outbox = rxResource({
    stream: () =>
      this.service
        .outbox()
        .pipe(map((messages) => [...messages].sort((a, b) => b.createdAt.localeCompare(a.createdAt)))),
  });
  protected readonly state = computed(() => loadState(this.outbox));
  protected readonly messages = computed(() => loaded(this.outbox) ?? []);

  protected replace(message: OutboxMessageDto): void {
    this.outbox.update((list) => list?.map((m) => (m.id === message.id ? message : m)));
  }
}
