import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { OutboxMessageDto } from '@markt/shared';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { LoadState } from '../events/events-loader';
import { NotificationsService } from './notifications.service';
import { OutboxMessageComponent } from './outbox-message.component';

/** `/verwaltung/postausgang`: every outgoing email, newest first. */
@Component({
  selector: 'app-outbox-page',
  imports: [TranslatePipe, OutboxMessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'outbox.heading' | t }}</h1>
    <p>{{ 'outbox.intro' | t }}</p>
    @switch (state()) {
      @case ('loading') {
        <p role="status">{{ 'app.loading' | t }}</p>
      }
      @case ('error') {
        <p role="alert" class="message message--error">{{ 'outbox.loadError' | t }}</p>
      }
      @default {
        <ul class="card-list card-list--single">
          @for (message of messages(); track message.id) {
            <li><app-outbox-message [message]="message" (changed)="replace($event)" /></li>
          } @empty {
            <li>{{ 'outbox.none' | t }}</li>
          }
        </ul>
      }
    }
  `,
})
export class OutboxPage {
  private readonly service = inject(NotificationsService);
  protected readonly messages = signal<OutboxMessageDto[]>([]);
  protected readonly state = signal<LoadState>('loading');

  constructor() {
    this.service.outbox().subscribe({
      next: (messages) => {
        this.messages.set([...messages].sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
        this.state.set('ready');
      },
      error: () => this.state.set('error'),
    });
  }

  protected replace(message: OutboxMessageDto): void {
    this.messages.update((list) => list.map((m) => (m.id === message.id ? message : m)));
  }
}
