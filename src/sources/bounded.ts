import pLimit from 'p-limit';

/**
 * Maps items to results with at most `concurrency` jobs running and at most `window` results
 * waiting, yielding in input order: memory stays bounded however many items there are, and the
 * output order is deterministic.
 */
export async function* mapBounded<T, R>(
  items: AsyncIterable<T> | Iterable<T>,
  job: (item: T) => Promise<R>,
  concurrency: number,
  window = concurrency * 2,
): AsyncGenerator<R> {
  const limit = pLimit(concurrency);
  const queue: Promise<R>[] = [];
  for await (const item of items) {
    queue.push(limit(() => job(item)));
    if (queue.length >= window) yield await (queue.shift() as Promise<R>);
  }
  while (queue.length > 0) yield await (queue.shift() as Promise<R>);
}
