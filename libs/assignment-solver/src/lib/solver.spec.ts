import fc from 'fast-check';
import { suggestBaseline } from '../../bench/baseline';
import { exactBest } from './exact';
import { generateInstance } from './generate';
import { SolverExhibitor, SolverInput, SolverStand } from './model';
import { Problem } from './problem';
import { pairScore } from './rules';
import { layoutScore, suggest, suggestInSlices, violations } from './solver';

const stand = (id: string, x: number, extra: Partial<SolverStand> = {}): SolverStand => ({
  id,
  x,
  y: 0,
  width: 2,
  depth: 1,
  rotation: 0,
  hasPower: false,
  stepFree: true,
  capacity: 1,
  ...extra,
});
const exhibitor = (id: string, extra: Partial<SolverExhibitor> = {}): SolverExhibitor => ({
  id,
  needsPower: false,
  needsStepFree: false,
  width: null,
  topics: [],
  loud: false,
  wishes: [],
  ...extra,
});

/**
 * Random small instances with random locks (valid or not) to throw at the solver, with a small work
 * budget to keep the tests quick and no time limit, so that a busy machine cannot change an answer.
 */
const instances = fc
  .record({
    stands: fc.integer({ min: 1, max: 12 }),
    exhibitors: fc.integer({ min: 0, max: 14 }),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    locks: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ stands, exhibitors, seed, locks }): SolverInput => {
    const input = generateInstance(stands, exhibitors, seed);
    const locked = input.exhibitors
      .slice(0, Math.min(locks, stands, exhibitors))
      .map((e, i) => ({ standId: input.stands[i].id, exhibitorId: e.id }));
    return { ...input, locked, budget: 20_000, timeLimitMs: Infinity };
  });

