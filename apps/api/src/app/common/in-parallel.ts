/**
 * Runs `work` for every item, at most `limit` at a time, and resolves when all have settled. Meant for
 * work off the event loop (image decoding on libuv's thread pool), where a few at once use the pool without
 * queueing everything on it. `work` handles its own failures: one that throws rejects the whole run.
 */
export async function inParallel<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
