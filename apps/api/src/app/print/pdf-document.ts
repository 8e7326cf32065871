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

/** A document that has not ended by then has hung; the request gets an error instead of waiting forever. */
const RENDER_TIMEOUT_MS = 60_000;

/**
 * A document with the fonts registered; `bytes` resolves to the finished bytes once `end()` is called,
 * or rejects if the stream fails or does not finish in time. A caller that throws while drawing never
 * awaits `bytes`, so its later failure is marked handled here rather than ending the process.
 */
export function createPdf(options: PDFKit.PDFDocumentOptions): {
  doc: Pdf;
  bytes: Promise<Buffer>;
} {
  const doc = new PDFDocument({
    ...options,
    info: { Producer: 'Markt der Möglichkeiten', ...options.info },
  });
  const chunks: Buffer[] = [];
  const bytes = new Promise<Buffer>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error('The PDF did not finish in time'));
      doc.destroy();
    }, RENDER_TIMEOUT_MS);
    timer.unref();
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', (error: unknown) => {
      clearTimeout(timer);
      reject(error);
    });
  });
  bytes.catch(() => undefined);
  doc.registerFont(FONT.regular, fontFile('DejaVuSans.ttf'));
  doc.registerFont(FONT.bold, fontFile('DejaVuSans-Bold.ttf'));
  doc.font(FONT.regular);
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
