import { FeatureKind, FloorFeature, PlanIssue, PlanIssueKind, Stand, planIssues } from '@markt/shared';
import fc from 'fast-check';
import {
  Box,
  blocksExit,
  boxesOverlap,
  findPlanIssues,
  footprint,
  isOutsideRoom,
  nearestFreeSpot,
  resizeRect,
  overlappingPairs,
  pointInPolygon,
  rectsOverlap,
  snapToGrid,
} from './plan-geometry';
import { testStand } from './plan-test-data';

const stand = (number: string, x: number, y: number, width = 2, depth = 1, rotation: Stand['rotation'] = 0) =>
  testStand({ number, x, y, width, depth, rotation });
const exit = (x: number, y: number): FloorFeature => ({
  id: 'exit-1',
  kind: FeatureKind.EmergencyExit,
  x,
  y,
  width: 1,
  depth: 0.5,
  rotation: 0,
});

describe('snapToGrid', () => {
  it('snaps to half metres', () => {
    expect(snapToGrid(1.2)).toBe(1);
    expect(snapToGrid(1.3)).toBe(1.5);
    expect(snapToGrid(-0.2)).toBe(-0);
  });
});

describe('footprint', () => {
  it('is the rectangle itself without rotation', () => {
    expect(footprint(stand('1', 1, 2, 3, 1))).toEqual({ left: 1, top: 2, right: 4, bottom: 3 });
  });

  it('keeps the top-left corner and swaps width and depth on a quarter turn', () => {
    expect(footprint(stand('1', 0, 0, 4, 2, 90))).toEqual({ left: 0, top: 0, right: 2, bottom: 4 });
    expect(footprint(stand('1', 0, 0, 4, 2, 180))).toEqual({ left: 0, top: 0, right: 4, bottom: 2 });
  });
});

describe('rectsOverlap', () => {
  it('finds overlapping stands', () => {
    expect(rectsOverlap(stand('1', 0, 0), stand('2', 1, 0.5))).toBe(true);
  });

  it('lets stands touch edge to edge', () => {
    expect(rectsOverlap(stand('1', 0, 0), stand('2', 2, 0))).toBe(false);
  });

  it('takes the rotation into account', () => {
    // 4 × 1 turned upright covers x 0…1, y 0…4
    const upright = stand('1', 0, 0, 4, 1, 90);
    expect(rectsOverlap(upright, stand('2', 2, 0, 1, 1))).toBe(false);
    expect(rectsOverlap(upright, stand('2', 0.5, 3, 1, 1))).toBe(true);
  });
});

/** A 10 × 10 m room without its corner x 4…10, y 4…10. */
const L_SHAPE: [number, number][] = [
  [0, 0],
  [10, 0],
  [10, 4],
  [4, 4],
  [4, 10],
  [0, 10],
];

describe('pointInPolygon', () => {
  it('knows inside, outside and boundary', () => {
    expect(pointInPolygon([2, 8], L_SHAPE)).toBe(true);
    expect(pointInPolygon([8, 8], L_SHAPE)).toBe(false);
    expect(pointInPolygon([10, 2], L_SHAPE)).toBe(true);
  });
});

describe('isOutsideRoom', () => {
  const room = { width: 10, depth: 8 };
  it('accepts a stand inside the room, even along the wall', () => {
    expect(isOutsideRoom(stand('1', 8, 7), room)).toBe(false);
  });

  it('reports a stand that sticks out', () => {
    expect(isOutsideRoom(stand('1', 9, 7), room)).toBe(true);
    expect(isOutsideRoom(stand('1', -0.5, 0), room)).toBe(true);
  });

  it('uses the outline when there is one', () => {
    const lRoom = { width: 10, depth: 10, outline: L_SHAPE };
    expect(isOutsideRoom(stand('1', 6, 6), lRoom)).toBe(true);
    expect(isOutsideRoom(stand('1', 1, 6), lRoom)).toBe(false);
  });
});

describe('blocksExit', () => {
  it('reports a stand within the clearance of an exit', () => {
    expect(blocksExit(stand('1', 0, 1.5), exit(0, 0))).toBe(true);
  });

  it('accepts a stand outside the clearance', () => {
    expect(blocksExit(stand('1', 0, 2.5), exit(0, 0))).toBe(false);
    expect(blocksExit(stand('1', 3, 0), exit(0, 0))).toBe(false);
  });
});

describe('findPlanIssues', () => {
  it('lists duplicates, overlaps, stands outside the room and blocked exits', () => {
    const issues = findPlanIssues({
      width: 10,
      depth: 10,
      features: [exit(4, 0)],
      stands: [stand('1', 0, 5), stand('1', 1, 5), stand('3', 9, 9), stand('4', 4, 1)],
    });
    expect(issues).toEqual([
      { kind: PlanIssueKind.Overlap, subjects: ['1', '1'] },
      { kind: PlanIssueKind.OutsideRoom, subjects: ['3'] },
      { kind: PlanIssueKind.BlocksExit, subjects: ['exit-1', '4'] },
      { kind: PlanIssueKind.DuplicateNumber, subjects: ['1'] },
    ]);
  });

  it('agrees with the server’s check on a rectangular room', () => {
    const plan = {
      width: 10,
      depth: 10,
      features: [exit(4, 0)],
      stands: [stand('1', 0, 5), stand('2', 1, 5, 2, 1, 90), stand('3', 9, 9), stand('4', 4, 1), stand('5', 6, 8)],
    };
    expect(findPlanIssues(plan)).toEqual(planIssues(plan));
  });

  it('finds nothing in a clean plan', () => {
    expect(
      findPlanIssues({ width: 10, depth: 10, features: [], stands: [stand('1', 0, 0), stand('2', 3, 0)] }),
    ).toEqual([]);
  });
});

