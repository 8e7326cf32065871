import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AuthService } from '../core/auth/auth.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { EventListComponent } from './event-list.component';
import { loadEvents } from './events-loader';

@Component({
  selector: 'app-events-list-page',
  imports: [EventListComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'events.heading' | t }}</h1>
    <p>{{ 'events.intro' | t }}</p>
    <app-event-list [events]="list.events()" [state]="list.state()" [editable]="auth.isAdmin()" />
  `,
})
export class EventsListPage {
  protected readonly auth = inject(AuthService);
  protected readonly list = loadEvents();
}
