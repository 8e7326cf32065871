import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { EmailTemplateDto, TEMPLATE_KINDS, TEMPLATE_PLACEHOLDERS } from '@markt/shared';
import { forkJoin } from 'rxjs';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { loadState, loaded } from '../core/loaded';
import { PageTitleService } from '../core/page-title.service';
import { EventsService } from '../events/events.service';
import { LoadStateComponent } from '../ui/load-state.component';
import { SectionComponent } from '../ui/section.component';
import { EmailTemplateFormComponent } from './email-template-form.component';
import { NotificationsService } from './notifications.service';

/** `/verwaltung/veranstaltungen/:id/vorlagen`: the email texts of an event, per kind and language. */
@Component({
  selector: 'app-email-templates-page',
  imports: [RouterLink, TranslatePipe, EmailTemplateFormComponent, LoadStateComponent, SectionComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './email-templates.page.html',
})
export class EmailTemplatesPage {
  readonly id = input.required<string>();
  private readonly service = inject(NotificationsService);
  private readonly events = inject(EventsService);
  protected readonly kinds = TEMPLATE_KINDS;
  protected readonly placeholders = TEMPLATE_PLACEHOLDERS;
  private readonly data = rxResource({
    params: () => this.id(),
    stream: ({ params: id }) => forkJoin({ event: this.events.get(id), templates: this.service.templates(id) }),
  });
  protected readonly state = computed(() => loadState(this.data));
  protected readonly event = computed(() => loaded(this.data)?.event ?? null);
  protected readonly byKind = computed(() => {
    const groups: Partial<Record<string, EmailTemplateDto[]>> = {};
    for (const template of loaded(this.data)?.templates ?? []) (groups[template.kind] ??= []).push(template);
    return groups;
  });

  constructor() {
    inject(PageTitleService).detail(() => this.event()?.title);
  }

  protected replace(template: EmailTemplateDto): void {
    this.data.update(
      (data) =>
        data && {
          ...data,
          templates: data.templates.map((t) =>
            t.kind === template.kind && t.language === template.language ? template : t,
          ),
        },
    );
  }
}
