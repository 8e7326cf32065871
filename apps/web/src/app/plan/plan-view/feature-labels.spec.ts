import { featureLabelPosition } from './feature-labels';

const room = { width: 32, depth: 20 };

describe('featureLabelPosition', () => {
  it('centres the label in a large feature such as the stage', () => {
    expect(featureLabelPosition({ left: 10, top: 0.5, right: 22, bottom: 4.5 }, room)).toEqual({
      x: 16,
      y: 2.5,
      anchor: 'middle',
      rotate: 0,
    });
  });

  it('puts the label of a door in the south wall above it, inside the room', () => {
    const position = featureLabelPosition({ left: 14, top: 19.8, right: 18, bottom: 20 }, room);
    expect(position.anchor).toBe('middle');
    expect(position.y).toBeLessThan(19.8);
  });

  it('runs the label of an exit in a side wall along the wall, just inside the room', () => {
    const west = featureLabelPosition({ left: 0, top: 9, right: 0.2, bottom: 10.5 }, room);
    expect(west).toMatchObject({ anchor: 'middle', rotate: 90, y: 9.75 });
    expect(west.x).toBeGreaterThan(0.2);
    expect(west.x).toBeLessThan(1);
    const east = featureLabelPosition({ left: 31.8, top: 9, right: 32, bottom: 10.5 }, room);
    expect(east).toMatchObject({ anchor: 'middle', rotate: -90, y: 9.75 });
    expect(east.x).toBeLessThan(31.8);
    expect(east.x).toBeGreaterThan(31);
  });
});
