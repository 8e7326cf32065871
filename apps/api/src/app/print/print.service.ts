import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { PaperSize } from '@markt/shared';
import { LOGO_DECODERS, LogoStorage } from '../applications/logo-storage';
import { inParallel } from '../common/in-parallel';
import { Column } from '../common/tabular-export';
import { appConfig } from '../config/app.config';
import { StandEntity } from '../floor-plan/stand.entity';
import { MarketExhibitor, MarketService } from '../market/market.service';
import { drawPlanSheet, PLAN_MARGIN } from './floor-plan-sheet';
import { createPdf, FONT, germanDate } from './pdf-document';
import { drawStandSign, SIGN_MARGIN } from './stand-sign';

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
      margin: PLAN_MARGIN,
      info: { Title: `Hallenplan – ${event.title}` },
    });
    drawPlanSheet(doc, {
      size,
      title: event.title,
      meta: `Markt der Möglichkeiten · ${germanDate(event.date)}, ${event.startTime}–${event.endTime} Uhr · ${event.venueName}, ${event.venueAddress}`,
      qrCaption: 'Alle Ausstellenden und der Plan auf dem Handy:',
      publicUrl: this.publicUrl(eventId),
      plan,
      stands,
      // The plan hangs in public: exhibitors who did not consent to publication appear by stand number only.
      legend: exhibitors
        .filter((e) => e.stand)
        .map(({ stand, application: a }) => ({
          number: stand?.number ?? '',
          organisation: a.publicationConsent ? (a.organisationName ?? '') : '',
          project: a.publicationConsent ? (a.projectTitle ?? '') : '',
        }))
        // In the print view's order: stand numbers naturally (2 before 10), then organisation.
        .sort(
          (a, b) =>
            a.number.localeCompare(b.number, 'de', { numeric: true, sensitivity: 'base' }) ||
            a.organisation.localeCompare(b.organisation, 'de'),
        ),
    });
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
      margin: SIGN_MARGIN,
      autoFirstPage: false,
      info: { Title: `Standschilder – ${event.title}` },
    });
    for (const group of byStand.values()) {
      doc.addPage();
      drawStandSign(doc, {
        number: group[0].stand?.number ?? '',
        eventTitle: event.title,
        exhibitors: group.map(({ application }) => ({
          organisationName: application.organisationName ?? '',
          projectTitle: application.projectTitle ?? '',
          logo: logos.get(application.id),
        })),
      });
    }
    if (byStand.size === 0) doc.addPage().font(FONT.regular).fontSize(16).text('Noch keine Stände vergeben.');
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
   * Each stored logo as a small JPEG (`LogoStorage.printable`, usually made already), by application id. A
   * logo that does not decode is left out of the print (and logged once); the rest of the document does not
   * depend on it. Several are decoded at once where needed (sharp works off the event loop).
   */
  private async printableLogos(applications: { id: string; logoFile: string | null }[]): Promise<Map<string, Buffer>> {
    const printable = new Map<string, Buffer>();
    const withLogo = applications.filter((a): a is { id: string; logoFile: string } => !!a.logoFile);
    await inParallel(withLogo, LOGO_DECODERS, async ({ id, logoFile }) => {
      try {
        printable.set(id, await this.logos.printable(logoFile));
      } catch (error) {
        if (this.reported.has(logoFile)) return;
        this.reported.add(logoFile);
        this.logger.warn(
          `Logo ${logoFile} of application ${id} cannot be printed and is left out: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    });
    return printable;
  }
}
