import { boxOf, FeatureKind, PaperSize } from '@markt/shared';
import { create as createQr } from 'qrcode';
import { FloorPlan } from '../floor-plan/floor-plan.entity';
import { StandEntity } from '../floor-plan/stand.entity';
import { FitBox } from './fit-text';
import { FONT, Pdf } from './pdf-document';

export const PLAN_MARGIN = 28;
const FEATURE_STYLE: Record<FeatureKind, { fill: string; label?: string }> = {
  [FeatureKind.Wall]: { fill: '#555555' },
  [FeatureKind.Entrance]: { fill: '#1565c0', label: 'Eingang' },
  [FeatureKind.Stage]: { fill: '#d9d9d9', label: 'Bühne' },
  [FeatureKind.EmergencyExit]: { fill: '#2e7d32', label: 'Notausgang' },
  [FeatureKind.PowerSocket]: { fill: '#f9a825' },
};
/** Type sizes and spacing per paper: the A3 plan hangs on a wall, the A4 one is handed out. */
const PAPER = {
  A3: { title: 22, meta: 13, qr: 96, caption: 8.5, legend: 10, column: 235, gap: 18, entryGap: 3 },
  A4: { title: 16, meta: 10, qr: 68, caption: 7, legend: 8, column: 180, gap: 14, entryGap: 2 },
} as const satisfies Record<PaperSize, Record<string, number>>;
const FEATURE_LABEL_SIZE = 7;
/**
 * The legend shares page one with the plan when the plan keeps at least this share of the scale it would
 * have alone; otherwise the plan keeps its size and the legend continues on further pages.
 */
const PLAN_SCALE_KEPT = 0.6;
/** Shares of the printable area a continued legend gets beside or below the plan on page one, at least. */
const LEGEND_SHARE = { beside: 0.22, below: 0.22 };

/** As the print view shows it: the number, the organisation in bold, the project below it. */
export interface LegendEntry {
  number: string;
  /** Both empty for an exhibitor without publication consent: the public plan shows the stand number only. */
  organisation: string;
  project: string;
}

export interface PlanSheet {
  size: PaperSize;
  title: string;
  /** Date, time and room. */
  meta: string;
  qrCaption: string;
  publicUrl: string;
  plan: FloorPlan | null;
  stands: StandEntity[];
  legend: LegendEntry[];
}

/** A rectangle of the page the legend flows into, in columns of the paper's column width. */
interface Region {
  box: FitBox;
  columns: number;
  /** From one column's left edge to the next. */
  pitch: number;
}

interface Layout {
  scale: number;
  plan: FitBox;
  /** Filled in order; the heading stands above the first. */
  regions: Region[];
}

/**
 * The printed floor plan: title, date and room with the QR code to the public page beside them, then the plan
 * scaled to the largest size the page allows with the legend in columns beside or below it (and in the strip
 * the plan leaves free), whichever leaves the plan larger. A legend too long for page one continues on further
 * pages rather than shrinking.
 */
