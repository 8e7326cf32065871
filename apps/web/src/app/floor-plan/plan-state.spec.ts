import { addStand, duplicateElement, PlanState } from './plan-state';
import { rectsOverlap } from './plan-geometry';

const empty: PlanState = { width: 30, depth: 20, background: null, features: [], stands: [] };

describe('plan state', () => {
  it('adds stands of 2 × 2 m, left to right from the corner', () => {
    const first = addStand(empty).state;
    const second = addStand(first).state;
    expect(second.stands.map(({ x, y, width, depth }) => ({ x, y, width, depth }))).toEqual([
      { x: 1, y: 1, width: 2, depth: 2 },
      { x: 3.5, y: 1, width: 2, depth: 2 },
    ]);
  });

  it('puts a duplicate in the nearest free spot, overlapping nothing, with the next number', () => {
    let state = empty;
    for (let i = 0; i < 3; i++) state = addStand(state).state;
    const result = duplicateElement(state, { type: 'stand', key: state.stands[1].key })!;
    const copy = result.state.stands[3];
    expect(copy.number).toBe('4');
    expect(result.ref).toEqual({ type: 'stand', key: copy.key });
    for (const other of state.stands) expect(rectsOverlap(copy, other)).toBe(false);
    // close by: within a stand's size of the original
    expect(Math.abs(copy.x - state.stands[1].x) + Math.abs(copy.y - state.stands[1].y)).toBeLessThanOrEqual(3);
  });
});
