import { Stand } from '@markt/shared';
import { centreOf } from './plan-geometry';

export type RenumberOrder = 'rows' | 'clockwise';

/** Centres closer than this vertically belong to the same row. */
const ROW_TOLERANCE_M = 1;

/**
 * Gives the stands the numbers 1…n: `rows` reads them like text (top row first, left to right),
 * `clockwise` walks round the room's centre starting at twelve o'clock. The input order is kept.
 */
export function renumberStands<T extends Stand>(
  stands: readonly T[],
  order: RenumberOrder,
  room: { width: number; depth: number },
): T[] {
  const indexed = stands.map((stand, index) => ({ stand, index, c: centreOf(stand) }));
  let sorted: typeof indexed;
  if (order === 'rows') {
    const byY = [...indexed].sort((a, b) => a.c.y - b.c.y || a.c.x - b.c.x);
    const rows: (typeof indexed)[] = [];
    for (const item of byY) {
      const row = rows[rows.length - 1];
      if (row && item.c.y - row[0].c.y <= ROW_TOLERANCE_M) row.push(item);
      else rows.push([item]);
    }
    sorted = rows.flatMap((row) => row.sort((a, b) => a.c.x - b.c.x));
  } else {
    const cx = room.width / 2;
    const cy = room.depth / 2;
    const angle = (p: { x: number; y: number }) => {
      const a = Math.atan2(p.x - cx, cy - p.y);
      return a < -1e-9 ? a + 2 * Math.PI : Math.max(a, 0);
    };
    const distance = (p: { x: number; y: number }) => Math.hypot(p.x - cx, p.y - cy);
    sorted = [...indexed].sort((a, b) => angle(a.c) - angle(b.c) || distance(a.c) - distance(b.c));
  }
  const numbers = new Map<number, string>();
  sorted.forEach((item, position) => numbers.set(item.index, String(position + 1)));
  return stands.map((stand, index) => ({ ...stand, number: numbers.get(index) ?? stand.number }));
}

/** The smallest positive whole number not yet used as a stand number. */
export function nextStandNumber(stands: readonly Stand[]): string {
  const used = new Set(stands.map((s) => s.number.trim()));
  let n = 1;
  while (used.has(String(n))) n++;
  return String(n);
}
