/**
 * `npm run bench`: the stand-assignment heuristic against the proven optimum of an integer program
 * (HiGHS, see ilp.ts) on generated markets of 12 and 25 stands, and its time and score on 200 and 1,000
 * stands, each next to the solver as it was before (baseline.ts, "today").
 *
 * The integer programs run in worker threads (BENCH_WORKERS, default 2), each with a time limit
 * (BENCH_ILP_SECONDS, default 90); an optimum counts only when HiGHS proves it. The large rows run first,
 * alone, so their times are not disturbed by the workers.
 */
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { generateInstance, Placement, suggest } from '../src';
import { suggestBaseline } from './baseline';
import { ExactResult, exactOptimum } from './ilp';

const EXACT_SIZES = [12, 25];
const SEEDS = Array.from({ length: 10 }, (_v, i) => i + 1);
const LARGE_SIZES = [200, 1000];
const LARGE_SEED = 42;
/** Exhibitors per stand in every generated market: a few applications more than stands would be unusual. */
const EXHIBITORS_PER_STAND = 0.9;

const market = (stands: number, seed: number) =>
  generateInstance(stands, Math.round(stands * EXHIBITORS_PER_STAND), seed);

interface Job {
  stands: number;
  seed: number;
  seconds: number;
  /** The new heuristic's layout, as HiGHS's first incumbent (it still proves the optimum on its own). */
  start: Placement[];
}

function row(cells: (string | number)[], width = 10): string {
  return cells.map((c) => String(c).padStart(width)).join('');
}

const percent = (ratio: number) => `${(100 * ratio).toFixed(1)} %`;

/** Wall-clock and CPU time: on a busy machine the two part ways, and the CPU time shows what the work cost. */
function timed<T>(run: () => T): { result: T; ms: number; cpuMs: number } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = run();
  const { user, system } = process.cpuUsage(cpu);
  return { result, ms: performance.now() - started, cpuMs: (user + system) / 1000 };
}

