import { AssignmentsView } from '@markt/shared';
import { planDrop } from './drop-plan';

const view = (assignments: { standId: string; applicationId: string }[]): AssignmentsView => ({
  assignments,
  unplaced: [],
  candidates: [],
  conflicts: [],
});

describe('planDrop', () => {
  it('puts an unplaced project on a free stand', () => {
    expect(planDrop(view([]), { key: 's1', capacity: 1 }, 'a')).toEqual({
      kind: 'place',
      standKey: 's1',
      applicationId: 'a',
      from: null,
    });
  });

  // a on s1, b on s2
  const twoPlaced = view([
    { standId: 's1', applicationId: 'a' },
    { standId: 's2', applicationId: 'b' },
  ]);

  it('moves a placed project to a stand with a free place, naming where it came from', () => {
    expect(planDrop(twoPlaced, { key: 's2', capacity: 2 }, 'a')).toEqual({
      kind: 'place',
      standKey: 's2',
      applicationId: 'a',
      from: 's1',
    });
  });

  it('exchanges a placed project with the occupant of a full stand', () => {
    expect(planDrop(twoPlaced, { key: 's2', capacity: 1 }, 'a')).toEqual({
      kind: 'exchange',
      standKey: 's2',
      applicationId: 'a',
      withApplicationId: 'b',
      from: 's1',
    });
  });

  it('gives an unplaced project the place of the occupant of a full stand', () => {
    const v = view([{ standId: 's2', applicationId: 'b' }]);
    expect(planDrop(v, { key: 's2', capacity: 1 }, 'a')).toMatchObject({
      kind: 'exchange',
      withApplicationId: 'b',
      from: null,
    });
  });

  it('does nothing when a project is dropped on its own stand', () => {
    const v = view([{ standId: 's1', applicationId: 'a' }]);
    expect(planDrop(v, { key: 's1', capacity: 1 }, 'a')).toEqual({ kind: 'none' });
  });
});
