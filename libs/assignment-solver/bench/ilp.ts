/**
 * The exact optimum of a stand assignment as an integer program, solved by HiGHS (WebAssembly), for the
 * bench only: how far the heuristic is from the proven best. Lexicographic, like the heuristic's goal:
 * stage 1 maximises the number of exhibitors placed, stage 2 keeps that number and maximises the score.
 *
 * x[e,s] = 1 when free exhibitor e stands on stand s (only where e's hard needs hold and s has a free
 * place). The score sums pair scores over exhibitors on neighbouring stands (or sharing one), so each
 * such pair term is a product x[a,s]·x[b,t], linearised as w[a,b,s,t]:
 *   p > 0: w ≤ x[a,s], w ≤ x[b,t] (the objective pushes w up), in the aggregated form below;
 *   p < 0: w ≥ x[a,s] + x[b,t] − 1, w ≥ 0 (the objective pushes w down).
 * Pairs with a locked exhibitor are linear (it does not move); pairs of two locked ones are a constant, left
 * out (the reported score is recomputed from the layout).
 */
import type { Highs } from 'highs';
import { Placement, SolverInput } from '../src/lib/model';
import { fits, neighbourhood, pairScore } from '../src/lib/rules';
import { layoutScore } from '../src/lib/solver';

// `highs` is a CommonJS module whose export is the loader.
const loadHighs = require('highs') as (options?: object) => Promise<Highs>;

export interface ExactResult {
  placed: number;
  /** Best score found; the proven optimum when `proven`. */
  score: number;
  /** HiGHS closed the gap within the time limit. */
  proven: boolean;
  /** The best solution's placements, locked ones included. */
  placements: Placement[];
  seconds: number;
}

const verbose = process.env['ILP_LOG'] === '1';
let highsPromise: Promise<Highs> | undefined;
function highs(): Promise<Highs> {
  highsPromise ??= loadHighs(verbose ? { print: (m: string) => console.log(m) } : {});
  return highsPromise;
}

const term = (coefficient: number, variable: string) =>
  `${coefficient < 0 ? '-' : '+'} ${Math.abs(coefficient)} ${variable}`;

/** CPLEX LP rows; long sums wrapped, as the format allows. */
class Rows {
  readonly lines: string[] = [];
  private count = 0;
  add(terms: string[], sense: '<=' | '>=', rhs: number): void {
    const body: string[] = [];
    for (let i = 0; i < terms.length; i += 8) body.push(terms.slice(i, i + 8).join(' '));
    this.lines.push(` r${this.count++}: ${body.join('\n   ')} ${sense} ${rhs}`);
  }
}