describe('overlappingPairs', () => {
  /** Every pair, in order: what the sweep has to agree with. */
  const naive = (boxes: Box[]) => {
    const pairs: [number, number][] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) if (boxesOverlap(boxes[i], boxes[j])) pairs.push([i, j]);
    return pairs;
  };
  // half-metre positions and sizes: many shared and touching edges, as on real plans
  const half = (min: number, max: number) => fc.integer({ min: min * 2, max: max * 2 }).map((n) => n / 2);
  const rect = fc.record({
    x: half(0, 12),
    y: half(0, 12),
    width: half(0.5, 4),
    depth: half(0.5, 4),
    rotation: fc.constantFrom<Stand['rotation']>(0, 90, 180, 270),
  });

  it('finds the same pairs in the same order as checking every pair', () => {
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 40 }), (rects) => {
        const boxes = rects.map(footprint);
        expect(overlappingPairs(boxes)).toEqual(naive(boxes));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps findPlanIssues reporting what the server reports (the server lists them in another order)', () => {
    const sorted = (issues: PlanIssue[]) => issues.map((issue) => JSON.stringify(issue)).sort();
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 30 }), (rects) => {
        const plan = {
          width: 14,
          depth: 14,
          features: [exit(6, 0)],
          stands: rects.map((r, i) => stand(String(i % 25), r.x, r.y, r.width, r.depth, r.rotation)),
        };
        expect(sorted(findPlanIssues(plan))).toEqual(sorted(planIssues(plan)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('resizeRect', () => {
  it('moves the dragged corner and keeps the opposite one', () => {
    const rect = stand('1', 2, 2, 2, 1);
    expect(resizeRect(rect, 'se', { x: 5, y: 4 }, 0.5)).toEqual({ x: 2, y: 2, width: 3, depth: 2 });
    expect(resizeRect(rect, 'nw', { x: 1, y: 1 }, 0.5)).toEqual({ x: 1, y: 1, width: 3, depth: 2 });
  });

  it('never makes a side smaller than the minimum, even when dragged past the other corner', () => {
    expect(resizeRect(stand('1', 2, 2, 2, 1), 'se', { x: 0, y: 0 }, 0.5)).toEqual({
      x: 2,
      y: 2,
      width: 0.5,
      depth: 0.5,
    });
  });

  it('gives width and depth as stored for a quarter-turned stand', () => {
    // 2 × 1 turned by 90° covers 1 m across and 2 m down
    const next = resizeRect(stand('1', 0, 0, 2, 1, 90), 'se', { x: 1.5, y: 3 }, 0.5);
    expect(next).toEqual({ x: 0, y: 0, width: 3, depth: 1.5 });
    expect(footprint({ ...next, rotation: 90 })).toEqual({ left: 0, top: 0, right: 1.5, bottom: 3 });
  });
});

describe('nearestFreeSpot', () => {
  const room = { width: 20, depth: 10 };

  it('puts a copy right beside the original when there is room', () => {
    const original = stand('1', 4, 4, 2, 2);
    const spot = nearestFreeSpot(original, [original], room)!;
    const copy = { ...original, ...spot };
    expect(rectsOverlap(copy, original)).toBe(false);
    expect(Math.hypot(spot.x - 4, spot.y - 4)).toBeLessThanOrEqual(2 * Math.SQRT2);
  });

  it('skips taken places and stays inside the room', () => {
    const row = [0, 2, 4, 6].map((x, i) => stand(String(i + 1), x, 0, 2, 2));
    const spot = nearestFreeSpot(row[0], row, room)!;
    const copy = { ...row[0], ...spot };
    expect(row.some((other) => rectsOverlap(copy, other))).toBe(false);
    expect(isOutsideRoom(copy, room)).toBe(false);
  });

  it('finds no spot in a full room', () => {
    const full = stand('1', 0, 0, 4, 4);
    expect(nearestFreeSpot(full, [full], { width: 4, depth: 4 })).toBeNull();
  });

  it('never overlaps anything, wherever the stands are (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: 0, max: 16 }), y: fc.integer({ min: 0, max: 8 }) }), {
          minLength: 1,
          maxLength: 12,
        }),
        (places) => {
          const stands = places.map((p, i) => stand(String(i), p.x, p.y, 2, 2));
          const spot = nearestFreeSpot(stands[0], stands, room);
          if (!spot) return;
          const copy = { ...stands[0], ...spot };
          expect(stands.some((other) => rectsOverlap(copy, other))).toBe(false);
          expect(isOutsideRoom(copy, room)).toBe(false);
        },
      ),
    );
  });
});
