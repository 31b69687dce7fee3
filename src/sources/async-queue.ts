// A queue that producers push into from events and one async reader drains: the reader waits only
// when the queue is empty, and the queue lets go of each item as it is taken. Shared by git's output
// read ahead (in this thread or from the pump worker) and the log pass's stream of blobs.

export class AsyncQueue<T> {
  private items: (T | undefined)[] = [];
  private head = 0;
  private ended = false;
  private failure: { readonly error: unknown } | undefined;
  private wake: (() => void) | undefined;
  private roomWaiter: { readonly below: number; readonly resolve: () => void } | undefined;
  private stopped = false;

  /** Items queued and not yet taken. */
  get size(): number {
    return this.items.length - this.head;
  }

  /**
   * Resolves once fewer than `below` items wait (at once when they do), or the reader stops: a
   * producer that can pause (a git process's output) awaits this instead of queueing without bound.
   */
  room(below: number): Promise<void> {
    if (this.stopped || this.size < below) return Promise.resolve();
    return new Promise((resolve) => (this.roomWaiter = { below, resolve }));
  }

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
    try {
      for (;;) {
        if (this.head < this.items.length) {
          const item = this.items[this.head] as T;
          this.items[this.head++] = undefined;
          if (this.roomWaiter && this.size < this.roomWaiter.below) this.letProducerOn();
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
    } finally {
      // a reader that stops, early or not, never leaves the producer waiting
      this.stopped = true;
      this.letProducerOn();
    }
  }

  private letProducerOn(): void {
    const waiter = this.roomWaiter;
    this.roomWaiter = undefined;
    waiter?.resolve();
  }

  private notify(): void {
    this.wake?.();
    this.wake = undefined;
  }
}
