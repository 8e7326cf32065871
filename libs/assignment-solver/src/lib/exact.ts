import { Placement, SolverInput } from './model';
import { fits } from './rules';
import { layoutScore } from './solver';

/**
 * The best layout by trying every one: most exhibitors placed, then the highest score.
 * Exponential, so only for tiny instances, where it tells how far the heuristic is from optimal.
 */
export function exactBest(input: SolverInput): { placed: number; score: number; placements: Placement[] } {
  const locked = input.locked ?? [];
  const lockedIds = new Set(locked.map((l) => l.exhibitorId));
  const free = input.exhibitors.filter((e) => !lockedIds.has(e.id));
  const load = new Map<string, number>();
  for (const l of locked) load.set(l.standId, (load.get(l.standId) ?? 0) + 1);

  let best = { placed: -1, score: -Infinity, placements: [] as Placement[] };
  const current: Placement[] = [...locked];
  const visit = (i: number) => {
    if (i === free.length) {
      const placed = current.length - locked.length;
      if (placed < best.placed) return;
      const score = layoutScore(input, current);
      if (placed > best.placed || score > best.score) best = { placed, score, placements: [...current] };
      return;
    }
    const exhibitor = free[i];
    for (const stand of input.stands) {
      if ((load.get(stand.id) ?? 0) >= stand.capacity || !fits(exhibitor, stand)) continue;
      load.set(stand.id, (load.get(stand.id) ?? 0) + 1);
      current.push({ standId: stand.id, exhibitorId: exhibitor.id });
      visit(i + 1);
      current.pop();
      load.set(stand.id, (load.get(stand.id) ?? 0) - 1);
    }
    visit(i + 1); // or leave this one out
  };
  visit(0);
  return best;
}
