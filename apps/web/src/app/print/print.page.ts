import {
  DOCUMENT,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  resource,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatRadioModule } from '@angular/material/radio';
import { MatSlideToggleChange, MatSlideToggleModule } from '@angular/material/slide-toggle';
import { PAPER_SIZES, PaperSize } from '@markt/shared';
import { formSubmit } from '../core/forms/form-submit';
import { TranslationParams } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { loadState, loaded } from '../core/loaded';
import { PageTitleService } from '../core/page-title.service';
import { EventsService } from '../events/events.service';
import { LoadStateComponent } from '../ui/load-state.component';
import { buildLegend } from './legend';
import { applyPageStyle } from './page-size';
import { loadPrintData } from './print-data';
import { PrintSheet, PrintSheetComponent } from './print-sheet.component';
import { qrCodeDataUrl } from './qr-code';

/**
 * `/verwaltung/veranstaltungen/:id/druck` (admins): the printable floor plan (A3 or A4 landscape),
 * the PDF and list downloads, and publishing the public market page.
 */
@Component({
  selector: 'app-print-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatRadioModule,
    MatSlideToggleModule,
    TranslatePipe,
    PrintSheetComponent,
    LoadStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './print.page.scss',
  templateUrl: './print.page.html',
})
export class PrintPage {
  readonly id = input.required<string>();
  private readonly document = inject(DOCUMENT);
  private readonly events = inject(EventsService);

  protected readonly sizes = PAPER_SIZES;
  protected readonly size = signal<PaperSize>('A4');
  private readonly data = loadPrintData(() => this.id());
  protected readonly state = computed(() => loadState(this.data));
  protected readonly event = computed(() => loaded(this.data)?.event ?? null);
  protected readonly plan = computed(() => loaded(this.data)?.plan ?? null);
  protected readonly legend = computed(() => {
    const data = loaded(this.data);
    return data?.plan ? buildLegend(data.plan, data.assignments) : [];
  });

  /** The plan in each paper size, the signs, the directory and the logistics list, as the server makes them. */
  protected readonly downloads = computed(() => {
    const base = `/api/events/${encodeURIComponent(this.id())}`;
    const file = (path: string, key: string, params?: TranslationParams) => ({ href: `${base}/${path}`, key, params });
    return [
      ...PAPER_SIZES.map((size) => file(`floor-plan.pdf?size=${size}`, 'print.planPdf', { size })),
      file('stand-signs.pdf', 'print.signsPdf'),
      file('directory.pdf', 'print.directoryPdf'),
      file('logistics.csv', 'print.logisticsCsv'),
      file('logistics.xlsx', 'print.logisticsXlsx'),
    ];
  });
  protected readonly publicUrl = computed(
    () => `${this.document.location.origin}/markt/${encodeURIComponent(this.id())}`,
  );
  private readonly qrCodeImage = resource({ params: this.publicUrl, loader: ({ params }) => qrCodeDataUrl(params) });
  protected readonly sheet = computed<PrintSheet | null>(() => {
    const event = this.event();
    return (
      event && {
        event,
        plan: this.plan(),
        legend: this.legend(),
        size: this.size(),
        publicUrl: this.publicUrl(),
        qrCode: loaded(this.qrCodeImage) ?? null,
      }
    );
  });

  protected readonly publishing = formSubmit();
  /** What the last change of the toggle did, once it succeeded. */
  protected readonly publishedMessage = signal<'print.published' | 'print.unpublished' | null>(null);

  constructor() {
    effect((onCleanup) => onCleanup(applyPageStyle(this.document, this.size())));
    inject(PageTitleService).detail(() => this.event()?.title);
  }

  protected print(): void {
    this.document.defaultView?.print();
  }

  protected setPublished(change: MatSlideToggleChange): void {
    const published = change.checked;
    this.publishedMessage.set(null);
    this.publishing.run(
      () => this.events.update(this.id(), { marketPublished: published }),
      (event) => {
        this.data.update((data) => data && { ...data, event });
        this.publishedMessage.set(event.marketPublished ? 'print.published' : 'print.unpublished');
      },
      () => {
        change.source.checked = !published;
        return [{ key: 'print.publishError' }];
      },
    );
  }
}
