import { keepInPlace, MAX_ZOOM, nearestInDirection, pinchZoom, wheelZoom, zoomStep } from './plan-zoom';

describe('plan zoom', () => {
  it('steps up and down between the fitted size and the largest zoom', () => {
    expect(zoomStep(1, 1)).toBe(1.5);
    expect(zoomStep(1.7, 1)).toBe(2);
    expect(zoomStep(1, -1)).toBe(1);
    expect(zoomStep(MAX_ZOOM, 1)).toBe(MAX_ZOOM);
    expect(zoomStep(3, -1)).toBe(2);
  });

  it('zooms in on a wheel turned forward and by the ratio of a pinch, within the limits', () => {
    expect(wheelZoom(2, -100)).toBeGreaterThan(2);
    expect(wheelZoom(1, 500)).toBe(1);
    expect(pinchZoom(2, 100, 150)).toBe(3);
    expect(pinchZoom(8, 100, 300)).toBe(MAX_ZOOM);
  });

  it('keeps the point under the pointer in place', () => {
    // 100 px scrolled, pointer 50 px into the box: the point at 150 px becomes 300 px when doubled
    expect(keepInPlace(100, 50, 1, 2)).toBe(250);
    expect(keepInPlace(0, 10, 2, 1)).toBe(0);
  });

  it('finds the nearest stand in a direction, preferring the one in line', () => {
    const stands = [
      { x: 0, y: 0 },
      { x: 3, y: 0 },
      { x: 3, y: 2.5 },
      { x: 6, y: 0 },
    ];
    expect(nearestInDirection(stands, stands[0], 'right')).toBe(1);
    expect(nearestInDirection(stands, stands[1], 'down')).toBe(2);
    expect(nearestInDirection(stands, stands[0], 'left')).toBeNull();
  });
});
