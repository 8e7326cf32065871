import { average, changedFields, reviewTotal } from './review-math';

describe('review arithmetic', () => {
  it('averages a review over its criteria and the application over counting reviews', () => {
    expect(reviewTotal([5, 4, 3])).toBe(4);
    expect(
      average([
        { scores: [5, 5, 5], conflictOfInterest: false },
        { scores: [2, 3, 4], conflictOfInterest: false },
        { scores: null, conflictOfInterest: true },
      ]),
    ).toBe(4);
    expect(average([{ scores: null, conflictOfInterest: true }])).toBeNull();
  });

  it('lists exactly the fields that changed, treating missing and null alike', () => {
    expect(
      changedFields(
        {
          projectTitle: 'A',
          topics: ['x'],
          needsPower: false,
          otherWishes: undefined,
        },
        { projectTitle: 'B', topics: ['x', 'y'], needsPower: false },
      ),
    ).toEqual(['projectTitle', 'topics']);
  });

  it('reads an unticked checkbox like an unanswered one, but a "no" to a question as an answer', () => {
    expect(changedFields({ needsPower: undefined, hasHandsOnOffer: undefined }, { needsPower: false })).toEqual([]);
    expect(changedFields({}, { hasHandsOnOffer: false })).toEqual(['hasHandsOnOffer']);
    expect(changedFields({ needsPower: false }, { needsPower: true })).toEqual(['needsPower']);
  });
});
