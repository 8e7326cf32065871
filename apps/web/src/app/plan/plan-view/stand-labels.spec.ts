import { abbreviate, labelFits, labelSizeM, MIN_LABEL_PX, standLabel } from './stand-labels';
import { standView } from './stand-view';

const stand = (number: string, width: number, depth: number) =>
  standView({ number, x: 0, y: 0, width, depth, rotation: 0, hasPower: true, stepFree: true, capacity: 1 });

describe('stand labels', () => {
  it('are never smaller than 10 screen pixels', () => {
    expect(labelSizeM(null)).toBe(0.6);
    expect(labelSizeM(40)).toBe(0.6);
    expect(labelSizeM(10) * 10).toBeCloseTo(MIN_LABEL_PX);
  });

  it('hide a number that would not fit legibly, to show it on hover or selection', () => {
    const small = stand('117', 1, 1);
    expect(labelFits('117', small.box, 0.6)).toBe(false);
    expect(standLabel(small, 0.6, false).tight).toBe(true);
    expect(standLabel(stand('7', 2, 2), 0.6, false).tight).toBe(false);
  });

  it('add the equipment marks only where they fit beside the number', () => {
    expect(standLabel(stand('12', 4, 2), 0.6, true).text).toBe('12 ⚡ ♿');
    expect(standLabel(stand('12', 2, 2), 0.6, true).text).toBe('12');
  });

  it('cut captions to the width of the stand', () => {
    const label = standLabel(stand('3', 2, 2), 0.6, true, ['Verein Brückenbau e. V.']);
    expect(label.captions[0].endsWith('…')).toBe(true);
    expect(label.captions[0].length).toBeLessThan(8);
    expect(abbreviate('Café', 10)).toBe('Café');
  });
});