export function drawPlanSheet(doc: Pdf, sheet: PlanSheet): void {
  const paper = PAPER[sheet.size];
  const top = drawHeader(doc, sheet);
  const area: FitBox = {
    x: PLAN_MARGIN,
    y: top,
    width: doc.page.width - 2 * PLAN_MARGIN,
    height: doc.page.height - PLAN_MARGIN - top,
  };
  const room = { width: sheet.plan?.width ?? 30, depth: sheet.plan?.depth ?? 20 };
  const labelRoom = (sheet.plan?.features ?? []).some((f) => f.kind !== FeatureKind.PowerSocket)
    ? FEATURE_LABEL_SIZE * 1.4
    : 0;

  const numbers = numberWidth(doc, sheet.legend, paper.legend);
  const heights = sheet.legend.map((e) => entryHeight(doc, e, paper.column - numbers, paper.legend));
  const headingHeight = paper.legend * 2;
  const { plan, regions } = layOut(area, room, labelRoom, heights, headingHeight, sheet.size);

  drawPlan(doc, sheet.plan, sheet.stands, plan, room, labelRoom);
  if (sheet.legend.length === 0) return;
  doc
    .font(FONT.bold)
    .fontSize(paper.legend + 2)
    .text('Legende', regions[0].box.x, regions[0].box.y - headingHeight, { lineBreak: false });
  const draw = (i: number, x: number, y: number, bottom: number) =>
    drawEntry(doc, sheet.legend[i], paper.legend, numbers, x, y, bottom, paper.column);
  let next = flow(heights, 0, regions, sheet.size, false, draw);
  while (next < sheet.legend.length) {
    doc.addPage({ size: sheet.size, layout: 'landscape', margin: PLAN_MARGIN });
    doc
      .font(FONT.bold)
      .fontSize(paper.legend + 2)
      .text(`Legende (Fortsetzung) – ${sheet.title}`, PLAN_MARGIN, PLAN_MARGIN, {
        width: doc.page.width - 2 * PLAN_MARGIN,
        lineBreak: false,
        ellipsis: '…',
      });
    const page = regionIn(
      {
        x: PLAN_MARGIN,
        y: PLAN_MARGIN + headingHeight,
        width: doc.page.width - 2 * PLAN_MARGIN,
        height: doc.page.height - 2 * PLAN_MARGIN - headingHeight,
      },
      sheet.size,
    );
    next = flow(heights, next, [page], sheet.size, true, draw);
  }
}

/** Title and meta on the left, caption, address and QR code on the right; returns where the plan may start. */
function drawHeader(doc: Pdf, sheet: PlanSheet): number {
  const paper = PAPER[sheet.size];
  const width = doc.page.width - 2 * PLAN_MARGIN;
  const captionWidth = paper.qr * 2;
  const qrX = PLAN_MARGIN + width - paper.qr;
  qr(doc, sheet.publicUrl, qrX, PLAN_MARGIN, paper.qr);
  doc
    .font(FONT.regular)
    .fontSize(paper.caption)
    .text(sheet.qrCaption, qrX - 8 - captionWidth, PLAN_MARGIN, { width: captionWidth, align: 'right' })
    .text(sheet.publicUrl, { width: captionWidth, align: 'right' });
  const textWidth = width - paper.qr - captionWidth - 24;
  doc
    .font(FONT.bold)
    .fontSize(paper.title)
    .text(sheet.title, PLAN_MARGIN, PLAN_MARGIN, { width: textWidth })
    .font(FONT.regular)
    .fontSize(paper.meta)
    .text(sheet.meta, { width: textWidth });
  return Math.max(doc.y, PLAN_MARGIN + paper.qr) + 12;
}

/**
 * Where plan and legend go on page one. Tried: the legend in 1, 2, … columns beside the plan, and in columns
 * across the page below it, each with the strip the plan leaves free; the arrangement that holds the whole
 * legend and leaves the plan the largest scale wins. When none keeps the plan at `PLAN_SCALE_KEPT` of its own
 * scale, the plan keeps its natural share of the page, the legend takes the rest (at least `LEGEND_SHARE`)
 * and continues on further pages.
 */
