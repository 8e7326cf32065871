import { SolverExhibitor, SolverInput, SolverStand } from './model';
import { seededRandom } from './random';

const TOPICS = [
  'Extremismusprävention',
  'Antirassismus',
  'Antisemitismus',
  'Demokratiebildung',
  'Empowerment',
  'Queerfeindlichkeit',
];

/**
 * A plausible market: stands in rows of a hall, about a third with power, most step-free,
 * exhibitors with one to three topics, some needs, some loud, a few wishes. Same seed, same instance.
 */
export function generateInstance(standCount: number, exhibitorCount: number, seed = 1): SolverInput {
  const random = seededRandom(seed);
  const perRow = Math.max(1, Math.ceil(Math.sqrt(standCount * 2)));
  const stands: SolverStand[] = Array.from({ length: standCount }, (_v, i) => ({
    id: `s${i + 1}`,
    x: (i % perRow) * 2.5,
    y: Math.floor(i / perRow) * 4,
    width: random() < 0.2 ? 3 : 2,
    depth: 1,
    rotation: 0,
    hasPower: random() < 0.35,
    stepFree: random() < 0.85,
    capacity: random() < 0.1 ? 2 : 1,
  }));
  const exhibitors: SolverExhibitor[] = Array.from({ length: exhibitorCount }, (_v, i) => ({
    id: `e${i + 1}`,
    needsPower: random() < 0.25,
    needsStepFree: random() < 0.15,
    width: random() < 0.1 ? 3 : random() < 0.5 ? 2 : null,
    topics: TOPICS.filter(() => random() < 0.3).slice(0, 3),
    loud: random() < 0.3,
    wishes: [],
  }));
  for (const exhibitor of exhibitors) {
    if (random() < 0.1 && exhibitors.length > 1) {
      const other = exhibitors[Math.floor(random() * exhibitors.length)];
      if (other !== exhibitor) (exhibitor.wishes as string[]).push(other.id);
    }
  }
  return { stands, exhibitors, seed };
}
