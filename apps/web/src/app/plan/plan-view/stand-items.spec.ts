import { StandItems, StandsState } from './stand-items';
import { testStands } from './plan-view.testing';
import { standView } from './stand-view';

const state: StandsState = {
  labelSize: 0.6,
  marks: true,
  captions: {},
  occupants: {},
  selected: null,
  flagged: new Set(),
  conflicted: new Set(),
  highlighted: null,
  cursor: null,
  drops: [],
};
const stands = testStands(250, (i) => ({ x: (i % 25) * 2, y: Math.floor(i / 25) * 3 }));

describe('StandItems', () => {
  it('keeps the items and groups of unchanged stands, so a drag step redraws only the dragged stand’s group', () => {
    const items = new StandItems(100);
    const first = items.groupsOf(stands.map(standView), state);
    expect(first.map((g) => g.length)).toEqual([100, 100, 50]);

    const moved = stands.map((s) => (s.key === 's150' ? { ...s, x: s.x + 0.5 } : s));
    const next = items.groupsOf(moved.map(standView), state);
    expect(next[0]).toBe(first[0]);
    expect(next[2]).toBe(first[2]);
    expect(next[1]).not.toBe(first[1]);
    expect(next[1].filter((item, i) => item !== first[1][i]).map((item) => item.view.key)).toEqual(['s150']);
  });

  it('makes a new item when how a stand looks changes: selected, flagged, reached by the keys', () => {
    const items = new StandItems(100);
    const views = stands.map(standView);
    const before = items.groupsOf(views, state)[0];
    const after = items.groupsOf(views, {
      ...state,
      selected: { type: 'stand', key: 's1' },
      flagged: new Set(['2']),
      cursor: 's3',
    })[0];
    expect(after[0]).toMatchObject({ selected: true, issue: false, cursor: false });
    expect(after[1]).toMatchObject({ selected: false, issue: true });
    expect(after[2]).toMatchObject({ cursor: true });
    expect(after[3]).toBe(before[3]);
  });
});