export async function exactOptimum(
  input: SolverInput,
  timeLimitSeconds: number,
  start?: readonly Placement[],
): Promise<ExactResult> {
  const started = Date.now();
  const { stands, exhibitors } = input;
  const neighbours = neighbourhood(stands, input.neighbourGap ?? 1.0);
  const near = (s: number, t: number) => s === t || neighbours[s].includes(t);
  const standIndex = new Map(stands.map((s, i) => [s.id, i]));
  const exhibitorIndex = new Map(exhibitors.map((e, i) => [e.id, i]));

  // Locked placements as the solver reads them: unknown ids and repeats ignored.
  const lockedAt = new Map<number, number>();
  for (const { standId, exhibitorId } of input.locked ?? []) {
    const s = standIndex.get(standId);
    const e = exhibitorIndex.get(exhibitorId);
    if (s !== undefined && e !== undefined && !lockedAt.has(e)) lockedAt.set(e, s);
  }
  const capacity = stands.map((stand) => stand.capacity);
  for (const s of lockedAt.values()) capacity[s]--;

  const free = exhibitors.map((_e, i) => i).filter((e) => !lockedAt.has(e));
  const options = new Map(
    free.map((e) => [e, stands.map((_s, i) => i).filter((s) => capacity[s] > 0 && fits(exhibitors[e], stands[s]))]),
  );
  const on = stands.map((_s, t) => free.filter((e) => options.get(e)?.includes(t)));
  const x = (e: number, s: number) => `x_${e}_${s}`;
  const xs = free.flatMap((e) => (options.get(e) ?? []).map((s) => x(e, s)));

  const rows = new Rows();
  const objective: string[] = [];
  const products: string[] = [];

  for (const e of free) {
    const own = options.get(e) ?? [];
    if (own.length > 1)
      rows.add(
        own.map((s) => term(1, x(e, s))),
        '<=',
        1,
      );
  }
  stands.forEach((_stand, s) => {
    if (on[s].length > capacity[s])
      rows.add(
        on[s].map((e) => term(1, x(e, s))),
        '<=',
        capacity[s],
      );
  });

  const lockedList = [...lockedAt];
  for (const [i, li] of lockedList) {
    for (const e of free) {
      const p = pairScore(exhibitors[i], exhibitors[e]);
      if (p !== 0) for (const s of options.get(e) ?? []) if (near(s, li)) objective.push(term(p, x(e, s)));
    }
  }

  // Free pairs, edge by edge, for neighbouring stands s < t (and s = t on a stand with room for two).
  // Rather than w ≤ x[a,s] per product, the products of a at s across one edge are bounded together by
  // cap(t)·x[a,s] (a has at most cap(t) partners over there): the per-product bounds alone let the LP count
  // a fractional exhibitor as everyone's neighbour, a relaxation about twice the optimum, which HiGHS
  // cannot close for 25 stands in minutes.
  const grouped = new Map<string, { terms: string[]; variable: string; times: number }>();
  const group = (key: string, variable: string, times: number, w: string) => {
    const entry = grouped.get(key) ?? { terms: [], variable, times };
    entry.terms.push(term(1, w));
    grouped.set(key, entry);
  };
  const perPair = new Map<string, string[]>();
  const edges: [number, number][] = [];
  stands.forEach((_stand, s) => {
    if (capacity[s] >= 2) edges.push([s, s]);
    for (const t of neighbours[s]) if (s < t && capacity[s] > 0 && capacity[t] > 0) edges.push([s, t]);
  });
  for (const [s, t] of edges) {
    for (const a of on[s]) {
      for (const b of on[t]) {
        if (a === b || (s === t && b < a)) continue;
        const p = pairScore(exhibitors[a], exhibitors[b]);
        if (p === 0) continue;
        const w = `w_${a}_${b}_${s}_${t}`;
        products.push(w);
        objective.push(term(p, w));
        if (p < 0) {
          rows.add([term(1, w), term(-1, x(a, s)), term(-1, x(b, t))], '>=', -1);
          continue;
        }
        if (s === t) {
          // Sharing a stand: each has at most cap − 1 partners on it.
          group(`${s}_${s}_${a}`, x(a, s), capacity[s] - 1, w);
          group(`${s}_${s}_${b}`, x(b, s), capacity[s] - 1, w);
        } else {
          group(`${s}_${t}_a${a}`, x(a, s), capacity[t], w);
          group(`${s}_${t}_b${b}`, x(b, t), capacity[s], w);
        }
        if (capacity[s] > 2 || capacity[t] > 1 || (s !== t && capacity[s] > 1)) {
          rows.add([term(1, w), term(-1, x(a, s))], '<=', 0);
          rows.add([term(1, w), term(-1, x(b, t))], '<=', 0);
        }
        const pair = a < b ? `${a}_${b}` : `${b}_${a}`;
        perPair.set(pair, [...(perPair.get(pair) ?? []), term(1, w)]);
      }
    }
  }
  for (const { terms, variable, times } of grouped.values()) rows.add([...terms, term(-times, variable)], '<=', 0);
  // Two exhibitors are neighbours through one pair of stands at most.
  for (const terms of perPair.values()) if (terms.length > 1) rows.add(terms, '<=', 1);

  const lp = (goal: string[], extra: string[]) =>
    [
      'Maximize',
      ` obj: ${goal.length ? goal.join('\n   ') : '0 dummy'}`,
      'Subject To',
      ...rows.lines,
      ...extra,
      'Bounds',
      ' 0 <= dummy <= 0',
      ...products.map((w) => ` 0 <= ${w} <= 1`),
      'Binary',
      ...xs.map((v) => ` ${v}`),
      ...(process.env['ILP_WINT'] === '1' ? products.map((v) => ` ${v}`) : []),
      'End',
    ].join('\n');

  const solver = await highs();
  const settings = { output_flag: verbose, mip_rel_gap: 0, mip_abs_gap: 1e-6, mip_pscost_minreliable: 0 };

  // Stage 1: the most exhibitors placed (a bipartite b-matching; its LP relaxation is integral).
  const first = solver.solve(
    lp(
      xs.map((v) => term(1, v)),
      [],
    ),
    { ...settings, time_limit: timeLimitSeconds },
  );
  if (first.Status !== 'Optimal' && first.Status !== 'Empty') throw new Error(`stage 1: ${first.Status}`);
  const placed = Math.round(first.ObjectiveValue || 0);

  // Stage 2: that many placed, the highest score (through a model object, to read the status code).
  const keepPlaced = xs.length ? [` placed: ${xs.map((v) => term(1, v)).join('\n   ')} >= ${placed}`] : [];
  const model = solver.createModel({ format: 'lp', data: lp(objective, keepPlaced) });
  let status: number;
  const value = new Map<string, number>();
  try {
    model.options.set({ ...settings, time_limit: Math.max(1, timeLimitSeconds - (Date.now() - started) / 1000) });
    if (start) {
      // Only a first incumbent: it spares HiGHS the search for a good layout; the proof is its own.
      const at = new Map(start.map((p) => [exhibitorIndex.get(p.exhibitorId), standIndex.get(p.standId)]));
      const on = (e: number, s: number) => (at.get(e) === s ? 1 : 0);
      const names = [...xs, ...products];
      model.setSolution({
        indices: Int32Array.from(names, (name) => model.getColByName(name)),
        values: Float64Array.from(names, (name) => {
          const [kind, a, b, c, d] = name.split('_');
          return kind === 'x' ? on(+a, +b) : on(+a, +c) * on(+b, +d);
        }),
      });
    }
    model.run();
    status = model.getModelStatus();
    const columns = model.getSolution().colValue;
    for (const name of xs) value.set(name, columns[model.getColByName(name)]);
  } finally {
    model.dispose();
  }
  if (status !== 7 && status !== 13 && status !== 6) throw new Error(`stage 2: model status ${status}`);

  const placements: Placement[] = lockedList.map(([e, s]) => ({
    standId: stands[s].id,
    exhibitorId: exhibitors[e].id,
  }));
  for (const e of free)
    for (const s of options.get(e) ?? [])
      if ((value.get(x(e, s)) ?? 0) > 0.5) placements.push({ standId: stands[s].id, exhibitorId: exhibitors[e].id });
  return {
    placed,
    score: layoutScore(input, placements),
    proven: status !== 13,
    placements,
    seconds: (Date.now() - started) / 1000,
  };
}
