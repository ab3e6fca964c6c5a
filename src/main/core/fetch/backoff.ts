/** Retrying after failures: exponential, with jitter so that many failing jobs do not retry in step. */
export interface BackoffPolicy {
  baseMs: number
  maxMs: number
  /** A job fetched once gives up after this many consecutive failures. */
  onceAttempts: number
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 60_000, maxMs: 6 * 3600_000, onceAttempts: 5 }

/** Delay before retry number `failures` (1 = after the first failure): base·2^(n−1), capped, times 0.5–1.5. */
export function backoffDelay(failures: number, policy: BackoffPolicy = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, failures - 1))
  return Math.round(exponential * (0.5 + random()))
}
