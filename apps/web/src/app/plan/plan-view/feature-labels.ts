import { Box } from '../../floor-plan/plan-geometry';

export interface LabelPosition {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Degrees to turn the text about (x, y): labels of doors in side walls run along the wall. */
  rotate: 0 | 90 | -90;
}

/** Below this (in metres) a feature is a line on the wall, too thin to hold its label. */
const THIN_M = 0.6;
const GAP_M = 0.35;

/**
 * Where a feature's label goes: in its middle, or, for a thin feature on a wall (door, exit), just
 * beside it on the side facing the middle of the room; in a side wall the text runs along the wall,
 * so it does not reach into the stands.
 */
export function featureLabelPosition(box: Box, room: { width: number; depth: number }): LabelPosition {
  const cx = (box.left + box.right) / 2;
  const cy = (box.top + box.bottom) / 2;
  const thinY = box.bottom - box.top < THIN_M;
  const thinX = box.right - box.left < THIN_M;
  if (thinY && !thinX)
    return { x: cx, y: cy < room.depth / 2 ? box.bottom + GAP_M : box.top - GAP_M, anchor: 'middle', rotate: 0 };
  if (thinX && !thinY) {
    return cx < room.width / 2
      ? { x: box.right + GAP_M, y: cy, anchor: 'middle', rotate: 90 }
      : { x: box.left - GAP_M, y: cy, anchor: 'middle', rotate: -90 };
  }
  return { x: cx, y: cy, anchor: 'middle', rotate: 0 };
}
