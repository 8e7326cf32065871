import { Pdf } from './pdf-document';

/** A paragraph set in one font, at `scale` times the size the fit finds (e.g. 0.7 for a subtitle). */
export interface FitBlock {
  text: string;
  font: string;
  scale: number;
}

export interface FitBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Space between two blocks, as a share of the fitted size. */
const BLOCK_GAP = 0.3;
/** pdfkit's line height per point of size for DejaVu Sans: (ascent + descent) / units per em. */
const LINE_HEIGHT = (1901 + 483) / 2048;
/** Each measured try that does not fit gets this much smaller. */
const STEP = 0.93;

export interface FitOptions {
  max: number;
  min: number;
  align: 'left' | 'center';
}

/**
 * Draws the blocks, centred in the box, at the largest size from `max` down to `min` at which they fit:
 * every word fits the width (so none is split mid-word) and the lines fit the height. A word too wide even at
 * twice the smallest size (a long compound, an address) is split with a hyphen rather than shrinking all the
 * text for it, and text still beyond the box's height at the smallest size ends in an ellipsis, so nothing
 * overflows and nothing is cut silently.
 */
export function drawFittedText(doc: Pdf, all: FitBlock[], box: FitBox, { max, min, align }: FitOptions): void {
  // Widths at size 1: the size scales them linearly, so one measure per block serves every size tried.
  const blocks = all
    .filter((b) => b.text)
    .map((b) => {
      doc.font(b.font).fontSize(1);
      const whole = doc.widthOfString(b.text) * b.scale;
      // Split as pdfkit splits (a word with its trailing space), so these hit the shapes it just cached.
      const widths = b.text.split(/(?<=[ \t])/).map((w) => doc.widthOfString(w) * b.scale);
      return {
        ...b,
        whole,
        widest: Math.max(0, ...widths),
        widestKept: Math.max(0, ...widths.filter((w) => w * 2 * min <= box.width)),
      };
    });
  // Lines counted from the text's width leave out what wrapping wastes at line ends, so this guess is at
  // least the size that fits; wrapped measures then step down from it, usually once or twice.
  const guess = (size: number) =>
    blocks.every((b) => b.widestKept * size <= box.width) &&
    blocks.reduce(
      (height, b, i) =>
        height +
        (i > 0 ? BLOCK_GAP * size : 0) +
        Math.ceil((b.whole * size) / box.width) * LINE_HEIGHT * b.scale * size,
      0,
    ) <= box.height;
  let size = max;
  if (!guess(max)) {
    let low = min;
    for (let i = 0; i < 12; i++) {
      const middle = (low + size) / 2;
      if (guess(middle)) low = middle;
      else size = middle;
    }
    size = low;
  }
  // The blocks as set at a size: a word wider than the box at that size split into hyphenated lines.
  const setAt = (at: number) =>
    blocks.map((b) => {
      if (b.widest * at <= box.width) return b;
      doc.font(b.font).fontSize(at * b.scale);
      return { ...b, text: hyphenateLongWords(doc, b.text, box.width) };
    });
  let set = setAt(size);
  let height = blocksHeight(doc, set, box.width, size);
  while (height > box.height && size > min) {
    size = Math.max(min, size * STEP);
    set = setAt(size);
    height = blocksHeight(doc, set, box.width, size);
  }

  let y = box.y + (box.height - Math.min(box.height, height)) / 2;
  for (const [i, b] of set.entries()) {
    if (i > 0) y += BLOCK_GAP * size;
    const left = box.y + box.height - y;
    if (left < LINE_HEIGHT * size * b.scale) break;
    doc
      .font(b.font)
      .fontSize(size * b.scale)
      .text(b.text, box.x, y, { width: box.width, height: left, ellipsis: '…', align });
    y = doc.y;
  }
}

function blocksHeight(doc: Pdf, blocks: FitBlock[], width: number, size: number): number {
  let height = 0;
  for (const [i, b] of blocks.entries()) {
    if (i > 0) height += BLOCK_GAP * size;
    height += doc
      .font(b.font)
      .fontSize(size * b.scale)
      .heightOfString(b.text, { width });
  }
  return height;
}

/** Words wider than the line, split into lines that end in a hyphen (at the current font and size). */
function hyphenateLongWords(doc: Pdf, text: string, width: number): string {
  return text
    .split(/(\s+)/)
    .map((word, i) => {
      if (/^\s*$/.test(word) || doc.widthOfString(word) <= width) return word;
      const pieces: string[] = [];
      let piece = '';
      for (const char of word) {
        // A little short of the width: a piece that fills it exactly gets wrapped once more, after its hyphen.
        if (piece && doc.widthOfString(`${piece}${char}-`) > width * 0.97) {
          pieces.push(`${piece}-`);
          piece = '';
        }
        piece += char;
      }
      // Each piece on a line of its own: pdfkit would split a word too long for the rest of a line itself,
      // without a hyphen.
      return `${i > 0 ? '\n' : ''}${[...pieces, piece].join('\n')}`;
    })
    .join('');
}
