import { Box } from '../../floor-plan/plan-geometry';
import { STAND_GLYPHS } from '../../ui/stand-glyph.component';
import type { StandView } from './stand-view';

/** Labels are never drawn smaller than this on screen; a label that would not fit then shows on hover or focus. */
export const MIN_LABEL_PX = 10;
/** Size of a stand number in metres when the drawing is large enough. */
const NUMBER_M = 0.6;
/** Average width of a character as a share of the font size (digits of a sans-serif face). */
const CHAR_WIDTH = 0.62;

/** Font size of stand numbers in metres: their natural size, or larger so they are at least MIN_LABEL_PX on screen. */
export function labelSizeM(pxPerM: number | null): number {
  if (!pxPerM || pxPerM <= 0) return NUMBER_M;
  return Math.max(NUMBER_M, MIN_LABEL_PX / pxPerM);
}

/** True when the text fits inside the box at this font size (with a small margin). */
export function labelFits(text: string, box: Box, sizeM: number): boolean {
  const width = box.right - box.left;
  const height = box.bottom - box.top;
  return text.length * CHAR_WIDTH * sizeM <= width * 0.92 && sizeM <= height * 0.9;
}

/** Pictograms for a stand's equipment, as on the printed plan. */
export function standMarkers(stand: { hasPower?: boolean; stepFree?: boolean; capacity?: number }): string {
  const { power, stepFree } = STAND_GLYPHS;
  return [
    stand.hasPower ? power : '',
    stand.stepFree ? stepFree : '',
    (stand.capacity ?? 1) > 1 ? `×${stand.capacity}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export interface StandLabel {
  text: string;
  /** The number does not fit at a legible size: drawn only on hover or when selected. */
  tight: boolean;
  captions: string[];
}

/** The label of a stand at font size `sizeM`: equipment marks join the number only when both fit. */
export function standLabel(view: StandView, sizeM: number, marks: boolean, captions: string[] = []): StandLabel {
  const number = view.stand.number;
  const withMarks = marks && view.markers ? `${number} ${view.markers}` : number;
  const text = labelFits(withMarks, view.box, sizeM) ? withMarks : number;
  const chars = Math.floor(((view.box.right - view.box.left) * 0.92) / (CHAR_WIDTH * sizeM * 0.85));
  const room = Math.max(0, Math.floor((view.box.bottom - view.box.top) / sizeM) - 1);
  return {
    text,
    tight: !labelFits(number, view.box, sizeM),
    captions: captions.slice(0, room).map((line) => abbreviate(line, chars)),
  };
}

/** Cuts a text to `chars` characters, ending in "…" when cut. */
export function abbreviate(text: string, chars: number): string {
  if (text.length <= chars) return text;
  return chars <= 1 ? '' : text.slice(0, chars - 1).trimEnd() + '…';
}
