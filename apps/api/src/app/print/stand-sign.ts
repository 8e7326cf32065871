import { drawFittedText, FitBox } from './fit-text';
import { FONT, Pdf } from './pdf-document';

export interface SignExhibitor {
  organisationName: string;
  projectTitle: string;
  /** A printable JPEG, or undefined without a (printable) logo. */
  logo?: Buffer;
}

export interface StandSign {
  number: string;
  eventTitle: string;
  /** Usually one; a shared table (capacity up to 4) lists each below the other. */
  exhibitors: SignExhibitor[];
}

export const SIGN_MARGIN = 40;
/** DejaVu Sans Bold in em: the top of a line box to the baseline, and the height of a digit above it. */
const ASCENT = 1901 / 2048;
const DIGIT_HEIGHT = 1493 / 2048;
const CAPTION_SIZE = 30;
const FOOTER_SIZE = 12;
const ROW_GAP = 16;
const NAME_SIZE = { max: 72, min: 14 };
/** Project title relative to the organisation's name. */
const PROJECT_SCALE = 0.7;

/**
 * One A4 landscape sign that is read from across an aisle: "Stand" and the number as large as the upper half
 * allows, organisation and project (and logo) filling the lower half, the event in small print at the foot.
 * Long names get smaller rather than overflowing.
 */
export function drawStandSign(doc: Pdf, sign: StandSign): void {
  const { width, height } = doc.page;
  const inner = width - 2 * SIGN_MARGIN;
  const middle = height / 2;

  doc
    .font(FONT.regular)
    .fontSize(CAPTION_SIZE)
    .fillColor('#444444')
    .text('Stand', SIGN_MARGIN, SIGN_MARGIN, { width: inner, align: 'center', lineBreak: false });
  doc.fillColor('black');
  const numberTop = SIGN_MARGIN + CAPTION_SIZE * 1.3;
  drawNumber(doc, sign.number, { x: SIGN_MARGIN, y: numberTop, width: inner, height: middle - 12 - numberTop });

  const footerTop = height - SIGN_MARGIN - FOOTER_SIZE * 1.2;
  const lower: FitBox = { x: SIGN_MARGIN, y: middle + 12, width: inner, height: footerTop - 12 - (middle + 12) };
  const rows = sign.exhibitors.length;
  const rowHeight = (lower.height - (rows - 1) * ROW_GAP) / rows;
  for (const [i, exhibitor] of sign.exhibitors.entries()) {
    drawExhibitor(doc, exhibitor, { ...lower, y: lower.y + i * (rowHeight + ROW_GAP), height: rowHeight }, rows);
  }

  doc
    .font(FONT.regular)
    .fontSize(FOOTER_SIZE)
    .fillColor('#444444')
    .text(sign.eventTitle, SIGN_MARGIN, footerTop, { width: inner, height: FOOTER_SIZE * 1.2, ellipsis: '…' });
  doc.fillColor('black');
}

/** The number's digits centred in the box, as tall as the box allows or as wide as the page does. */
function drawNumber(doc: Pdf, number: string, box: FitBox): void {
  doc.font(FONT.bold).fontSize(1);
  const size = Math.min(box.height / DIGIT_HEIGHT, (box.width * 0.96) / Math.max(doc.widthOfString(number), 0.01));
  const top = box.y + (box.height - DIGIT_HEIGHT * size) / 2 - (ASCENT - DIGIT_HEIGHT) * size;
  doc.fontSize(size).text(number, box.x, top, { width: box.width, align: 'center', lineBreak: false });
}

function drawExhibitor(doc: Pdf, exhibitor: SignExhibitor, row: FitBox, rows: number): void {
  let text = row;
  if (exhibitor.logo) {
    const side = Math.min(row.height, row.width * 0.3);
    doc.image(exhibitor.logo, row.x + row.width - side, row.y + (row.height - side) / 2, {
      fit: [side, side],
      align: 'center',
      valign: 'center',
    });
    text = { ...row, width: row.width - side - 24 };
  }
  const blocks = [
    { text: exhibitor.organisationName, font: FONT.bold, scale: 1 },
    { text: exhibitor.projectTitle, font: FONT.regular, scale: PROJECT_SCALE },
  ];
  drawFittedText(doc, blocks, text, {
    // A shared stand's rows are lower: smaller type, so two or more long names still fit in full.
    max: NAME_SIZE.max / Math.sqrt(rows),
    min: NAME_SIZE.min / Math.sqrt(rows),
    align: exhibitor.logo ? 'left' : 'center',
  });
}