describe('suggest', () => {
  it('never breaks a hard need and never places anyone twice', () => {
    fc.assert(
      fc.property(instances, (input) => {
        const result = suggest(input);
        expect(violations(input, result.placements)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('never moves a locked placement', () => {
    fc.assert(
      fc.property(instances, (input) => {
        const result = suggest(input);
        for (const lock of input.locked ?? []) {
          expect(result.placements).toContainEqual(expect.objectContaining({ ...lock, reasons: ['locked'] }));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic for a given seed and budget', () => {
    fc.assert(
      fc.property(instances, fc.integer({ min: 0, max: 50_000 }), (input, budget) => {
        const result = suggest({ ...input, budget });
        expect(suggest({ ...input, budget })).toEqual(result);
        expect(result.search.work).toBeLessThanOrEqual(budget + 64);
      }),
      { numRuns: 50 },
    );
  });

  it('places never fewer and scores never less than the solver before it', () => {
    // Annealing is a heuristic: with a budget far below the default, a rare market ends a point short of
    // the old solver's score. With a million units (a quarter of the default) none did in hundreds of
    // trials; the fixed seed keeps this check reproducible rather than flaky should one exist.
    fc.assert(
      fc.property(
        fc.record({
          stands: fc.integer({ min: 2, max: 25 }),
          exhibitors: fc.integer({ min: 0, max: 28 }),
          seed: fc.integer({ min: 1, max: 1_000_000 }),
        }),
        ({ stands, exhibitors, seed }) => {
          const input = { ...generateInstance(stands, exhibitors, seed), budget: 1_000_000, timeLimitMs: Infinity };
          const result = suggest(input);
          const before = suggestBaseline(input);
          expect(result.placements.length).toBeGreaterThanOrEqual(before.placements.length);
          expect(result.score).toBeGreaterThanOrEqual(before.score);
        },
      ),
      { numRuns: 25, seed: 20261130 },
    );
  });

  it('beats the solver before it on a 200-stand market', () => {
    const input = { ...generateInstance(200, 180, 42), budget: 500_000, timeLimitMs: Infinity };
    const result = suggest(input);
    const before = suggestBaseline(input);
    expect(result.placements.length).toBe(before.placements.length);
    expect(result.score).toBeGreaterThan(before.score * 1.1);
    expect(violations(input, result.placements)).toEqual([]);
    expect(result.score).toBe(layoutScore(input, result.placements));
  });

  it('stops when the progress callback says so, with a valid layout', () => {
    const input = generateInstance(60, 54, 3);
    const seen: number[] = [];
    const result = suggest({
      ...input,
      timeLimitMs: Infinity,
      onProgress: ({ work, budget, score }) => {
        expect(budget).toBeGreaterThan(work);
        seen.push(score);
        return seen.length < 3;
      },
    });
    expect(result.search.stopped).toBe('cancelled');
    expect(seen).toHaveLength(3);
    expect(violations(input, result.placements)).toEqual([]);
    expect(result.score).toBeGreaterThanOrEqual(seen[2]);
  });

  it('runs in slices with the same answer, leaving the event loop free in between', async () => {
    const input = { ...generateInstance(80, 72, 11), budget: 400_000, timeLimitMs: Infinity };
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    try {
      const sliced = await suggestInSlices(input, { sliceMs: 1 });
      expect(sliced).toEqual(suggest(input));
    } finally {
      clearInterval(ticker);
    }
    expect(turns).toBeGreaterThan(0);
  });

  it('stops a sliced search on its signal with the best layout so far', async () => {
    const input = { ...generateInstance(200, 180, 4), budget: 5_000_000, timeLimitMs: Infinity };
    const stop = new AbortController();
    const progress: { work: number; score: number }[] = [];
    const result = await suggestInSlices(
      {
        ...input,
        onProgress: ({ work, score, bestSoFar }) => {
          progress.push({ work, score });
          if (progress.length === 5) {
            expect(violations(input, bestSoFar().placements)).toEqual([]);
            stop.abort();
          }
        },
      },
      { signal: stop.signal, sliceMs: 1 },
    );
    expect(result.search.stopped).toBe('cancelled');
    expect(result.search.work).toBeLessThan(input.budget / 10);
    expect(violations(input, result.placements)).toEqual([]);
    expect(result.score).toBeGreaterThanOrEqual(progress[progress.length - 1].score);
  });

  it('keeps to a wall-clock limit on a large market', () => {
    const input = generateInstance(1000, 900, 5);
    const cpu = process.cpuUsage();
    const result = suggest({ ...input, budget: 1e9, timeLimitMs: 300 });
    // A billion units would take minutes. Its own CPU time, as the wall-clock time of the set-up before the
    // search depends on how busy the machine is (other work waiting for the same cores).
    const { user, system } = process.cpuUsage(cpu);
    expect((user + system) / 1000).toBeLessThan(5000);
    expect(result.search.stopped).toBe('deadline');
    expect(result.search.work).toBeLessThan(1e8);
    expect(violations(input, result.placements)).toEqual([]);
    expect(result.placements).toHaveLength(900);
  });

  it('keeps its pair table equal to pairScore', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), fc.integer({ min: 1, max: 1_000_000 }), (n, seed) => {
        const input = generateInstance(n, n, seed);
        const problem = new Problem(input);
        for (let a = 0; a < n; a++)
          for (let b = 0; b < n; b++)
            if (a !== b) expect(problem.pair(a, b)).toBe(pairScore(input.exhibitors[a], input.exhibitors[b]));
      }),
      { numRuns: 30 },
    );
  });

  it('places everyone a valid layout can place (as many as the exact search)', () => {
    fc.assert(
      fc.property(
        instances.filter((i) => i.exhibitors.length <= 5 && i.stands.length <= 6),
        (input) => {
          const result = suggest(input);
          const placedFree = result.placements.filter((p) => !p.reasons.includes('locked')).length;
          expect(placedFree).toBe(exactBest(input).placed);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('explains why an application cannot be placed', () => {
    const result = suggest({
      stands: [stand('s1', 0), stand('s2', 3, { hasPower: true, stepFree: false })],
      exhibitors: [exhibitor('a', { needsPower: true, needsStepFree: true }), exhibitor('b', { width: 5 })],
    });
    expect(result.unplaceable).toEqual([
      { exhibitorId: 'a', reasons: ['power', 'step_free'] },
      { exhibitorId: 'b', reasons: ['width'] },
    ]);
    const full = suggest({ stands: [stand('s1', 0)], exhibitors: [exhibitor('a'), exhibitor('b')] });
    expect(full.unplaceable).toEqual([{ exhibitorId: expect.any(String), reasons: ['no_free_stand'] }]);
  });

  it('puts shared topics and wishes side by side and keeps loud offers apart', () => {
    const stands = [stand('s1', 0), stand('s2', 2), stand('s3', 10), stand('s4', 12)];
    const input: SolverInput = {
      stands,
      exhibitors: [
        exhibitor('a', { topics: ['Antisemitismus'], loud: true }),
        exhibitor('b', { topics: ['Antisemitismus'] }),
        exhibitor('c', { loud: true, wishes: ['d'] }),
        exhibitor('d'),
      ],
      seed: 7,
    };
    const result = suggest(input);
    const standOf = Object.fromEntries(result.placements.map((p) => [p.exhibitorId, p.standId]));
    const together = (x: string, y: string) => ['s1', 's2'].includes(standOf[x]) === ['s1', 's2'].includes(standOf[y]);
    expect(together('a', 'b')).toBe(true);
    expect(together('c', 'd')).toBe(true);
    expect(result.score).toBe(exactBest(input).score);
    expect(result.score).toBe(layoutScore(input, result.placements));
  });
});
