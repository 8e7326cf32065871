import { boxOf, gap } from '@markt/shared';
import { HardNeed, SCORE, SolverExhibitor, SolverStand } from './model';

/** The hard needs a stand fails for an exhibitor; empty when the stand fits. */
export function unmetNeeds(exhibitor: SolverExhibitor, stand: SolverStand): HardNeed[] {
  const unmet: HardNeed[] = [];
  if (exhibitor.needsPower && !stand.hasPower) unmet.push('power');
  if (exhibitor.needsStepFree && !stand.stepFree) unmet.push('step_free');
  if (exhibitor.width !== null && exhibitor.width > stand.width + 1e-9) unmet.push('width');
  return unmet;
}

export function fits(exhibitor: SolverExhibitor, stand: SolverStand): boolean {
  return unmetNeeds(exhibitor, stand).length === 0;
}

/** Neighbour lists by stand index: stands whose outlines are at most `maxGap` metres apart. */
export function neighbourhood(stands: readonly SolverStand[], maxGap: number): number[][] {
  const boxes = stands.map(boxOf);
  const result: number[][] = stands.map(() => []);
  for (let i = 0; i < stands.length; i++) {
    for (let j = i + 1; j < stands.length; j++) {
      if (gap(boxes[i], boxes[j]) <= maxGap) {
        result[i].push(j);
        result[j].push(i);
      }
    }
  }
  return result;
}

/** What two exhibitors standing side by side (or sharing a stand) add to the layout's score. */
export function pairScore(a: SolverExhibitor, b: SolverExhibitor): number {
  let score = 0;
  for (const topic of a.topics) if (b.topics.includes(topic)) score += SCORE.sharedTopic;
  if (a.wishes.includes(b.id)) score += SCORE.wish;
  if (b.wishes.includes(a.id)) score += SCORE.wish;
  if (a.loud && b.loud) score += SCORE.loudNeighbours;
  return score;
}
