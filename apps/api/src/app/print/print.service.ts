import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { boxOf, FeatureKind, PaperSize } from '@markt/shared';
import { stat } from 'node:fs/promises';
import { create as createQr } from 'qrcode';
import { LOGO_LIMITS, LogoStorage } from '../applications/logo-storage';
import { Column } from '../common/tabular-export';
import { appConfig } from '../config/app.config';
import { Event } from '../events/event.entity';
import { printableImage } from '../images/image-decoder';
import { FloorPlan } from '../floor-plan/floor-plan.entity';
import { StandEntity } from '../floor-plan/stand.entity';
import { MarketExhibitor, MarketService } from '../market/market.service';
import { createPdf, FONT, germanDate, Pdf } from './pdf-document';

const MARGIN = 28;
/** Pixels on the longer side of a logo handed to the PDF: 140 pt at 300 dpi is about 580. */
const LOGO_PRINT_PIXELS = 600;
/** Logos decoded at once: sharp's (libuv's) four worker threads. */
const LOGO_DECODERS = 4;
/**
 * Printable logos kept between prints (600-pixel JPEGs, some 10–50 kB each, so tens of megabytes at most):
 * the logos of a 1,000-stand market, which seldom all have one.
 */
const PRINTED_LOGOS_KEPT = 1000;
const FEATURE_STYLE: Record<FeatureKind, { fill: string; label?: string }> = {
  [FeatureKind.Wall]: { fill: '#555555' },
  [FeatureKind.Entrance]: { fill: '#1565c0', label: 'Eingang' },
  [FeatureKind.Stage]: { fill: '#d9d9d9', label: 'Bühne' },
  [FeatureKind.EmergencyExit]: { fill: '#2e7d32', label: 'Notausgang' },
  [FeatureKind.PowerSocket]: { fill: '#f9a825' },
};

/** One row per stand place for the people who set up tables, chairs and power. */
export interface LogisticsRow {
  stand: StandEntity;
  exhibitor: MarketExhibitor['application'] | null;
}

export const LOGISTICS_COLUMNS: Column<LogisticsRow>[] = [
  { header: 'Stand', value: (r) => r.stand.number },
  {
    header: 'Organisation',
    value: (r) => r.exhibitor?.organisationName ?? 'frei',
  },
  { header: 'Projekt', value: (r) => r.exhibitor?.projectTitle },
  { header: 'Personen', value: (r) => r.exhibitor?.peopleAttending },
  { header: 'Namen', value: (r) => r.exhibitor?.staffNames },
  { header: 'Tische', value: (r) => r.exhibitor?.tables },
  { header: 'Stühle', value: (r) => r.exhibitor?.chairs },
  { header: 'Stellwand', value: (r) => r.exhibitor?.needsPinBoard },
  { header: 'Strom benötigt', value: (r) => r.exhibitor?.needsPower },
  { header: 'Stand hat Strom', value: (r) => r.stand.hasPower },
  {
    header: 'Stufenlos benötigt',
    value: (r) => r.exhibitor?.needsStepFreeAccess,
  },
  {
    header: 'Barrierefreiheitsbedarf',
    value: (r) => r.exhibitor?.staffAccessibilityNeeds,
  },
  { header: 'Standbreite (m)', value: (r) => r.stand.width },
  // Whom logistics calls on the day when a stand stays empty or needs something.
  { header: 'Kontaktperson', value: (r) => r.exhibitor?.contactName },
  { header: 'Telefon am Veranstaltungstag', value: (r) => r.exhibitor?.contactPhone },
  { header: 'Weitere Wünsche', value: (r) => r.exhibitor?.otherWishes },
];

/** The prints of an event's market: the plan (A3/A4), stand signs, the exhibitor directory, logistics lists. */
@Injectable()
export class PrintService {
  private readonly logger = new Logger('Print');
  /** Logo files already reported as unprintable, so a broken one is logged once, not on every print. */
  private readonly reported = new Set<string>();
  /** Printable forms of logo files by path, with the file version they were made from. */
  private readonly printed = new Map<string, { version: string; image: Buffer }>();

  constructor(
    private readonly market: MarketService,
    private readonly logos: LogoStorage,
    @Inject(appConfig.KEY)
    private readonly config: ConfigType<typeof appConfig>,
  ) {}

