/** Zoom is a multiple of the fitted size: 1 shows the whole room in the box. */
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 8;
const STEPS = [1, 1.5, 2, 3, 4, 6, 8];

export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

/** The next zoom step in a direction (buttons and the +/- keys). */
export function zoomStep(zoom: number, direction: 1 | -1): number {
  if (direction > 0) return STEPS.find((z) => z > zoom + 1e-6) ?? MAX_ZOOM;
  return [...STEPS].reverse().find((z) => z < zoom - 1e-6) ?? MIN_ZOOM;
}

/** Zoom after a wheel turn (Ctrl + wheel, or a touchpad pinch, which browsers report the same way). */
export function wheelZoom(zoom: number, deltaY: number): number {
  return clampZoom(zoom * Math.exp(-deltaY / 300));
}

/** Zoom after two fingers moved from `before` to `after` pixels apart. */
export function pinchZoom(zoom: number, before: number, after: number): number {
  return before > 0 ? clampZoom((zoom * after) / before) : zoom;
}

/**
 * Scroll offset that keeps the point under the pointer (`at`, pixels from the box's edge) in place when
 * the drawing grows from `before` to `after`.
 */
export function keepInPlace(scroll: number, at: number, before: number, after: number): number {
  return Math.max(0, ((scroll + at) * after) / before - at);
}

export type Direction = 'left' | 'right' | 'up' | 'down';
export const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};
/** One step that way, in x and y. */
export const STEP: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/**
 * The index of the nearest point in a direction from `from` (for moving between stands with the arrow
 * keys): only points lying more that way than sideways count; null when there is none.
 */
export function nearestInDirection(
  points: readonly { x: number; y: number }[],
  from: { x: number; y: number },
  direction: Direction,
): number | null {
  let best: number | null = null;
  let bestScore = Infinity;
  points.forEach((p, index) => {
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const along = direction === 'left' ? -dx : direction === 'right' ? dx : direction === 'up' ? -dy : dy;
    const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 1e-6 || across > along) return;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = index;
    }
  });
  return best;
}
