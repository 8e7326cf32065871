import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink, TitleStrategy } from '@angular/router';
import { EmailTemplateDto, EventDto, TEMPLATE_KINDS, TEMPLATE_PLACEHOLDERS } from '@markt/shared';
import { Subscription, forkJoin } from 'rxjs';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { TranslatedTitleStrategy } from '../core/i18n/translated-title.strategy';
import { LoadState } from '../events/events-loader';
import { EventsService } from '../events/events.service';
import { EmailTemplateFormComponent } from './email-template-form.component';
import { NotificationsService } from './notifications.service';

/** `/verwaltung/veranstaltungen/:id/vorlagen`: the email texts of an event, per kind and language. */
@Component({
  selector: 'app-email-templates-page',
  imports: [RouterLink, TranslatePipe, EmailTemplateFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'templates.heading' | t: { event: event()?.title ?? '' } }}</h1>
    <p>
      <a [routerLink]="['/verwaltung/veranstaltungen', id()]">{{ 'templates.back' | t }}</a>
    </p>
    <p>{{ 'templates.intro' | t }}</p>
    <section aria-labelledby="placeholders-heading">
      <h2 id="placeholders-heading">{{ 'templates.placeholders' | t }}</h2>
      <p>{{ 'templates.placeholdersIntro' | t }}</p>
      <dl class="facts facts--wide">
        @for (name of placeholders; track name) {
          <div>
            <dt>
              <code>{{ '{' + name + '}' }}</code>
            </dt>
            <dd>{{ 'templates.placeholder.' + name | t }}</dd>
          </div>
        }
      </dl>
    </section>
    @switch (state()) {
      @case ('loading') {
        <p role="status">{{ 'app.loading' | t }}</p>
      }
      @case ('error') {
        <p role="alert" class="message message--error">{{ 'templates.loadError' | t }}</p>
      }
      @default {
        @for (kind of kinds; track kind) {
          <section [attr.aria-labelledby]="'kind-' + kind">
            <h2 [id]="'kind-' + kind">{{ 'templates.kind.' + kind | t }}</h2>
            @for (template of byKind()[kind] ?? []; track template.language) {
              <app-email-template-form [eventId]="id()" [template]="template" (changed)="replace($event)" />
            }
          </section>
        }
      }
    }
  `,
})
export class EmailTemplatesPage {
  readonly id = input.required<string>();
  private readonly service = inject(NotificationsService);
  private readonly events = inject(EventsService);
  private readonly titleStrategy = inject(TitleStrategy);
  protected readonly kinds = TEMPLATE_KINDS;
  protected readonly placeholders = TEMPLATE_PLACEHOLDERS;
  protected readonly event = signal<EventDto | null>(null);
  protected readonly templates = signal<EmailTemplateDto[]>([]);
  protected readonly state = signal<LoadState>('loading');
  protected readonly byKind = computed(() => {
    const groups: Partial<Record<string, EmailTemplateDto[]>> = {};
    for (const template of this.templates()) (groups[template.kind] ??= []).push(template);
    return groups;
  });

  constructor() {
    let subscription: Subscription | undefined;
    effect(() => {
      const id = this.id();
      untracked(() => {
        subscription?.unsubscribe();
        this.state.set('loading');
        subscription = forkJoin([this.events.get(id), this.service.templates(id)]).subscribe({
          next: ([event, templates]) => {
            this.event.set(event);
            this.templates.set(templates);
            this.state.set('ready');
            if (this.titleStrategy instanceof TranslatedTitleStrategy) this.titleStrategy.setDetail(event.title);
          },
          error: () => this.state.set('error'),
        });
      });
    });
    inject(DestroyRef).onDestroy(() => subscription?.unsubscribe());
  }

  protected replace(template: EmailTemplateDto): void {
    this.templates.update((list) =>
      list.map((t) => (t.kind === template.kind && t.language === template.language ? template : t)),
    );
  }
}