  publicUrl(eventId: string): string {
    return `${this.config.publicUrl}/markt/${eventId}`;
  }

  async floorPlan(eventId: string, size: PaperSize): Promise<Buffer> {
    const event = await this.market.event(eventId);
    const [plan, stands, exhibitors] = await Promise.all([
      this.market.plan(eventId),
      this.market.stands(eventId),
      this.market.exhibitors(eventId, { publishableOnly: false }),
    ]);
    const { doc, bytes } = createPdf({
      size,
      layout: 'landscape',
      margin: MARGIN,
      // Buffered so the QR code can go back onto page one after the legend continued.
      bufferPages: true,
      info: { Title: `Hallenplan – ${event.title}` },
    });
    const large = size === 'A3';
    const { width: pageWidth, height: pageHeight } = doc.page;

    const headerBottom = this.header(doc, event, large);
    const planWidth = (pageWidth - 2 * MARGIN) * 0.62;
    const planHeight = pageHeight - headerBottom - MARGIN;
    this.drawPlan(doc, plan, stands, {
      x: MARGIN,
      y: headerBottom,
      width: planWidth,
      height: planHeight,
    });

    // Legend beside the plan, continued on further pages rather than shrunk below readability. The plan
    // hangs in public: exhibitors who did not consent to publication appear by stand number only.
    const legend = exhibitors
      .filter((e) => e.stand)
      .map((e) => ({
        number: e.stand?.number ?? '',
        text: e.application.publicationConsent
          ? `${e.application.organisationName ?? ''} – ${e.application.projectTitle ?? ''}`
          : '',
      }));
    const qrSize = large ? 110 : 80;
    const legendX = MARGIN + planWidth + 18;
    const legendWidth = pageWidth - legendX - MARGIN;
    const fontSize = large ? 11 : 8.5;
    doc
      .font(FONT.bold)
      .fontSize(fontSize + 2)
      .text('Legende', legendX, headerBottom, { width: legendWidth });
    let y = doc.y + 4;
    let bottom = pageHeight - MARGIN - qrSize - 24;
    let x = legendX;
    let columnWidth = legendWidth;
    for (const entry of legend) {
      doc.fontSize(fontSize);
      const height = doc.font(FONT.regular).heightOfString(entry.text, { width: columnWidth - 28 });
      if (y + height > bottom) {
        doc.addPage({ size, layout: 'landscape', margin: MARGIN });
        doc
          .font(FONT.bold)
          .fontSize(fontSize + 2)
          .text(`Legende (Fortsetzung) – ${event.title}`, MARGIN, MARGIN);
        y = doc.y + 6;
        x = MARGIN;
        columnWidth = pageWidth - 2 * MARGIN;
        bottom = pageHeight - MARGIN;
      }
      doc.font(FONT.bold).text(entry.number, x, y, { width: 26 });
      doc.font(FONT.regular).text(entry.text, x + 28, y, { width: columnWidth - 28 });
      y += height + 3;
    }
    doc.switchToPage(0);
    this.qr(doc, this.publicUrl(eventId), pageWidth - MARGIN - qrSize, pageHeight - MARGIN - qrSize, qrSize);
    doc
      .font(FONT.regular)
      .fontSize(7.5)
      .text('Alle Stände online:', legendX, pageHeight - MARGIN - qrSize, {
        width: legendWidth - qrSize - 8,
      });
    doc.text(this.publicUrl(eventId), { width: legendWidth - qrSize - 8 });
    doc.end();
    return bytes;
  }

