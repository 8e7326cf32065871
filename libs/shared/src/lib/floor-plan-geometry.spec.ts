import { FeatureKind, PlanIssueKind, Stand } from './floor-plan';
import { boxOf, gap, overlaps, planIssues } from './floor-plan-geometry';

const stand = (number: string, x: number, y: number, extra: Partial<Stand> = {}): Stand => ({
  number,
  x,
  y,
  width: 2,
  depth: 1,
  rotation: 0,
  hasPower: false,
  stepFree: true,
  capacity: 1,
  ...extra,
});

describe('floor plan geometry', () => {
  it('turns a stand by a quarter by swapping width and depth', () => {
    expect(boxOf(stand('1', 1, 1, { rotation: 90 }))).toEqual({ left: 1, top: 1, right: 2, bottom: 3 });
  });

  it('treats touching stands as neighbours, not as overlapping', () => {
    const a = boxOf(stand('1', 0, 0));
    const b = boxOf(stand('2', 2, 0));
    expect(overlaps(a, b)).toBe(false);
    expect(gap(a, b)).toBe(0);
    expect(overlaps(a, boxOf(stand('3', 1.5, 0.5)))).toBe(true);
  });

  it('flags overlaps, stands outside the room, a blocked exit and a repeated number', () => {
    const issues = planIssues({
      width: 10,
      depth: 8,
      stands: [stand('1', 0, 0), stand('2', 1, 0.5), stand('3', 9, 0), stand('4', 5, 6.5), stand('4', 0, 4)],
      features: [
        {
          id: 'exit-1',
          kind: FeatureKind.EmergencyExit,
          x: 5,
          y: 7.8,
          width: 1.2,
          depth: 0.2,
          rotation: 0,
          label: 'Notausgang Süd',
        },
      ],
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        { kind: PlanIssueKind.Overlap, subjects: ['1', '2'] },
        { kind: PlanIssueKind.OutsideRoom, subjects: ['3'] },
        { kind: PlanIssueKind.BlocksExit, subjects: ['Notausgang Süd', '4'] },
        { kind: PlanIssueKind.DuplicateNumber, subjects: ['4'] },
      ]),
    );
    expect(issues).toHaveLength(4);
  });
});
