import { Assignment } from './assignment';
import { placeMaximum } from './matching';
import { HardNeed, Placement, Reason, SolverExhibitor, SolverInput, SolverResult, SolverStand } from './model';
import { Problem } from './problem';
import { seededRandom } from './random';
import { Meter } from './meter';
import { fits, unmetNeeds } from './rules';
import { optimise } from './search';

/** See `SolverInput.timeLimitMs`. */
const DEFAULT_TIME_LIMIT_MS = 2000;

/**
 * The default search budget in work units (one unit ≈ one move evaluated). A time budget would make the
 * answer depend on the machine and its load, so the budget counts work, sized on the project's 2-core
 * machines (`npm run bench`): about 4 million units a second at 200 stands and 3 million at 1,000 (bigger
 * tables, more cache misses). That is 1 s up to 200 stands and about 1.5 s of search at 1,000, which
 * leaves room within the API's 2 s for the set-up and for some slowness before the safety net
 * (`timeLimitMs`) has to step in. Small markets rarely use it all: the search stops once its rounds agree.
 */
export function defaultBudget(standCount: number): number {
  const beyond200 = Math.min(1, Math.max(0, (standCount - 200) / 800));
  return Math.round(4_000_000 + beyond200 * 500_000);
}

/**
 * Suggests a layout: hard needs (power, step-free, width, capacity) always hold, locked placements never
 * move, as many exhibitors as possible get a stand, and among such layouts a seeded search looks for
 * neighbours with shared topics and honoured wishes and keeps loud offers apart. Same seed and budget,
 * same answer.
 */
export function suggest(input: SolverInput): SolverResult {
  const run = start(input);
  let step = run.steps.next();
  while (!step.done) step = run.steps.next();
  return run.result();
}

/**
 * `suggest` in slices of about `sliceMs`, with the event loop free in between: a server goes on answering
 * other requests, a caller can pass progress on. `signal` stops the search early; the answer is then the
 * best layout found so far (`search.stopped` is `cancelled`). Without a stop, the same answer as `suggest`.
 */
export async function suggestInSlices(
  input: SolverInput,
  options: { signal?: AbortSignal; sliceMs?: number } = {},
): Promise<SolverResult> {
  const { signal, sliceMs = 20 } = options;
  const run = start({ ...input, onProgress: (progress) => (signal?.aborted ? false : input.onProgress?.(progress)) });
  let sliceStarted = performance.now();
  for (let step = run.steps.next(); !step.done; step = run.steps.next()) {
    if (performance.now() - sliceStarted < sliceMs) continue;
    await nextTurn();
    sliceStarted = performance.now();
  }
  return run.result();
}

const nextTurn = () =>
  new Promise<void>((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));

/** A search set up and ready to run: `steps` pauses at the meter's checkpoints; `result` is the best layout so far. */
function start(input: SolverInput): { steps: Generator<void, void, void>; result: () => SolverResult } {
  const started = performance.now();
  const problem = new Problem(input);
  const random = seededRandom(input.seed ?? 1);
  const budget = Math.max(0, Math.floor(input.budget ?? defaultBudget(problem.standCount)));
  const meter = new Meter({
    budget,
    // Before the limit: the result is still to be put together, and a busy machine may pause the process.
    deadline: started + 0.9 * (input.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS),
    onProgress: input.onProgress && ((work, score) => input.onProgress?.({ work, budget, score, bestSoFar: result })),
  });

  // A maximum placement first: the stands are tried in a seeded order, the most constrained exhibitors first.
  const options = problem.options.map((own) => shuffled(Array.from(own), random));
  const order = Array.from(problem.free).sort((a, b) => options[a].length - options[b].length || a - b);
  const best = new Assignment(problem);
  placeMaximum(
    best,
    order,
    options.map((own) => Int32Array.from(own)),
  );

  function result(): SolverResult {
    const placements = input.exhibitors
      .map((exhibitor, e) => ({ exhibitor, e, s: best.standOf[e] }))
      .filter(({ s }) => s >= 0)
      .map(({ exhibitor, e, s }) => ({
        standId: input.stands[s].id,
        exhibitorId: exhibitor.id,
        reasons: reasonsFor(best, e, s),
      }));
    const unplaceable = Array.from(problem.free)
      .filter((e) => best.standOf[e] < 0)
      .map((e) => ({
        exhibitorId: input.exhibitors[e].id,
        reasons: whyUnplaceable(input.exhibitors[e], input.stands, problem.freePlaces),
      }));
    return {
      placements,
      score: best.fullScore(),
      unplaceable,
      search: { work: meter.work, budget, stopped: meter.stopped ?? 'budget' },
    };
  }

  return { steps: optimise(best, meter, random), result };
}

