/**
 * Releases numbered results in their number order, whatever order they arrive in, so that an
 * import stores files in the order given: ids follow the input, and of two copies of an article
 * the first one given is the one kept. Holds at most a bounded backlog behind a slow file.
 */
export class InOrder<T> {
  private next = 0
  private readonly waiting = new Map<number, T>()
  private waiters: (() => void)[] = []

  constructor(
    private readonly release: (item: T) => void,
    private readonly maxBacklog: number,
  ) {}

  put(index: number, item: T): void {
    this.waiting.set(index, item)
    while (this.waiting.has(this.next)) {
      const ready = this.waiting.get(this.next)!
      this.waiting.delete(this.next)
      this.next++
      this.release(ready)
    }
    for (const wake of this.waiters.splice(0)) wake()
  }

  /** Resolves once the backlog is below its bound, or at once when `signal` aborts. */
  async room(signal?: AbortSignal): Promise<void> {
    while (this.waiting.size >= this.maxBacklog && !signal?.aborted) {
      await new Promise<void>((wake) => {
        this.waiters.push(wake)
        signal?.addEventListener('abort', () => wake(), { once: true })
      })
    }
  }

  /** Releases what is left, in order, skipping numbers that never came (a cancelled run). */
  drain(): void {
    const rest = [...this.waiting.keys()].sort((a, b) => a - b)
    for (const index of rest) this.release(this.waiting.get(index)!)
    this.waiting.clear()
    for (const wake of this.waiters.splice(0)) wake()
  }
}
