export * from './lib/model';
export { suggest, suggestInSlices, layoutScore, violations } from './lib/solver';
export { exactBest } from './lib/exact';
export { generateInstance } from './lib/generate';
