import { testStand } from './plan-test-data';
import { nextStandNumber, renumberStands } from './renumber';

const stand = (number: string, x: number, y: number) => testStand({ number, x, y });
const room = { width: 10, depth: 10 };

describe('renumberStands', () => {
  it('numbers row by row, left to right, tolerating small offsets within a row', () => {
    const stands = [stand('a', 6, 5), stand('b', 0, 0.5), stand('c', 3, 0), stand('d', 0, 5)];
    expect(renumberStands(stands, 'rows', room).map((s) => s.number)).toEqual(['4', '1', '2', '3']);
  });

  it('numbers clockwise from twelve o’clock around the room centre', () => {
    const top = stand('t', 4, 0);
    const right = stand('r', 8, 4.5);
    const bottom = stand('b', 4, 9);
    const left = stand('l', 0, 4.5);
    expect(renumberStands([left, bottom, top, right], 'clockwise', room).map((s) => s.number)).toEqual([
      '4',
      '3',
      '1',
      '2',
    ]);
  });

  it('keeps everything else of the stands', () => {
    const [renumbered] = renumberStands([{ ...stand('x', 1, 1), id: 's1' }], 'rows', room);
    expect(renumbered).toEqual({ ...stand('1', 1, 1), id: 's1' });
  });
});

describe('nextStandNumber', () => {
  it('fills the first gap', () => {
    expect(nextStandNumber([stand('1', 0, 0), stand('3', 0, 0)])).toBe('2');
    expect(nextStandNumber([])).toBe('1');
  });
});
