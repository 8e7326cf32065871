import { SCORE, SolverExhibitor, SolverInput, SolverStand } from './model';
import { fits, neighbourhood, pairScore } from './rules';

export const DEFAULT_GAP_M = 1.0;
/** Above this many exhibitors the pair scores are computed on demand instead of kept in an n × n table. */
const DENSE_PAIRS_UP_TO = 4096;

/**
 * The input with ids turned into indexes and everything the search asks millions of times precomputed:
 * neighbour lists, pair scores, which stands fit whom, the places locks leave free. Read-only.
 */
export class Problem {
  readonly stands: readonly SolverStand[];
  readonly exhibitors: readonly SolverExhibitor[];
  readonly standCount: number;
  readonly exhibitorCount: number;
  /** Neighbouring stands (not the stand itself) by stand index. */
  readonly neighbours: Int32Array[];
  /** Stand index of each locked exhibitor, -1 for the others. */
  readonly lockedAt: Int32Array;
  /** Places per stand that locks leave for the others. */
  readonly freePlaces: Int32Array;
  /** Exhibitors that are not locked, in index order. */
  readonly free: Int32Array;
  /** Per exhibitor: the stands with a free place that meet its hard needs, in index order (none if locked). */
  readonly options: Int32Array[];
  /** Per exhibitor: the others it scores best with (a bounded list), for moves that bring them together. */
  readonly friends: Int32Array[];
  private readonly fit: Uint8Array;
  /** Pair scores as an n × n table (row a, column b), or null for very many exhibitors. */
  readonly dense: Int16Array | null;
  private readonly sparse = new Map<number, number>();

  constructor(input: SolverInput) {
    this.stands = input.stands;
    this.exhibitors = input.exhibitors;
    const m = (this.standCount = input.stands.length);
    const n = (this.exhibitorCount = input.exhibitors.length);
    this.neighbours = neighbourhood(input.stands, input.neighbourGap ?? DEFAULT_GAP_M).map((l) => Int32Array.from(l));

    const standIndex = new Map(input.stands.map((s, i) => [s.id, i]));
    const exhibitorIndex = new Map(input.exhibitors.map((e, i) => [e.id, i]));
    this.lockedAt = new Int32Array(n).fill(-1);
    const lockedCount = new Int32Array(m);
    for (const { standId, exhibitorId } of input.locked ?? []) {
      const s = standIndex.get(standId);
      const e = exhibitorIndex.get(exhibitorId);
      if (s === undefined || e === undefined || this.lockedAt[e] >= 0) continue;
      this.lockedAt[e] = s;
      lockedCount[s]++;
    }
    this.freePlaces = Int32Array.from(input.stands, (stand, s) => Math.max(0, stand.capacity - lockedCount[s]));
    this.free = Int32Array.from({ length: n }, (_v, e) => e).filter((e) => this.lockedAt[e] < 0);

    this.fit = new Uint8Array(n * m);
    this.options = Array.from({ length: n }, () => new Int32Array(0));
    const open = input.stands.map((_stand, s) => s).filter((s) => this.freePlaces[s] > 0);
    for (const e of this.free) {
      const own: number[] = [];
      for (const s of open) {
        if (fits(input.exhibitors[e], input.stands[s])) {
          this.fit[e * m + s] = 1;
          own.push(s);
        }
      }
      this.options[e] = Int32Array.from(own);
    }

    this.dense = n <= DENSE_PAIRS_UP_TO ? pairTable(input.exhibitors) : null;
    this.friends = friendLists(this, input.exhibitors);
  }

  /** Free exhibitor e may take a free place on stand s (hard needs met, a place not taken by locks). */
  fits(e: number, s: number): boolean {
    return this.fit[e * this.standCount + s] === 1;
  }

  /** What a and b add to the score when they stand side by side or share a stand. */
  pair(a: number, b: number): number {
    if (this.dense) return this.dense[a * this.exhibitorCount + b];
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const key = lo * this.exhibitorCount + hi;
    let value = this.sparse.get(key);
    if (value === undefined) {
      value = pairScore(this.exhibitors[lo], this.exhibitors[hi]);
      this.sparse.set(key, value);
    }
    return value;
  }
}

