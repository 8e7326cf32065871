// Looked up once: under Jest, every `Math.…` lookup goes through the test environment's global object and
// costs more than the arithmetic around it (the search draws tens of millions of numbers).
const { imul } = Math;

/** mulberry32: small, fast and the same on every machine, so a seed reproduces a suggestion. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
