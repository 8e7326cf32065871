import { Assignment } from './assignment';

/**
 * Places as many free exhibitors as the hard needs and places allow (a maximum b-matching by augmenting
 * paths). `order` is the order exhibitors are tried in and `options` the order stands are tried in; both come
 * seeded from the caller, so different seeds give different maximum layouts.
 */
export function placeMaximum(layout: Assignment, order: readonly number[], options: readonly Int32Array[]): void {
  const { problem } = layout;
  const visited = new Int32Array(problem.standCount);
  let stamp = 0;
  const tryPlace = (e: number): boolean => {
    for (const s of options[e]) {
      if (visited[s] === stamp) continue;
      visited[s] = stamp;
      if (layout.hasFreePlace(s)) {
        layout.put(e, s);
        return true;
      }
      for (const other of Array.from(layout.occupants(s))) {
        if (problem.lockedAt[other] >= 0) continue;
        layout.take(other);
        layout.put(e, s);
        if (tryPlace(other)) return true;
        layout.take(e);
        layout.put(other, s);
      }
    }
    return false;
  };
  for (const e of order) {
    if (layout.standOf[e] >= 0) continue;
    stamp++;
    tryPlace(e);
  }
  layout.score = layout.fullScore();
}
