import { describe, expect, it } from 'vitest'
import { backoffDelay, DEFAULT_BACKOFF } from '../../../src/main/core/fetch/backoff'
import { parseRetryAfter, MAX_RETRY_AFTER_MS } from '../../../src/main/core/fetch/retry-after'

describe('Retry-After', () => {
  const now = Date.parse('2024-03-04T10:00:00Z')
  it('reads seconds and HTTP dates (all three forms)', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000)
    expect(parseRetryAfter(' 0 ', now)).toBe(0)
    expect(parseRetryAfter('Mon, 04 Mar 2024 10:05:00 GMT', now)).toBe(300_000)
    expect(parseRetryAfter('Monday, 04-Mar-24 10:01:00 GMT', now)).toBe(60_000)
    expect(parseRetryAfter('Mon Mar  4 10:00:30 2024', now)).toBe(30_000 - new Date(now).getTimezoneOffset() * 60_000)
  })
  it('treats past dates as now, caps far ones, and ignores nonsense', () => {
    expect(parseRetryAfter('Sun, 03 Mar 2024 10:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('99999999', now)).toBe(MAX_RETRY_AFTER_MS)
    expect(parseRetryAfter('soon', now)).toBeNull()
    expect(parseRetryAfter('-5', now)).toBeNull()
    expect(parseRetryAfter(null, now)).toBeNull()
  })
})

describe('backoff', () => {
  it('doubles per failure from one minute, with ±50 % jitter, up to six hours', () => {
    expect(backoffDelay(1, DEFAULT_BACKOFF, () => 0.5)).toBe(60_000)
    expect(backoffDelay(2, DEFAULT_BACKOFF, () => 0.5)).toBe(120_000)
    expect(backoffDelay(4, DEFAULT_BACKOFF, () => 0.5)).toBe(480_000)
    expect(backoffDelay(3, DEFAULT_BACKOFF, () => 0)).toBe(120_000)
    expect(backoffDelay(3, DEFAULT_BACKOFF, () => 0.999999)).toBe(360_000)
    expect(backoffDelay(30, DEFAULT_BACKOFF, () => 0.5)).toBe(6 * 3600_000)
  })
  it('spreads retries of jobs that failed together', () => {
    const delays = new Set(Array.from({ length: 20 }, () => backoffDelay(2)))
    expect(delays.size).toBeGreaterThan(15)
  })
})
