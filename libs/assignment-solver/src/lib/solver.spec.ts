import fc from 'fast-check';
import { exactBest } from './exact';
import { generateInstance } from './generate';
import { SolverExhibitor, SolverInput, SolverStand } from './model';
import { layoutScore, suggest, violations } from './solver';

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

/** Random small instances with random locks (valid or not) to throw at the solver. */
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
    return { ...input, locked, effort: 30 };
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

  it('is deterministic for a given seed', () => {
    fc.assert(
      fc.property(instances, (input) => {
        expect(suggest(input)).toEqual(suggest(input));
      }),
      { numRuns: 50 },
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
