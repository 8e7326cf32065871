import { Assignment } from './assignment';
import { blockMove } from './blocks';
import { Meter } from './meter';
import { Problem } from './problem';

// Looked up once, as in random.ts (slow global lookups under Jest); `(x * n) | 0` stands for Math.floor.
const { exp, pow } = Math;

/** Share of block moves (see `blockMove`): few, as they cost several plain moves each. */
const BLOCK_SHARE = 0.05;

/**
 * Simulated annealing over moves that keep the number placed: to a free place, a swap of two exhibitors,
 * an unplaced exhibitor taking someone's place, and now and then a block move along a row (see
 * `blockMove`). Half of the target stands are drawn next to one of the mover's best partners: in a hall a
 * stand has two or three neighbours, and a uniform draw rarely lands next to the right one. The
 * temperature falls geometrically from `hot` to `cold` over `steps` work units; the best layout seen is
 * copied into `best`. Each move is evaluated from the few stands it touches, so a step costs the same at
 * 20 stands and at 1,000. It pauses (yields) at the meter's checkpoints, so a caller can run it in slices.
 */
export function* anneal(
  current: Assignment,
  best: Assignment,
  meter: Meter,
  random: () => number,
  steps: number,
  hot: number,
  cold: number,
): Generator<void, void, void> {
  const problem: Problem = current.problem;
  const { options, friends, neighbours, lockedAt } = problem;
  const placed: number[] = [];
  const unplaced: number[] = [];
  for (const e of problem.free) {
    if (current.standOf[e] >= 0) placed.push(e);
    else if (options[e].length > 0) unplaced.push(e);
  }
  if (placed.length === 0) return;
  // Position of each exhibitor in its list, for O(1) exchange on replacement.
  const slot = new Int32Array(problem.exhibitorCount);
  placed.forEach((e, i) => (slot[e] = i));
  unplaced.forEach((e, i) => (slot[e] = i));

  let ratio = pow(cold / hot, 1 / Math.max(1, steps));
  let temperature = hot;
  // The current layout is the best seen but not yet copied; copy it before leaving it.
  let atUnsavedBest = false;
  const replaceShare = unplaced.length > 0 ? 0.1 : 0;
  const score = () => Math.max(current.score, best.score);
  const blockWho: number[] = [];
  const blockFrom: number[] = [];
  const blockTo: number[] = [];

  // Work done: one unit per move tried, a block move as many as it moves. `steps` is within the budget.
  let step = 0;
  let metered = 0;
  let end = steps;
  for (; step < end; step++, temperature *= ratio) {
    if (step - metered >= 1024) {
      if (meter.spend(step - metered, score)) break;
      metered = step;
      if (meter.checkpoint()) yield;
      // When the clock leads (a busy machine), less work is left than planned: cool down over what is.
      const limit = Math.min(steps, step + meter.left);
      if (limit !== end) {
        end = limit;
        ratio = temperature > cold ? pow(cold / temperature, 1 / Math.max(1, end - step)) : 1;
      }
    }
    let kind = 0; // 1 move, 2 swap, 3 replace, 4 block
    let e = -1;
    let other = -1;
    let delta = 0;
    if (random() < BLOCK_SHARE) {
      if (!blockMove(current, random, placed[(random() * placed.length) | 0], blockWho, blockFrom, blockTo)) continue;
      kind = 4;
    } else if (random() < replaceShare) {
      const u = unplaced[(random() * unplaced.length) | 0];
      const s = options[u][(random() * options[u].length) | 0];
      const on = current.occupants(s);
      if (on.length === 0) continue;
      e = on[(random() * on.length) | 0];
      if (lockedAt[e] >= 0) continue;
      other = u;
      kind = 3;
      delta = current.replaceDelta(e, u);
    } else {
      e = placed[(random() * placed.length) | 0];
      const from = current.standOf[e];
      let to: number;
      const mates = friends[e];
      if (mates.length > 0 && random() < 0.5) {
        const mate = mates[(random() * mates.length) | 0];
        const at = current.standOf[mate];
        if (at < 0) continue;
        const around = neighbours[at];
        const pick = (random() * (around.length + 1)) | 0;
        to = pick === around.length ? at : around[pick];
        if (!problem.fits(e, to)) continue;
      } else {
        const own = options[e];
        to = own[(random() * own.length) | 0];
      }
      if (to === from) continue;
      if (current.hasFreePlace(to)) {
        kind = 1;
        other = to;
        delta = current.moveDelta(e, to);
      } else {
        const on = current.occupants(to);
        other = on[(random() * on.length) | 0];
        if (lockedAt[other] >= 0 || !problem.fits(other, from)) continue;
        kind = 2;
        delta = current.swapDelta(e, other);
      }
    }
    if (kind === 4) {
      // A block move: tried by doing it, undone if refused.
      step += 2 * blockWho.length;
      temperature *= pow(ratio, 2 * blockWho.length);
      delta = current.reassign(blockWho, blockTo);
      if (delta < 0 && random() >= exp(delta / temperature)) {
        current.reassign(blockWho, blockFrom);
        continue;
      }
      if (delta < 0 && atUnsavedBest) {
        // The best was the layout before the move: copy it with the move undone for a moment.
        current.reassign(blockWho, blockFrom);
        best.copyFrom(current);
        atUnsavedBest = false;
        current.reassign(blockWho, blockTo);
      }
      if (current.score > best.score) atUnsavedBest = true;
      continue;
    }
    if (delta < 0 && random() >= exp(delta / temperature)) continue;
    if (delta < 0 && atUnsavedBest) {
      best.copyFrom(current);
      atUnsavedBest = false;
    }
    if (kind === 1) current.move(e, other, delta);
    else if (kind === 2) current.swap(e, other, delta);
    else {
      current.replace(e, other, delta);
      // e leaves the placed list, `other` joins it.
      placed[slot[e]] = other;
      unplaced[slot[other]] = e;
      [slot[e], slot[other]] = [slot[other], slot[e]];
    }
    if (current.score > best.score) atUnsavedBest = true;
  }
  meter.spend(step - metered, score);
  if (atUnsavedBest) best.copyFrom(current);
}

