import { Assignment } from './assignment';
import { Problem } from './problem';

/**
 * A chain of up to `length` stands from `start` on, each a neighbour of the one before and of no earlier
 * one: in a hall, a piece of a row.
 */
function segment(
  problem: Problem,
  start: number,
  length: number,
  random: () => number,
  avoid: readonly number[] = [],
): number[] {
  const chain = [start];
  while (chain.length < length) {
    const last = chain[chain.length - 1];
    const next = Array.from(problem.neighbours[last]).filter(
      (t) =>
        !chain.includes(t) &&
        !avoid.includes(t) &&
        !chain.some((u, j) => j < chain.length - 1 && problem.neighbours[t].includes(u)),
    );
    if (next.length === 0) break;
    chain.push(next[(random() * next.length) | 0]);
  }
  return chain;
}

/**
 * Proposes a block move around e's stand: a piece of row reversed, turned by one place (an exhibitor
 * taken out and put back further along, the others closing up), or swapped with a piece of row next to
 * one of e's partners. Swaps alone would have to break up a good sequence to do any of these. Fills
 * `who`, `from` and `to`; false when the block cannot move (a locked occupant, a need or the room).
 */
export function blockMove(
  layout: Assignment,
  random: () => number,
  e: number,
  who: number[],
  from: number[],
  to: number[],
): boolean {
  const { problem } = layout;
  const length = 2 + ((random() * 5) | 0);
  const first = segment(problem, layout.standOf[e], length, random);
  const pick = random();
  let target: number[];
  let chain: number[];
  if (pick < 0.4) {
    chain = first;
    target = first.slice().reverse();
  } else if (pick < 0.7) {
    chain = first;
    target = [...first.slice(1), first[0]];
  } else {
    const mates = problem.friends[e];
    if (mates.length === 0) return false;
    const at = layout.standOf[mates[(random() * mates.length) | 0]];
    if (at < 0 || first.includes(at)) return false;
    const second = segment(problem, at, first.length, random, first);
    if (second.length !== first.length) return false;
    chain = [...first, ...second];
    target = random() < 0.5 ? [...second, ...first] : [...second.slice().reverse(), ...first.slice().reverse()];
  }
  if (chain.length < 2) return false;
  who.length = from.length = to.length = 0;
  for (let i = 0; i < chain.length; i++) {
    const s = chain[i];
    const t = target[i];
    const on = layout.occupants(s);
    if (on.length === 0) continue;
    if (on.length > problem.freePlaces[t]) return false;
    for (const o of on) {
      if (problem.lockedAt[o] >= 0 || !problem.fits(o, t)) return false;
      who.push(o);
      from.push(s);
      to.push(t);
    }
  }
  return who.length > 0;
}
