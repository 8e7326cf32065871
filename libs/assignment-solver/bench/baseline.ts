/**
 * The solver as it was before the work-budgeted search (matching, then one simulated-annealing run of
 * `effort` moves per exhibitor), frozen here so the bench and the tests can compare against today's
 * score. Not part of the library's runtime code.
 */
import { HardNeed, Reason, SolverExhibitor, SolverInput, SolverResult, SolverStand } from '../src/lib/model';
import { seededRandom } from '../src/lib/random';
import { fits, neighbourhood, pairScore, unmetNeeds } from '../src/lib/rules';

const DEFAULT_GAP_M = 1.0;
const DEFAULT_EFFORT = 200;

/** The problem with ids turned into indexes, shared by the solver, the scorer and the exact search. */
class Layout {
  readonly stands: readonly SolverStand[];
  readonly exhibitors: readonly SolverExhibitor[];
  readonly neighbours: number[][];
  /** Exhibitor indexes per stand. */
  readonly occupants: number[][];
  /** Stand index per exhibitor, -1 when unplaced. */
  readonly standOf: number[];
  private readonly pairCache = new Map<number, number>();

  constructor(input: SolverInput) {
    this.stands = input.stands;
    this.exhibitors = input.exhibitors;
    this.neighbours = neighbourhood(input.stands, input.neighbourGap ?? DEFAULT_GAP_M);
    this.occupants = input.stands.map(() => []);
    this.standOf = input.exhibitors.map(() => -1);
  }

  place(e: number, s: number): void {
    this.standOf[e] = s;
    this.occupants[s].push(e);
  }

  remove(e: number): void {
    const s = this.standOf[e];
    this.occupants[s].splice(this.occupants[s].indexOf(e), 1);
    this.standOf[e] = -1;
  }

  pair(a: number, b: number): number {
    const key = a < b ? a * 100003 + b : b * 100003 + a;
    let value = this.pairCache.get(key);
    if (value === undefined) {
      value = pairScore(this.exhibitors[a], this.exhibitors[b]);
      this.pairCache.set(key, value);
    }
    return value;
  }

  /** What exhibitor e adds at stand s with everyone currently placed, ignoring `skip`. */
  contribution(e: number, s: number, skip = -1): number {
    let sum = 0;
    for (const other of this.occupants[s]) if (other !== e && other !== skip) sum += this.pair(e, other);
    for (const n of this.neighbours[s])
      for (const other of this.occupants[n]) if (other !== e && other !== skip) sum += this.pair(e, other);
    return sum;
  }

  score(): number {
    let total = 0;
    this.standOf.forEach((s, e) => {
      if (s >= 0) total += this.contribution(e, s);
    });
    return total / 2;
  }
}

/** Assigns exhibitors to free places with augmenting paths: as many as the hard needs allow. */
function maximumPlacement(
  layout: Layout,
  free: number[],
  compatible: number[][],
  capacity: number[],
  locked: Set<number>,
): void {
  const freeLoad = (s: number) => layout.occupants[s].filter((o) => !locked.has(o)).length;
  const tryPlace = (e: number, visited: Uint8Array): boolean => {
    for (const s of compatible[e]) {
      if (visited[s]) continue;
      visited[s] = 1;
      if (freeLoad(s) < capacity[s]) {
        layout.place(e, s);
        return true;
      }
      for (const other of [...layout.occupants[s]]) {
        if (locked.has(other)) continue;
        layout.remove(other);
        layout.place(e, s);
        if (tryPlace(other, visited)) return true;
        layout.remove(e);
        layout.place(other, s);
      }
    }
    return false;
  };
  for (const e of free) tryPlace(e, new Uint8Array(layout.stands.length));
}

/**
 * Suggests a layout: hard needs (power, step-free, width, capacity) always hold and locked placements
 * never move; among such layouts it looks for neighbours with shared topics and honoured wishes and
 * avoids loud neighbours, by a seeded local search, so the same input gives the same answer.
 */
