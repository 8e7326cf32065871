import { AssignmentsView } from '@markt/shared';
import { DropPlan, planDrop } from './drop-plan';

const view = (assignments: { standId: string; applicationId: string }[]): AssignmentsView => ({
  assignments,
  unplaced: [],
  candidates: [],
  conflicts: [],
});

// a on s1, b on s2
const twoPlaced = view([
  { standId: 's1', applicationId: 'a' },
  { standId: 's2', applicationId: 'b' },
]);
const bOnS2 = view([{ standId: 's2', applicationId: 'b' }]);
const aOnS1 = view([{ standId: 's1', applicationId: 'a' }]);

describe('planDrop of project a', () => {
  it.each<[string, AssignmentsView, { key: string; capacity: number }, DropPlan]>([
    [
      'puts an unplaced project on a free stand',
      view([]),
      { key: 's1', capacity: 1 },
      { kind: 'place', standKey: 's1', applicationId: 'a', from: null },
    ],
    [
      'moves a placed project to a stand with a free place, naming where it came from',
      twoPlaced,
      { key: 's2', capacity: 2 },
      { kind: 'place', standKey: 's2', applicationId: 'a', from: 's1' },
    ],
    [
      'exchanges a placed project with the occupant of a full stand',
      twoPlaced,
      { key: 's2', capacity: 1 },
      { kind: 'exchange', standKey: 's2', applicationId: 'a', withApplicationId: 'b', from: 's1' },
    ],
    [
      'gives an unplaced project the place of the occupant of a full stand',
      bOnS2,
      { key: 's2', capacity: 1 },
      { kind: 'exchange', standKey: 's2', applicationId: 'a', withApplicationId: 'b', from: null },
    ],
    ['does nothing when a project is dropped on its own stand', aOnS1, { key: 's1', capacity: 1 }, { kind: 'none' }],
  ])('%s', (_case, assignments, stand, expected) => {
    expect(planDrop(assignments, stand, 'a')).toEqual(expected);
  });
});
