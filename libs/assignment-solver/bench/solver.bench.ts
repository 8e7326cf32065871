/**
 * `npm run bench`: time and score of the stand-assignment heuristic on generated markets of 25, 200 and
 * 1,000 stands, and on tiny markets its score next to the optimum found by exhaustive search.
 */
import { performance } from 'node:perf_hooks';
import { exactBest, generateInstance, suggest } from '../src';

function row(cells: (string | number)[]): string {
  return cells.map((c) => String(c).padStart(12)).join('');
}

console.log('Stand assignment heuristic (seeded simulated annealing after a maximum matching)\n');
console.log(row(['stands', 'exhibitors', 'ms', 'placed', 'unplaceable', 'score', 'exact']));
for (const stands of [25, 200, 1000]) {
  const input = generateInstance(stands, Math.round(stands * 0.9), 42);
  const started = performance.now();
  const result = suggest(input);
  const ms = performance.now() - started;
  // Exhaustive search grows as (stands + 1)^exhibitors: out of reach beyond a handful.
  console.log(
    row([
      stands,
      input.exhibitors.length,
      ms.toFixed(0),
      result.placements.length,
      result.unplaceable.length,
      result.score,
      'n/a',
    ]),
  );
}

console.log('\nTiny markets: heuristic against the exhaustive optimum (6 stands, 5 exhibitors, 20 seeds)\n');
console.log(row(['seed', 'ms', 'placed', 'opt placed', 'score', 'opt score']));
let matched = 0;
const seeds = Array.from({ length: 20 }, (_v, i) => i + 1);
for (const seed of seeds) {
  const input = generateInstance(6, 5, seed);
  const started = performance.now();
  const result = suggest(input);
  const ms = performance.now() - started;
  const best = exactBest(input);
  if (result.placements.length === best.placed && result.score === best.score) matched++;
  console.log(row([seed, ms.toFixed(1), result.placements.length, best.placed, result.score, best.score]));
}
console.log(`\nOptimal on ${matched} of ${seeds.length} tiny markets.`);
