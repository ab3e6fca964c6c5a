/**
 * Politeness: a global limit on requests in flight, at most one or two per host at once, and a
 * pause between request starts on the same host (longer when robots.txt asks for a Crawl-delay or a
 * server sends Retry-After). Waiters are served first come, first served per host, and a waiter
 * for a busy host never blocks one for an idle host.
 */
export interface GateOptions {
  /** Requests in flight across all hosts. */
  maxConcurrent?: number
  /** Requests in flight per host: 1 or 2. */
  perHost?: number
  /** Minimum time between two request starts on one host. */
  hostDelayMs?: number
}

interface HostState {
  active: number
  /** Earliest time the next request to this host may start. */
  nextAt: number
  /** A longer, host-specific delay (robots.txt Crawl-delay). */
  delayMs: number | null
  /** Until when the server asked us to stay away (Retry-After). */
  pausedUntil: number
}

interface Waiter {
  host: string
  grant: (release: () => void) => void
}

export class RequestGate {
  readonly maxConcurrent: number
  readonly perHost: number
  readonly hostDelayMs: number
  private active = 0
  private readonly hosts = new Map<string, HostState>()
  private readonly waiters: Waiter[] = []
  private timer: NodeJS.Timeout | null = null

  constructor(options: GateOptions = {}) {
    this.maxConcurrent = Math.max(1, options.maxConcurrent ?? 6)
    this.perHost = Math.min(2, Math.max(1, options.perHost ?? 1))
    this.hostDelayMs = Math.max(0, options.hostDelayMs ?? 1000)
  }

  /** Waits for a slot for `host`; call the returned function when the request is finished. */
  acquire(host: string, signal?: AbortSignal): Promise<() => void> {
    signal?.throwIfAborted()
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        const i = this.waiters.indexOf(waiter)
        if (i >= 0) this.waiters.splice(i, 1)
        reject(signal!.reason)
      }
      const waiter: Waiter = {
        host,
        grant: (release) => {
          signal?.removeEventListener('abort', onAbort)
          resolve(release)
        },
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      this.waiters.push(waiter)
      this.pump()
    })
  }

  /** No request to `host` starts before `until` (epoch ms); for Retry-After. */
  deferHost(host: string, until: number): void {
    const state = this.state(host)
    state.nextAt = Math.max(state.nextAt, until)
    state.pausedUntil = Math.max(state.pausedUntil, until)
    this.pump()
  }

  /** Epoch ms until which `host` asked not to be contacted (0 when it did not). */
  pausedUntil(host: string): number {
    return this.hosts.get(host)?.pausedUntil ?? 0
  }

  /** A host-specific delay between requests, e.g. robots.txt's Crawl-delay (never shorter than the default). */
  setHostDelay(host: string, delayMs: number): void {
    this.state(host).delayMs = Math.max(this.hostDelayMs, delayMs)
  }

  get inFlight(): number {
    return this.active
  }

  get waiting(): number {
    return this.waiters.length
  }

  private state(host: string): HostState {
    let state = this.hosts.get(host)
    if (!state) {
      state = { active: 0, nextAt: 0, delayMs: null, pausedUntil: 0 }
      this.hosts.set(host, state)
    }
    return state
  }

  private pump(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const now = Date.now()
    let wakeAt = Infinity
    for (let i = 0; i < this.waiters.length && this.active < this.maxConcurrent; ) {
      const waiter = this.waiters[i]
      const state = this.state(waiter.host)
      if (state.active >= this.perHost) {
        i++
      } else if (state.nextAt > now) {
        wakeAt = Math.min(wakeAt, state.nextAt)
        i++
      } else {
        this.waiters.splice(i, 1)
        this.start(waiter, state, now)
      }
    }
    if (wakeAt < Infinity && this.waiters.length > 0) this.timer = setTimeout(() => this.pump(), wakeAt - now)
    this.forgetIdleHosts(now)
  }

  private start(waiter: Waiter, state: HostState, now: number): void {
    this.active++
    state.active++
    state.nextAt = now + (state.delayMs ?? this.hostDelayMs)
    let released = false
    waiter.grant(() => {
      if (released) return
      released = true
      this.active--
      state.active--
      this.pump()
    })
  }

  /** Keeps the host table small: an idle host whose pause has passed needs no entry (unless it has its own delay). */
  private forgetIdleHosts(now: number): void {
    if (this.hosts.size < 1000) return
    for (const [host, state] of this.hosts) {
      if (state.active === 0 && state.nextAt <= now && state.delayMs == null) this.hosts.delete(host)
    }
  }
}