function layOut(
  area: FitBox,
  room: { width: number; depth: number },
  labelRoom: number,
  heights: number[],
  headingHeight: number,
  size: PaperSize,
): Layout {
  const { column, gap, legend: type } = PAPER[size];
  const scaleIn = (box: FitBox) => Math.min(box.width / room.width, (box.height - labelRoom) / room.depth);
  const alone = scaleIn(area);
  // The plan at `share` of the largest scale its space allows, the legend's main box, and the strip of
  // that space the plan leaves free (below or beside it), which the legend continues into.
  const withStrip = (space: FitBox, main: FitBox, share = 1): Layout => {
    const scale = scaleIn(space) * share;
    const below = room.depth * scale + labelRoom + gap;
    const beside = room.width * scale + gap;
    const strips = [
      { ...space, y: space.y + below, height: space.height - below },
      { ...space, x: space.x + beside, width: space.width - beside },
    ].filter((box) => box.height >= type * 4 && box.width >= column);
    return {
      scale,
      plan: { ...space, width: room.width * scale, height: room.depth * scale + labelRoom },
      regions: [regionIn(shrinkTop(main, headingHeight), size), ...strips.map((box) => regionIn(box, size))],
    };
  };
  const holdsAll = (layout: Layout) => flow(heights, 0, layout.regions, size, false) === heights.length;
  const besideWith = (legendWidth: number, share = 1) =>
    withStrip(
      { ...area, width: area.width - legendWidth - gap },
      { ...area, x: area.x + area.width - legendWidth, width: legendWidth },
      share,
    );
  const belowWith = (legendHeight: number) =>
    withStrip(
      { ...area, height: area.height - legendHeight - gap },
      { ...area, y: area.y + area.height - legendHeight, height: legendHeight },
    );

  const candidates: Layout[] = [];
  const maxBeside = Math.floor((area.width * 0.7 + gap) / (column + gap));
  for (let columns = 1; columns <= maxBeside; columns++) {
    // The plan a little smaller each try, so the strip below it takes what the columns beside do not hold.
    for (let share = 1; share >= PLAN_SCALE_KEPT; share -= 0.05) {
      const layout = besideWith(columns * column + (columns - 1) * gap, share);
      if (layout.scale < PLAN_SCALE_KEPT * alone) break;
      if (holdsAll(layout)) {
        candidates.push(layout);
        break;
      }
    }
  }
  const across = regionIn(area, size).columns;
  const belowHeight = shortestColumn(heights, across, size) + headingHeight;
  if (belowHeight < area.height * 0.7) candidates.push(belowWith(belowHeight));
  const best = candidates.sort((a, b) => b.scale - a.scale)[0];
  if (best && best.scale >= PLAN_SCALE_KEPT * alone) return best;

  // The legend continues: the plan keeps the room's natural share of the page.
  if (area.width / area.height > room.width / room.depth) {
    const spare = Math.max(area.width - alone * room.width - gap, area.width * LEGEND_SHARE.beside);
    const columns = Math.max(1, Math.floor((spare + gap) / (column + gap)));
    return besideWith(columns * column + (columns - 1) * gap);
  }
  return belowWith(Math.max(area.height - alone * room.depth - labelRoom - gap, area.height * LEGEND_SHARE.below));
}

/** As many columns as fit across the box, spread so the last one ends at its right edge. */
function regionIn(box: FitBox, size: PaperSize): Region {
  const { column, gap } = PAPER[size];
  const columns = Math.max(1, Math.floor((box.width + gap) / (column + gap)));
  return { box, columns, pitch: columns > 1 ? column + (box.width - columns * column) / (columns - 1) : 0 };
}

/**
 * Entries from `from` into the regions' columns, in order; returns the first that did not fit. `draw` draws
 * each where it goes (without it, this only counts). With `force` an entry taller than an empty column still
 * goes in (cut off with an ellipsis), so a continuation page always moves on.
 */
function flow(
  heights: number[],
  from: number,
  regions: Region[],
  size: PaperSize,
  force: boolean,
  draw?: (i: number, x: number, y: number, bottom: number) => void,
): number {
  const { entryGap } = PAPER[size];
  let i = from;
  for (const { box, columns, pitch } of regions) {
    const bottom = box.y + box.height;
    let column = 0;
    let y = box.y;
    while (i < heights.length && column < columns) {
      if (y + heights[i] > bottom && !(force && y === box.y)) {
        column++;
        y = box.y;
        continue;
      }
      draw?.(i, box.x + column * pitch, y, bottom);
      y += heights[i] + entryGap;
      i++;
    }
  }
  return i;
}

/** The smallest column height at which the entries fill at most `columns` columns. */
function shortestColumn(heights: number[], columns: number, size: PaperSize): number {
  let low = Math.max(0, ...heights);
  let high = heights.reduce((sum, h) => sum + h + PAPER[size].entryGap, 0);
  const holds = (height: number) =>
    flow(heights, 0, [{ box: { x: 0, y: 0, width: 0, height }, columns, pitch: 0 }], size, false) === heights.length;
  while (high - low > 1) {
    const middle = (low + high) / 2;
    if (holds(middle)) high = middle;
    else low = middle;
  }
  return high;
}