/**
 * Annealing steps per placed exhibitor in one round. A long round is what finds the best layouts (the
 * quality of annealing grows with its length); from 1,000 exhibitors on the whole budget is one round.
 */
const ROUND_STEPS_PER_EXHIBITOR = 20_000;
/** Rounds in a row that find nothing better before the search counts as converged. */
const PATIENCE = 6;
const HOT = 2;
const COLD = 0.05;

/**
 * Spends the budget on rounds of annealing, each from the best layout so far (iterated annealing: a
 * round that ends in a worse layout costs nothing, one that escapes a local optimum is kept). Small
 * markets stop once several rounds in a row found nothing better, which on the 12- and 25-stand markets
 * of the bench nearly always means the optimum; large ones use the whole budget.
 */
export function* optimise(best: Assignment, meter: Meter, random: () => number): Generator<void, void, void> {
  const placed = Array.from(best.problem.free).filter((e) => best.standOf[e] >= 0).length;
  if (placed === 0) return;
  const current = new Assignment(best.problem);
  const steps = ROUND_STEPS_PER_EXHIBITOR * placed;
  for (let stale = 0; meter.stopped === null; ) {
    const before = best.score;
    current.copyFrom(best);
    // A last round shorter than half a round would cool down too fast: the one before takes it over.
    yield* anneal(current, best, meter, random, meter.left < 1.5 * steps ? meter.left : steps, HOT, COLD);
    stale = best.score > before ? 0 : stale + 1;
    if (stale >= PATIENCE && meter.stopped === null) meter.stopped = 'converged';
  }
}
