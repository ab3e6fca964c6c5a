import { describe, expect, it } from 'vitest'
import { InOrder } from '../../../src/main/core/import/in-order'

describe('InOrder', () => {
  it('releases items in index order whatever order they arrive in', () => {
    const out: string[] = []
    const ordered = new InOrder<string>((s) => out.push(s), 10)
    ordered.put(2, 'c')
    ordered.put(1, 'b')
    expect(out).toEqual([])
    ordered.put(0, 'a')
    expect(out).toEqual(['a', 'b', 'c'])
    ordered.put(4, 'e')
    ordered.drain()
    expect(out).toEqual(['a', 'b', 'c', 'e'])
  })

  it('makes producers wait while the backlog is full, and lets them go on abort', async () => {
    const ordered = new InOrder<number>(() => undefined, 2)
    ordered.put(1, 1)
    ordered.put(2, 2)
    let passed = false
    const waiting = ordered.room().then(() => (passed = true))
    await new Promise((r) => setTimeout(r, 10))
    expect(passed).toBe(false)
    ordered.put(0, 0)
    await waiting
    expect(passed).toBe(true)

    ordered.put(4, 4)
    ordered.put(5, 5)
    const controller = new AbortController()
    const aborted = ordered.room(controller.signal)
    controller.abort()
    await aborted
  })
})