function shrinkTop(box: FitBox, by: number): FitBox {
  return { ...box, y: box.y + by, height: box.height - by };
}

/** Bold numbers in a column as wide as the widest, text beside them. */
function numberWidth(doc: Pdf, legend: LegendEntry[], size: number): number {
  doc.font(FONT.bold).fontSize(size);
  const widest = Math.max(0, ...legend.map((e) => doc.widthOfString(e.number)));
  doc.font(FONT.regular);
  return widest + size * 0.8;
}

function entryHeight(doc: Pdf, entry: LegendEntry, width: number, size: number): number {
  const organisation = entry.organisation
    ? doc.font(FONT.bold).fontSize(size).heightOfString(entry.organisation, { width })
    : 0;
  const project = entry.project ? doc.font(FONT.regular).fontSize(size).heightOfString(entry.project, { width }) : 0;
  return Math.max(organisation + project, size * 1.2);
}

/** The number in bold, beside it the organisation in bold and the project below; nothing beyond `bottom`. */
function drawEntry(
  doc: Pdf,
  entry: LegendEntry,
  size: number,
  numbers: number,
  x: number,
  y: number,
  bottom: number,
  column: number,
): void {
  doc.font(FONT.bold).fontSize(size).text(entry.number, x, y, { width: numbers, lineBreak: false });
  const options = { width: column - numbers, ellipsis: '…' };
  if (entry.organisation) doc.text(entry.organisation, x + numbers, y, { ...options, height: bottom - y });
  if (entry.project && doc.y < bottom) {
    const top = entry.organisation ? doc.y : y;
    doc.font(FONT.regular).text(entry.project, x + numbers, top, { ...options, height: bottom - top });
  }
}

/** The room scaled into the box: features first, then stands with their numbers on top. */
function drawPlan(
  doc: Pdf,
  plan: FloorPlan | null,
  stands: StandEntity[],
  box: FitBox,
  room: { width: number; depth: number },
  labelRoom: number,
): void {
  const scale = Math.min(box.width / room.width, (box.height - labelRoom) / room.depth);
  const px = (m: number) => box.x + m * scale;
  const py = (m: number) => box.y + m * scale;
  const right = px(room.width);
  const bottom = py(room.depth) + labelRoom;
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
    if (!label || feature.kind === FeatureKind.PowerSocket) continue;
    // Under the feature, or above it at the foot of the room; never beyond the plan's box.
    doc.font(FONT.regular).fontSize(FEATURE_LABEL_SIZE);
    const width = Math.min(doc.widthOfString(label), right - box.x);
    const x = Math.min(Math.max(px((b.left + b.right) / 2) - width / 2, box.x), right - width);
    const below = py(b.bottom) + 2;
    const y = below + FEATURE_LABEL_SIZE * 1.2 <= bottom ? below : py(b.top) - FEATURE_LABEL_SIZE * 1.3;
    doc
      .fillColor(feature.kind === FeatureKind.Stage ? 'black' : style.fill)
      .text(label, x, y, { width, lineBreak: false, ellipsis: '…' });
  }
  doc.fillColor('black').lineWidth(0.8).font(FONT.bold);
  for (const stand of stands) {
    const b = boxOf(stand);
    const w = (b.right - b.left) * scale;
    const h = (b.bottom - b.top) * scale;
    doc.rect(px(b.left), py(b.top), w, h).fillAndStroke('white', 'black');
    // As large as the stand's height allows (at most 12 pt), narrower when the number is wide.
    doc.fontSize(1);
    const size = Math.max(3, Math.min(12, h * 0.6, (w * 0.9) / Math.max(doc.widthOfString(stand.number), 0.01)));
    doc
      .fillColor('black')
      .fontSize(size)
      .text(stand.number, px(b.left), py(b.top) + (h - size) / 2 - 1, {
        width: w,
        align: 'center',
        lineBreak: false,
      });
  }
  doc.restore();
}

function qr(doc: Pdf, text: string, x: number, y: number, size: number): void {
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
