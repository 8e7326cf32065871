import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A page rendered by poppler's pdftoppm: gray levels (0 black … 255 white), row by row. */
export interface RenderedPage {
  width: number;
  height: number;
  gray: Uint8Array;
}

/** A word as poppler's pdftotext places it, in PDF points from the page's top left. */
export interface PlacedWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PageWords {
  width: number;
  height: number;
  words: PlacedWord[];
}

function withFile<T>(pdf: Buffer, use: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'markt-pages-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    return use(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One page (from 1) at `dpi` in gray, as a printer or a viewer would show it. */
export function renderPage(pdf: Buffer, page: number, dpi = 30): RenderedPage {
  return withFile(pdf, (file, dir) => {
    const out = join(dir, 'page');
    execFileSync('pdftoppm', [
      '-r',
      String(dpi),
      '-gray',
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      file,
      out,
    ]);
    const pgm = readFileSync(`${out}.pgm`);
    // Binary PGM: "P5", width, height, maximum value, each followed by one whitespace, then the pixels.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 64));
    if (!header) throw new Error('pdftoppm did not write a binary PGM');
    const [, width, height] = header.map(Number);
    return { width, height, gray: new Uint8Array(pgm.subarray(header[0].length)) };
  });
}

/** The number of pages (pdfinfo). */
export function pageCount(pdf: Buffer): number {
  return withFile(pdf, (file) =>
    Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]),
  );
}

/** The words of every page with their boxes (pdftotext -bbox). */
export function pageWords(pdf: Buffer): PageWords[] {
  return withFile(pdf, (file) => {
    const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    return html
      .split('<page ')
      .slice(1)
      .map((page) => {
        const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page);
        const words = [
          ...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
        ].map(([, xMin, yMin, xMax, yMax, text]) => ({
          text: unescapeHtml(text),
          xMin: Number(xMin),
          yMin: Number(yMin),
          xMax: Number(xMax),
          yMax: Number(yMax),
        }));
        return { width: Number(size?.[1]), height: Number(size?.[2]), words };
      });
  });
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Whether the row (0 = top) has a pixel darker than `threshold`. */
export function rowHasInk(page: RenderedPage, row: number, threshold = 128): boolean {
  const start = row * page.width;
  for (let x = 0; x < page.width; x++) if (page.gray[start + x] < threshold) return true;
  return false;
}

/** The smallest rectangle holding every pixel darker than `threshold` in rows from `top` on, or null. */
export function inkBox(
  page: RenderedPage,
  top = 0,
  threshold = 128,
): { left: number; top: number; right: number; bottom: number } | null {
  let box: { left: number; top: number; right: number; bottom: number } | null = null;
  for (let y = top; y < page.height; y++) {
    for (let x = 0; x < page.width; x++) {
      if (page.gray[y * page.width + x] >= threshold) continue;
      box ??= { left: x, top: y, right: x, bottom: y };
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
      box.bottom = y;
    }
  }
  return box;
}
