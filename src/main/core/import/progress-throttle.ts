/** Passes on the latest value at most once per interval, and the last one always (on flush). */
export class ProgressThrottle<T> {
  private latest: T | null = null
  private lastEmit = 0
  private timer: NodeJS.Timeout | null = null

  constructor(
    private readonly emit: (value: T) => void,
    private readonly intervalMs: number,
  ) {}

  update(value: T): void {
    this.latest = value
    const wait = this.lastEmit + this.intervalMs - Date.now()
    if (wait <= 0) this.flush()
    else this.timer ??= setTimeout(() => this.flush(), wait).unref()
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    if (this.latest === null) return
    const value = this.latest
    this.latest = null
    this.lastEmit = Date.now()
    this.emit(value)
  }
}
