import { PaperSize } from '@markt/shared';

/** Landscape sheet sizes in millimetres. */
export const PAPER_MM: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 297, height: 210 },
  A3: { width: 420, height: 297 },
};

export const PAGE_MARGIN_MM = 10;

/**
 * The print rules of the print view: the `@page` size, the printable area the sheet may fill
 * (`--sheet-width`, `--sheet-height`), a base font size that grows with the paper, and hiding
 * everything but the sheet. Injected while the print view is open, so other pages print as before.
 */
export function pageSizeCss(size: PaperSize): string {
  const { width, height } = PAPER_MM[size];
  const font = size === 'A3' ? 12 : 9;
  return [
    `@page { size: ${size} landscape; margin: ${PAGE_MARGIN_MM}mm; }`,
    `@media print { :root { --sheet-width: ${width - 2 * PAGE_MARGIN_MM}mm; --sheet-height: ${height - 2 * PAGE_MARGIN_MM}mm; --sheet-font: ${font}pt; } }`,
    // Only the sheet: no skip link, header, navigation, footer, controls or page padding.
    `@media print { app-header, app-footer, .skip-link, .no-print { display: none !important; } body, app-root { display: block; min-height: 0; } main.container { padding: 0; max-width: none; } }`,
  ].join('\n');
}

/** Puts the rules into the document head (one <style> element, replaced on each call); returns a remover. */
export function applyPageStyle(doc: Document, size: PaperSize): () => void {
  const id = 'print-page-size';
  let style = doc.getElementById(id) as HTMLStyleElement | null;
  if (!style) {
    style = doc.createElement('style');
    style.id = id;
    doc.head.appendChild(style);
  }
  style.textContent = pageSizeCss(size);
  return () => style?.remove();
}
