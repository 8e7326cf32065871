import { PlanStand } from './plan-view.model';

/** For specs: `count` unrotated 2 × 2 m stands numbered 1, 2, … with the id and key `s1`, `s2`, …, placed by `at`. */
export function testStands(count: number, at: (index: number) => { x: number; y: number }): PlanStand[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `s${i + 1}`,
    key: `s${i + 1}`,
    number: String(i + 1),
    ...at(i),
    width: 2,
    depth: 2,
    rotation: 0,
  }));
}