  async standSigns(eventId: string): Promise<Buffer> {
    const event = await this.market.event(eventId);
    const exhibitors = (await this.market.exhibitors(eventId, { publishableOnly: false })).filter((e) => e.stand);
    const byStand = new Map<string, MarketExhibitor[]>();
    for (const e of exhibitors) byStand.set(e.stand?.id ?? '', [...(byStand.get(e.stand?.id ?? '') ?? []), e]);
    const logos = await this.printableLogos(exhibitors.map((e) => e.application));

    const { doc, bytes } = createPdf({
      size: 'A4',
      layout: 'landscape',
      margin: 48,
      autoFirstPage: false,
      info: { Title: `Standschilder – ${event.title}` },
    });
    for (const group of byStand.values()) {
      doc.addPage();
      const { width, height } = doc.page;
      doc
        .font(FONT.bold)
        .fontSize(150)
        .text(group[0].stand?.number ?? '', 48, 48, { width: 260 });
      let y = 60;
      for (const { application } of group) {
        const textX = 330;
        const logo = logos.get(application.id);
        if (logo) doc.image(logo, width - 48 - 140, y, { fit: [140, 140] });
        doc
          .font(FONT.bold)
          .fontSize(30)
          .text(application.organisationName ?? '', textX, y, {
            width: width - textX - 200,
          });
        doc
          .font(FONT.regular)
          .fontSize(20)
          .text(application.projectTitle ?? '', textX, doc.y + 8, {
            width: width - textX - 200,
          });
        y = Math.max(doc.y + 40, y + 170);
      }
      doc
        .font(FONT.regular)
        .fontSize(12)
        .fillColor('#444444')
        .text(event.title, 48, height - 48 - 16, {
          width: width - 96,
          lineBreak: false,
        });
      doc.fillColor('black');
    }
    if (byStand.size === 0) doc.addPage().font(FONT.regular).fontSize(16).text('Noch keine Stände zugeteilt.');
    doc.end();
    return bytes;
  }

  /** Alphabetical, only exhibitors who consented to publication, for the programme booklet. */
  async directory(eventId: string): Promise<Buffer> {
    const event = await this.market.event(eventId);
    const exhibitors = (await this.market.exhibitors(eventId, { publishableOnly: true })).sort((a, b) =>
      (a.application.organisationName ?? '').localeCompare(b.application.organisationName ?? '', 'de'),
    );
    const { doc, bytes } = createPdf({
      size: 'A4',
      margin: 56,
      info: { Title: `Verzeichnis der Ausstellenden – ${event.title}` },
    });
    doc.font(FONT.bold).fontSize(18).text('Markt der Möglichkeiten – Verzeichnis der Ausstellenden');
    doc
      .font(FONT.regular)
      .fontSize(11)
      .text(`${event.title}\n${germanDate(event.date)}, ${event.startTime}–${event.endTime} Uhr, ${event.venueName}`);
    doc.moveDown(1.2);
    for (const { application: a, stand } of exhibitors) {
      doc
        .font(FONT.bold)
        .fontSize(12)
        .text(`${a.organisationName ?? ''}${stand ? `  ·  Stand ${stand.number}` : ''}`);
      doc
        .font(FONT.regular)
        .fontSize(11)
        .text(a.projectTitle ?? '');
      if (a.shortText) doc.fontSize(10).text(a.shortText);
      if (a.topics?.length) doc.fontSize(9).fillColor('#444444').text(a.topics.join(' · ')).fillColor('black');
      doc.moveDown(0.8);
    }
    doc.end();
    return bytes;
  }

  async logistics(eventId: string): Promise<LogisticsRow[]> {
    await this.market.event(eventId);
    const [stands, exhibitors] = await Promise.all([
      this.market.stands(eventId),
      this.market.exhibitors(eventId, { publishableOnly: false }),
    ]);
    return stands
      .sort((a, b) => a.number.localeCompare(b.number, 'de', { numeric: true }))
      .flatMap((stand): LogisticsRow[] => {
        const here = exhibitors.filter((e) => e.stand?.id === stand.id);
        return here.length > 0 ? here.map((e) => ({ stand, exhibitor: e.application })) : [{ stand, exhibitor: null }];
      });
  }

