import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

/** DejaVu covers German (ä ö ü ß „ “ –) and is embedded, so every PDF viewer shows the same letters. */
function fontFile(name: string): string {
  // Resolved at run time from the installation, not by the bundler.
  const packageJson = createRequire(join(process.cwd(), 'package.json')).resolve('dejavu-fonts-ttf/package.json');
  return join(dirname(packageJson), 'ttf', name);
}

export const FONT = { regular: 'Sans', bold: 'Sans-Bold' } as const;

export type Pdf = InstanceType<typeof PDFDocument>;

/** A document with the fonts registered; resolves to the finished bytes once `end()` is called. */
export function createPdf(options: PDFKit.PDFDocumentOptions): {
  doc: Pdf;
  bytes: Promise<Buffer>;
} {
  const doc = new PDFDocument({
    ...options,
    info: { Producer: 'Markt der Möglichkeiten', ...options.info },
  });
  doc.registerFont(FONT.regular, fontFile('DejaVuSans.ttf'));
  doc.registerFont(FONT.bold, fontFile('DejaVuSans-Bold.ttf'));
  doc.font(FONT.regular);
  const chunks: Buffer[] = [];
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, bytes };
}

/** "Donnerstag, 13. November 2025" for an ISO day. */
export function germanDate(isoDay: string): string {
  return new Date(`${isoDay}T12:00:00Z`).toLocaleDateString('de-DE', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
