import {
  addPoint,
  applyOutline,
  canClose,
  moveVertex,
  outlineKey,
  removeOutline,
  removeVertex,
  startOutline,
} from './plan-outline';
import { PlanState } from './plan-state';

const plan: PlanState = { width: 30, depth: 20, background: null, features: [], stands: [] };

describe('room outline editing', () => {
  it('draws an L-shaped room point by point and applies it with its extent as room size', () => {
    let draft = startOutline(plan, true);
    const corners: [number, number][] = [
      [0, 0],
      [24, 0],
      [24, 10],
      [12, 10],
      [12, 18],
      [0, 18],
    ];
    for (const [x, y] of corners) draft = addPoint(draft, x, y);
    expect(draft.closed).toBe(false);
    expect(canClose(draft)).toBe(true);
    const next = applyOutline(plan, draft);
    expect(next.outline).toEqual(corners);
    expect([next.width, next.depth]).toEqual([24, 18]);
  });

  it('closes when the first corner is clicked again, and ignores a double click on the same spot', () => {
    let draft = startOutline(plan, true);
    draft = addPoint(addPoint(addPoint(addPoint(draft, 0, 0), 10, 0), 10, 0), 5, 8);
    expect(draft.points).toHaveLength(3);
    draft = addPoint(draft, 0, 0);
    expect(draft.closed).toBe(true);
    expect(addPoint(draft, 3, 3)).toBe(draft);
  });

  it('moves and deletes corners; fewer than three corners cannot be applied', () => {
    const start = startOutline(
      {
        ...plan,
        outline: [
          [0, 0],
          [10, 0],
          [10, 8],
          [0, 8],
        ],
      },
      false,
    );
    expect(start.closed).toBe(true);
    const moved = moveVertex(start, 2, 12.5, 9);
    expect(moved.points[2]).toEqual([12.5, 9]);
    const fewer = removeVertex(removeVertex(moved, 0), 0);
    expect(fewer.closed).toBe(false);
    expect(canClose(fewer)).toBe(false);
    expect(applyOutline(plan, fewer)).toBe(plan);
  });

  it('keeps corners inside the range the server accepts', () => {
    const draft = addPoint(startOutline(plan, true), -3, 500);
    expect(draft.points[0]).toEqual([0, 200]);
  });

  it('goes back to a rectangle', () => {
    const withOutline = {
      ...plan,
      outline: [
        [0, 0],
        [5, 0],
        [0, 5],
      ] as [number, number][],
    };
    expect(removeOutline(withOutline).outline).toBeUndefined();
    expect(removeOutline(plan)).toBe(plan);
  });

  it('draws a room by keyboard: arrows move the cross-hair from the last corner, Enter sets a corner, the first closes', () => {
    const key = (draft: ReturnType<typeof startOutline>, name: string, shiftKey = false) =>
      outlineKey(draft, new KeyboardEvent('keydown', { key: name, shiftKey })) ?? draft;
    let draft = key(startOutline(plan, true), 'Enter');
    expect(draft.points).toEqual([[0, 0]]);
    for (let i = 0; i < 4; i++) draft = key(draft, 'ArrowRight', true);
    draft = key(draft, 'ArrowRight');
    expect(draft.cursor).toEqual([4.5, 0]);
    draft = key(draft, 'Enter');
    for (let i = 0; i < 3; i++) draft = key(draft, 'ArrowDown', true);
    draft = key(draft, ' ');
    expect(draft.points).toEqual([
      [0, 0],
      [4.5, 0],
      [4.5, 3],
    ]);
    // The cross-hair cannot leave the plan's range.
    draft = key(key(draft, 'ArrowUp', true), 'ArrowUp', true);
    draft = key(key(key(key(draft, 'ArrowUp', true), 'ArrowUp', true), 'ArrowLeft', true), 'ArrowLeft', true);
    for (let i = 0; i < 3; i++) draft = key(draft, 'ArrowLeft', true);
    expect(draft.cursor).toEqual([0, 0]);
    draft = key(draft, 'Enter');
    expect(draft.closed).toBe(true);
    expect(draft.points).toHaveLength(3);
    expect(outlineKey(draft, new KeyboardEvent('keydown', { key: 'ArrowLeft' }))).toBeNull();
    expect(outlineKey(startOutline(plan, true), new KeyboardEvent('keydown', { key: 'x' }))).toBeNull();
  });
});