function reasonsFor(layout: Assignment, e: number, s: number): Reason[] {
  const { problem } = layout;
  if (problem.lockedAt[e] >= 0) return ['locked'];
  const exhibitor = problem.exhibitors[e];
  const reasons: Reason[] = [];
  if (exhibitor.needsPower) reasons.push('power');
  if (exhibitor.needsStepFree) reasons.push('step_free');
  if (exhibitor.width !== null) reasons.push('width');
  const around = [s, ...problem.neighbours[s]]
    .flatMap((u) => Array.from(layout.occupants(u)))
    .filter((o) => o !== e)
    .map((o) => problem.exhibitors[o]);
  if (around.some((o) => o.topics.some((t) => exhibitor.topics.includes(t)))) reasons.push('topic_neighbour');
  if (around.some((o) => exhibitor.wishes.includes(o.id))) reasons.push('wish_honoured');
  return reasons;
}

/** If some free stand would fit, the places ran out; otherwise the needs that the free stands fail. */
function whyUnplaceable(
  exhibitor: SolverExhibitor,
  stands: readonly SolverStand[],
  freePlaces: Int32Array,
): (HardNeed | 'no_free_stand')[] {
  const open = stands.filter((_s, i) => freePlaces[i] > 0);
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

/** The score of any layout, e.g. one made by hand or by the exact search. */
export function layoutScore(input: SolverInput, placements: readonly Placement[]): number {
  const problem = new Problem({ ...input, locked: [] });
  const standIndex = new Map(input.stands.map((s, i) => [s.id, i]));
  const exhibitorIndex = new Map(input.exhibitors.map((e, i) => [e.id, i]));
  const on: number[][] = input.stands.map(() => []);
  for (const p of placements) on[standIndex.get(p.standId) as number].push(exhibitorIndex.get(p.exhibitorId) as number);
  let total = 0;
  on.forEach((here, s) => {
    here.forEach((a, i) => here.slice(i + 1).forEach((b) => (total += problem.pair(a, b))));
    for (const t of problem.neighbours[s])
      if (t > s) for (const a of here) for (const b of on[t]) total += problem.pair(a, b);
  });
  return total;
}

/** Hard rules a layout breaks; empty for a valid one. Used by tests and as a guard before applying. */
export function violations(input: SolverInput, placements: readonly Placement[]): string[] {
  const problems: string[] = [];
  const stands = new Map(input.stands.map((s) => [s.id, s]));
  const exhibitors = new Map(input.exhibitors.map((e) => [e.id, e]));
  const load = new Map<string, number>();
  const seen = new Set<string>();
  for (const { standId, exhibitorId } of placements) {
    const stand = stands.get(standId);
    const exhibitor = exhibitors.get(exhibitorId);
    if (!stand || !exhibitor) {
      problems.push(`unknown ${standId}/${exhibitorId}`);
      continue;
    }
    if (seen.has(exhibitorId)) problems.push(`${exhibitorId} placed twice`);
    seen.add(exhibitorId);
    load.set(standId, (load.get(standId) ?? 0) + 1);
    const locked = (input.locked ?? []).some((l) => l.exhibitorId === exhibitorId && l.standId === standId);
    if (!locked)
      for (const need of unmetNeeds(exhibitor, stand)) problems.push(`${exhibitorId} on ${standId}: ${need}`);
  }
  for (const [standId, count] of load)
    if (count > (stands.get(standId)?.capacity ?? 0)) problems.push(`${standId} over capacity`);
  return problems;
}