const FRIENDS_KEPT = 48;

/** The best partners of everyone; with many exhibitors only those sharing a topic or a wish are looked at. */
function friendLists(problem: Problem, exhibitors: readonly SolverExhibitor[]): Int32Array[] {
  const n = exhibitors.length;
  const byTopic = new Map<string, number[]>();
  const index = new Map(exhibitors.map((e, i) => [e.id, i]));
  const wishedBy: number[][] = exhibitors.map(() => []);
  exhibitors.forEach((e, i) => {
    for (const t of e.topics) {
      const holders = byTopic.get(t);
      if (holders) holders.push(i);
      else byTopic.set(t, [i]);
    }
    for (const id of e.wishes) {
      const j = index.get(id);
      if (j !== undefined) wishedBy[j].push(i);
    }
  });
  const all = Array.from({ length: n }, (_v, i) => i);
  return exhibitors.map((e, a) => {
    const candidates =
      n <= DENSE_PAIRS_UP_TO
        ? all
        : [
            ...new Set([
              ...e.wishes.map((id) => index.get(id) ?? a),
              ...wishedBy[a],
              ...e.topics.flatMap((t) => (byTopic.get(t) ?? []).slice(0, 4 * FRIENDS_KEPT)),
            ]),
          ].sort((x, y) => x - y);
    // The best scores first, by index among equals: buckets by score instead of a sort (n² pairs in all).
    const buckets = new Map<number, number[]>();
    const table = problem.dense;
    for (const b of candidates) {
      const score = b === a ? 0 : table ? table[a * n + b] : problem.pair(a, b);
      if (score <= 0) continue;
      const bucket = buckets.get(score);
      if (bucket) bucket.push(b);
      else buckets.set(score, [b]);
    }
    const best = [...buckets.keys()].sort((x, y) => y - x).flatMap((score) => buckets.get(score) ?? []);
    return Int32Array.from(best.slice(0, FRIENDS_KEPT));
  });
}

/** All pair scores at once; the same numbers as `pairScore`, with topics as bit sets where they fit. */
function pairTable(exhibitors: readonly SolverExhibitor[]): Int16Array {
  const n = exhibitors.length;
  const table = new Int16Array(n * n);
  const topicIds = new Map<string, number>();
  for (const e of exhibitors) for (const t of e.topics) if (!topicIds.has(t)) topicIds.set(t, topicIds.size);
  const simple =
    topicIds.size <= 31 &&
    new Set(exhibitors.map((e) => e.id)).size === n &&
    exhibitors.every((e) => new Set(e.topics).size === e.topics.length);
  if (!simple) {
    for (let a = 0; a < n; a++)
      for (let b = a + 1; b < n; b++) table[a * n + b] = table[b * n + a] = pairScore(exhibitors[a], exhibitors[b]);
    return table;
  }
  // With distinct topics and ids, shared topics are the bits both masks have; wishes and loudness as in
  // `pairScore` (a test holds the two together).
  const masks = exhibitors.map((e) => e.topics.reduce((mask, t) => mask | (1 << (topicIds.get(t) as number)), 0));
  for (let a = 0; a < n; a++) {
    const loudA = exhibitors[a].loud;
    for (let b = a + 1; b < n; b++) {
      let value = SCORE.sharedTopic * popcount(masks[a] & masks[b]);
      if (loudA && exhibitors[b].loud) value += SCORE.loudNeighbours;
      table[a * n + b] = table[b * n + a] = value;
    }
  }
  const index = new Map(exhibitors.map((e, i) => [e.id, i]));
  exhibitors.forEach((e, a) => {
    for (const id of new Set(e.wishes)) {
      const b = index.get(id);
      if (b === undefined || b === a) continue;
      table[a * n + b] += SCORE.wish;
      table[b * n + a] += SCORE.wish;
    }
  });
  return table;
}

function popcount(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