export function suggestBaseline(input: SolverInput & { effort?: number }): Omit<SolverResult, 'search'> {
  const layout = new Layout(input);
  const random = seededRandom(input.seed ?? 1);
  const standIndex = new Map(input.stands.map((s, i) => [s.id, i]));
  const exhibitorIndex = new Map(input.exhibitors.map((e, i) => [e.id, i]));

  const locked = new Set<number>();
  for (const { standId, exhibitorId } of input.locked ?? []) {
    const s = standIndex.get(standId);
    const e = exhibitorIndex.get(exhibitorId);
    if (s === undefined || e === undefined || locked.has(e)) continue;
    layout.place(e, s);
    locked.add(e);
  }
  const capacity = input.stands.map((stand, s) => Math.max(0, stand.capacity - layout.occupants[s].length));

  const free = input.exhibitors.map((_e, i) => i).filter((e) => !locked.has(e));
  const compatible = free.reduce<number[][]>((acc, e) => {
    acc[e] = shuffled(
      input.stands.map((_s, i) => i).filter((s) => capacity[s] > 0 && fits(input.exhibitors[e], input.stands[s])),
      random,
    );
    return acc;
  }, []);
  // The most constrained first, so the matching starts close to a maximum.
  free.sort((a, b) => compatible[a].length - compatible[b].length || a - b);
  maximumPlacement(layout, free, compatible, capacity, locked);

  improve(
    layout,
    free.filter((e) => layout.standOf[e] >= 0),
    compatible,
    capacity,
    locked,
    random,
    input.effort ?? DEFAULT_EFFORT,
  );

  const unplaceable = free
    .filter((e) => layout.standOf[e] < 0)
    .map((e) => ({
      exhibitorId: input.exhibitors[e].id,
      reasons: whyUnplaceable(input.exhibitors[e], input.stands, capacity),
    }));

  const placements = input.exhibitors
    .map((exhibitor, e) => ({ exhibitor, e, s: layout.standOf[e] }))
    .filter(({ s }) => s >= 0)
    .map(({ exhibitor, e, s }) => ({
      standId: input.stands[s].id,
      exhibitorId: exhibitor.id,
      reasons: reasonsFor(layout, e, s, locked.has(e)),
    }));
  return { placements, score: layout.score(), unplaceable };
}

/** Simulated annealing over moves to free places and swaps, keeping the best layout seen. */
function improve(
  layout: Layout,
  placed: number[],
  compatible: number[][],
  capacity: number[],
  locked: Set<number>,
  random: () => number,
  effort: number,
): void {
  if (placed.length === 0) return;
  const freeLoad = (s: number) => layout.occupants[s].filter((o) => !locked.has(o)).length;
  const iterations = effort * placed.length;
  let current = layout.score();
  let best = current;
  let bestStands = layout.standOf.slice();

  for (let i = 0; i < iterations; i++) {
    const temperature = 2 * (1 - i / iterations) + 0.01;
    const e = placed[Math.floor(random() * placed.length)];
    const from = layout.standOf[e];
    const options = compatible[e];
    const to = options[Math.floor(random() * options.length)];
    if (to === from) continue;

    if (freeLoad(to) < capacity[to]) {
      const delta = layout.contribution(e, to) - layout.contribution(e, from);
      if (delta >= 0 || random() < Math.exp(delta / temperature)) {
        layout.remove(e);
        layout.place(e, to);
        current += delta;
      }
    } else {
      const partners = layout.occupants[to].filter((o) => !locked.has(o) && compatible[o].includes(from));
      if (partners.length === 0) continue;
      const other = partners[Math.floor(random() * partners.length)];
      const before = layout.contribution(e, from, other) + layout.contribution(other, to, e);
      layout.remove(e);
      layout.remove(other);
      layout.place(e, to);
      layout.place(other, from);
      const delta = layout.contribution(e, to, other) + layout.contribution(other, from, e) - before;
      if (delta >= 0 || random() < Math.exp(delta / temperature)) {
        current += delta;
      } else {
        layout.remove(e);
        layout.remove(other);
        layout.place(e, from);
        layout.place(other, to);
      }
    }
    if (current > best + 1e-9) {
      best = current;
      bestStands = layout.standOf.slice();
    }
  }
  // Back to the best layout found.
  for (const e of placed) layout.remove(e);
  for (const e of placed) layout.place(e, bestStands[e]);
}

function reasonsFor(layout: Layout, e: number, s: number, isLocked: boolean): Reason[] {
  if (isLocked) return ['locked'];
  const exhibitor = layout.exhibitors[e];
  const reasons: Reason[] = [];
  if (exhibitor.needsPower) reasons.push('power');
  if (exhibitor.needsStepFree) reasons.push('step_free');
  if (exhibitor.width !== null) reasons.push('width');
  const around = [...layout.occupants[s], ...layout.neighbours[s].flatMap((n) => layout.occupants[n])].filter(
    (o) => o !== e,
  );
  if (around.some((o) => layout.exhibitors[o].topics.some((t) => exhibitor.topics.includes(t))))
    reasons.push('topic_neighbour');
  if (around.some((o) => exhibitor.wishes.includes(layout.exhibitors[o].id))) reasons.push('wish_honoured');
  return reasons;
}

/** If some free stand would fit, the places ran out; otherwise the needs that the free stands fail. */
function whyUnplaceable(
  exhibitor: SolverExhibitor,
  stands: readonly SolverStand[],
  capacity: number[],
): (HardNeed | 'no_free_stand')[] {
  const open = stands.filter((_s, i) => capacity[i] > 0);
  if (open.length === 0 || open.some((s) => fits(exhibitor, s))) return ['no_free_stand'];
  const unmet = new Set(open.flatMap((s) => unmetNeeds(exhibitor, s)));
  return (['power', 'step_free', 'width'] as const).filter((need) => unmet.has(need));
}

function shuffled<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
