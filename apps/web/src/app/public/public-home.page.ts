import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { RouterLink } from '@angular/router';
import { EventStatus } from '@markt/shared';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { EventListComponent } from '../events/event-list.component';
import { loadEvents } from '../events/events-loader';

/** Home page for visitors without an account. */
@Component({
  selector: 'app-public-home-page',
  imports: [RouterLink, EventListComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'home.public.heading' | t }}</h1>
    <p class="lead">{{ 'home.public.intro' | t }}</p>
    <p>{{ 'home.public.howTo' | t }}</p>
    <p class="actions">
      <a class="button-link button-link--primary" routerLink="/registrieren">{{ 'nav.register' | t }}</a>
      <a class="button-link" routerLink="/anmelden">{{ 'nav.login' | t }}</a>
    </p>
    <section aria-labelledby="open-events-heading">
      <h2 id="open-events-heading">{{ 'home.openEvents' | t }}</h2>
      <app-event-list [events]="openEvents()" [state]="list.state()" [headingLevel]="3" emptyKey="home.noOpenEvents" />
    </section>
  `,
})
export class PublicHomePage {
  protected readonly list = loadEvents();
  protected readonly openEvents = computed(() => this.list.events().filter((e) => e.status === EventStatus.Open));
}