async function main(): Promise<void> {
  const workers = Math.max(1, Number(process.env['BENCH_WORKERS'] ?? 2));
  const ilpSeconds = Math.max(1, Number(process.env['BENCH_ILP_SECONDS'] ?? 90));

  console.log('Stand assignment: seeded, work-budgeted annealing ("new") against the solver before it ("today")\n');
  console.log('Large markets (seed 42; defaults, as the API calls it: work budget, 2 s safety net)\n');
  console.log(
    row([
      'stands',
      'exhib.',
      'today ms',
      'today',
      'new ms',
      'CPU ms',
      'new',
      'gain',
      'work',
      'stopped',
      'placed',
      'unplaced',
    ]),
  );
  for (const stands of LARGE_SIZES) {
    const input = market(stands, LARGE_SEED);
    const today = timed(() => suggestBaseline(input));
    const fresh = timed(() => suggest(input));
    console.log(
      row([
        stands,
        input.exhibitors.length,
        today.ms.toFixed(0),
        today.result.score,
        fresh.ms.toFixed(0),
        fresh.cpuMs.toFixed(0),
        fresh.result.score,
        percent(fresh.result.score / today.result.score - 1),
        fresh.result.search.work,
        fresh.result.search.stopped,
        fresh.result.placements.length,
        fresh.result.unplaceable.length,
      ]),
    );
  }
  // The same without the safety net: what the default budget finds when the machine gives it the time (on a
  // busy machine the row above stops at the deadline with less).
  console.log('\nThe same markets with the default work budget and no time limit:\n');
  console.log(row(['stands', 'today', 'new', 'gain', 'new ms', 'CPU ms']));
  for (const stands of LARGE_SIZES) {
    const input = market(stands, LARGE_SEED);
    const today = suggestBaseline(input);
    const fresh = timed(() => suggest({ ...input, timeLimitMs: Infinity }));
    console.log(
      row([
        stands,
        today.score,
        fresh.result.score,
        percent(fresh.result.score / today.score - 1),
        fresh.ms.toFixed(0),
        fresh.cpuMs.toFixed(0),
      ]),
    );
  }

  // The heuristics first, then the integer programs in parallel. Without the wall-clock safety net here,
  // so that the scores are those of the default work budget whatever else the machine is doing.
  const heuristics = EXACT_SIZES.flatMap((stands) =>
    SEEDS.map((seed) => {
      const input = market(stands, seed);
      const today = suggestBaseline(input);
      return { stands, seed, input, today, fresh: timed(() => suggest({ ...input, timeLimitMs: Infinity })) };
    }),
  );
  const jobs: Job[] = heuristics.map(({ stands, seed, fresh }) => ({
    stands,
    seed,
    seconds: ilpSeconds,
    start: fresh.result.placements.map(({ standId, exhibitorId }) => ({ standId, exhibitorId })),
  }));
  console.log(
    `\nAgainst the optimum (HiGHS integer program: most placed, then best score; ${ilpSeconds} s limit each, ` +
      `${workers} in parallel). "new" without the wall-clock safety net, so its score is the default budget's.\n`,
  );
  console.log(
    row(['stands', 'seed', 'exhib.', 'placed', 'today', 'new', 'optimum', 'today %', 'new %', 'new ms', 'ILP s']),
  );
  const exact = await runPool(jobs, workers, (i, result) => {
    const { input, today, fresh } = heuristics[i];
    const optimum = result.proven ? result.score : NaN;
    console.log(
      row([
        jobs[i].stands,
        jobs[i].seed,
        input.exhibitors.length,
        `${fresh.result.placements.length}/${result.placed}`,
        today.score,
        fresh.result.score,
        result.proven ? optimum : `(${result.score})`,
        result.proven ? percent(today.score / optimum) : 'unproven',
        result.proven ? percent(fresh.result.score / optimum) : 'unproven',
        fresh.ms.toFixed(0),
        result.seconds.toFixed(1),
      ]),
    );
  });

  console.log('');
  for (const stands of EXACT_SIZES) {
    const ratios = (pick: 'today' | 'fresh') =>
      jobs
        .map((job, i) => ({ job, result: exact[i], heuristic: heuristics[i] }))
        .filter(({ job, result }) => job.stands === stands && result.proven && result.score > 0)
        .map(({ result, heuristic }) =>
          pick === 'today' ? heuristic.today.score / result.score : heuristic.fresh.result.score / result.score,
        );
    const summary = (values: number[]) =>
      `mean ${percent(values.reduce((a, b) => a + b, 0) / values.length)}, worst ${percent(Math.min(...values))}`;
    const fresh = ratios('fresh');
    const fewer = jobs.filter(
      (job, i) => job.stands === stands && heuristics[i].fresh.result.placements.length < exact[i].placed,
    ).length;
    console.log(
      `${stands} stands, ${fresh.length} of ${SEEDS.length} optima proven: new ${summary(fresh)}; ` +
        `today ${summary(ratios('today'))}; markets with fewer placed than possible: ${fewer}`,
    );
  }
}

/** Runs the jobs on `size` worker threads; reports each result in job order as soon as it can. */
function runPool(
  jobs: Job[],
  size: number,
  report: (index: number, result: ExactResult) => void,
): Promise<ExactResult[]> {
  const results: ExactResult[] = [];
  let next = 0;
  let reported = 0;
  return new Promise((resolve, reject) => {
    const start = () => {
      const index = next++;
      if (index >= jobs.length) return;
      const worker = new Worker(__filename, { workerData: jobs[index] });
      worker.once('message', (result: ExactResult) => {
        results[index] = result;
        while (results[reported]) report(reported, results[reported++]);
        worker.terminate();
        if (reported === jobs.length) resolve(results);
        else start();
      });
      worker.once('error', reject);
    };
    for (let i = 0; i < size; i++) start();
  });
}

// The same file is the worker: a worker thread solves one integer program and posts the result.
if (!isMainThread) {
  const job = workerData as Job;
  exactOptimum(market(job.stands, job.seed), job.seconds, job.start).then((result) => parentPort?.postMessage(result));
} else {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
