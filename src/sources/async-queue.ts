// A queue that producers push into from events and one async reader drains: the reader waits only
// when the queue is empty, and the queue lets go of each item as it is taken. Shared by git's output
// read ahead (in this thread or from the pump worker) and the log pass's stream of blobs.

export class AsyncQueue<T> {
  private items: (T | undefined)[] = [];
  private head = 0;
  private ended = false;
  private failure: { readonly error: unknown } | undefined;
  private wake: (() => void) | undefined;

  push(item: T): void {
    this.items.push(item);
    this.notify();
  }

  /** No more items: the reader stops once it has taken the ones queued. */
  end(): void {
    this.ended = true;
    this.notify();
  }

  /** The reader throws `error` once it has taken the items queued before it. */
  fail(error: unknown): void {
    this.failure ??= { error };
    this.notify();
  }

  async *drain(): AsyncGenerator<T> {
    for (;;) {
      if (this.head < this.items.length) {
        const item = this.items[this.head] as T;
        this.items[this.head++] = undefined;
        if (this.head > 1024 && this.head * 2 > this.items.length) {
          this.items.splice(0, this.head);
          this.head = 0;
        }
        yield item;
        continue;
      }
      if (this.failure) throw this.failure.error;
      if (this.ended) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  private notify(): void {
    this.wake?.();
    this.wake = undefined;
  }
}