  /**
   * Each stored logo decoded afresh into a small JPEG (`printableImage`), by application id. A logo that does
   * not decode is left out of the print (and logged once); the rest of the document does not depend on it.
   * Several are decoded at once (sharp works off the event loop), and each result is kept for the file's
   * version (size, modification time, inode: a new upload is a new inode), so the next print of the same
   * logos decodes none of them again.
   */
  private async printableLogos(applications: { id: string; logoFile: string | null }[]): Promise<Map<string, Buffer>> {
    const printable = new Map<string, Buffer>();
    const queue = applications.filter((a): a is { id: string; logoFile: string } => !!a.logoFile);
    const work = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const { id, logoFile } = next;
        try {
          printable.set(id, await this.printableLogo(this.logos.path(logoFile)));
        } catch (error) {
          if (this.reported.has(logoFile)) continue;
          this.reported.add(logoFile);
          this.logger.warn(
            `Logo ${logoFile} of application ${id} cannot be printed and is left out: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: LOGO_DECODERS }, work));
    return printable;
  }

  private async printableLogo(path: string): Promise<Buffer> {
    const info = await stat(path);
    const version = `${info.size}:${info.mtimeMs}:${info.ino}`;
    const known = this.printed.get(path);
    if (known?.version === version) return known.image;
    const image = await printableImage(path, LOGO_LIMITS.pixels, LOGO_PRINT_PIXELS);
    this.printed.delete(path);
    this.printed.set(path, { version, image });
    if (this.printed.size > PRINTED_LOGOS_KEPT) this.printed.delete(this.printed.keys().next().value as string);
    return image;
  }

  private header(doc: Pdf, event: Event, large: boolean): number {
    doc
      .font(FONT.bold)
      .fontSize(large ? 22 : 16)
      .text(event.title, MARGIN, MARGIN, {
        width: doc.page.width - 2 * MARGIN,
      });
    doc
      .font(FONT.regular)
      .fontSize(large ? 13 : 10)
      .text(
        `Markt der Möglichkeiten · ${germanDate(event.date)}, ${event.startTime}–${event.endTime} Uhr · ${event.venueName}, ${event.venueAddress}`,
      );
    return doc.y + 10;
  }

  /** The room scaled into the box: features first, then stands with their numbers on top. */
  private drawPlan(
    doc: Pdf,
    plan: FloorPlan | null,
    stands: StandEntity[],
    box: { x: number; y: number; width: number; height: number },
  ): void {
    const room = { width: plan?.width ?? 30, depth: plan?.depth ?? 20 };
    const scale = Math.min(box.width / room.width, box.height / room.depth);
    const px = (m: number) => box.x + m * scale;
    const py = (m: number) => box.y + m * scale;
    doc.save().lineWidth(1.2).strokeColor('black');
    if (plan?.outline?.length) {
      doc.polygon(...plan.outline.map(([x, y]) => [px(x), py(y)] as [number, number])).stroke();
    } else {
      doc.rect(px(0), py(0), room.width * scale, room.depth * scale).stroke();
    }
    for (const feature of plan?.features ?? []) {
      const b = boxOf(feature);
      const style = FEATURE_STYLE[feature.kind];
      doc.rect(px(b.left), py(b.top), (b.right - b.left) * scale, (b.bottom - b.top) * scale).fill(style.fill);
      const label = feature.label ?? style.label;
      if (label && feature.kind !== FeatureKind.PowerSocket) {
        doc
          .fillColor(feature.kind === FeatureKind.Stage ? 'black' : style.fill)
          .font(FONT.regular)
          .fontSize(7)
          .text(label, px(b.left) - 20, py(b.bottom) + 2, {
            width: (b.right - b.left) * scale + 40,
            align: 'center',
          });
      }
    }
    doc.fillColor('black').lineWidth(0.8);
    for (const stand of stands) {
      const b = boxOf(stand);
      const w = (b.right - b.left) * scale;
      const h = (b.bottom - b.top) * scale;
      doc.rect(px(b.left), py(b.top), w, h).fillAndStroke('white', 'black');
      const size = Math.max(6, Math.min(12, h * 0.6));
      doc
        .fillColor('black')
        .font(FONT.bold)
        .fontSize(size)
        .text(stand.number, px(b.left), py(b.top) + (h - size) / 2 - 1, {
          width: w,
          align: 'center',
          lineBreak: false,
        });
    }
    doc.restore();
  }

  private qr(doc: Pdf, text: string, x: number, y: number, size: number): void {
    const { modules } = createQr(text, { errorCorrectionLevel: 'M' });
    const cell = size / modules.size;
    doc.save().fillColor('black');
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) {
        if (modules.get(row, col)) doc.rect(x + col * cell, y + row * cell, cell, cell);
      }
    }
    doc.fill().restore();
  }
}
