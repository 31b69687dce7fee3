// The queue under git's read-ahead and the log pass's blob stream: order, waiting, end and failure.
import { describe, expect, it } from 'vitest';
import { AsyncQueue } from '../../src/sources/async-queue.js';

async function takeAll<T>(queue: AsyncQueue<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of queue.drain()) out.push(item);
  return out;
}

describe('AsyncQueue', () => {
  it('gives items in order, waits while empty, and stops after end', async () => {
    const queue = new AsyncQueue<number>();
    const reading = takeAll(queue);
    for (let i = 0; i < 5000; i++) {
      queue.push(i);
      if (i % 997 === 0) await new Promise((resolve) => setImmediate(resolve)); // the reader runs dry and waits
    }
    queue.end();
    expect(await reading).toEqual(Array.from({ length: 5000 }, (_, i) => i));
  });

  it('gives every item queued, then throws the failure', async () => {
    const queue = new AsyncQueue<string>();
    queue.push('a');
    queue.push('b');
    queue.fail(new Error('git died'));
    queue.push('late');
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const item of queue.drain()) seen.push(item);
      })(),
    ).rejects.toThrow('git died');
    expect(seen).toEqual(['a', 'b', 'late']);
  });

  it('ends a reader that is waiting', async () => {
    const queue = new AsyncQueue<number>();
    const reading = takeAll(queue);
    await new Promise((resolve) => setImmediate(resolve));
    queue.end();
    expect(await reading).toEqual([]);
  });
});

describe('AsyncQueue.room: a producer that waits for the reader', () => {
  it('waits while `below` or more items are queued, and goes on as the reader takes them', async () => {
    const queue = new AsyncQueue<number>();
    for (let i = 0; i < 10; i++) queue.push(i);
    let roomy = false;
    const waiting = queue.room(5).then(() => (roomy = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(roomy).toBe(false);
    const reader = queue.drain();
    for (let i = 0; i < 5; i++) await reader.next();
    await new Promise((resolve) => setImmediate(resolve));
    expect(roomy).toBe(false); // 5 still queued
    await reader.next();
    await waiting;
    expect(queue.size).toBe(4);
    await expect(queue.room(100)).resolves.toBeUndefined(); // room at once
  });

  it('lets the producer on for good once the reader stops early', async () => {
    const queue = new AsyncQueue<number>();
    for (let i = 0; i < 10; i++) queue.push(i);
    const waiting = queue.room(2);
    for await (const item of queue.drain()) if (item === 1) break;
    await waiting;
    for (let i = 0; i < 10; i++) queue.push(i);
    await expect(queue.room(2)).resolves.toBeUndefined();
  });
});
