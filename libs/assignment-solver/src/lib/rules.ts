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
  // The same rules as `unmetNeeds`, without building the list: the solver asks this for every pair.
  return (
    (!exhibitor.needsPower || stand.hasPower) &&
    (!exhibitor.needsStepFree || stand.stepFree) &&
    (exhibitor.width === null || exhibitor.width <= stand.width + 1e-9)
  );
}

/**
 * Neighbour lists by stand index (ascending): stands whose outlines are at most `maxGap` metres apart.
 * A sweep along x: only stands whose x ranges come within `maxGap` are measured.
 */
export function neighbourhood(stands: readonly SolverStand[], maxGap: number): number[][] {
  const boxes = stands.map(boxOf);
  const byLeft = boxes.map((_b, i) => i).sort((a, b) => boxes[a].left - boxes[b].left || a - b);
  const result: number[][] = stands.map(() => []);
  for (let p = 0; p < byLeft.length; p++) {
    const i = byLeft[p];
    for (let q = p + 1; q < byLeft.length; q++) {
      const j = byLeft[q];
      if (boxes[j].left - boxes[i].right > maxGap) break;
      if (gap(boxes[i], boxes[j]) <= maxGap) {
        result[i].push(j);
        result[j].push(i);
      }
    }
  }
  for (const list of result) list.sort((a, b) => a - b);
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
