import { describe, expect, it } from 'vitest'
import { RequestGate } from '../../../src/main/core/fetch/request-gate'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('RequestGate', () => {
  it('does not let a busy host hold up an idle one', async () => {
    const gate = new RequestGate({ maxConcurrent: 2, perHost: 1, hostDelayMs: 0 })
    const releaseA = await gate.acquire('a.example')
    const secondA = gate.acquire('a.example')
    const b = await Promise.race([gate.acquire('b.example'), sleep(100).then(() => null)])
    expect(b).not.toBeNull()
    expect(gate.waiting).toBe(1)
    releaseA()
    ;(await secondA)()
    b!()
    expect(gate.inFlight).toBe(0)
  })

  it('waits for a host deferred by Retry-After, and a waiter can be cancelled', async () => {
    const gate = new RequestGate({ hostDelayMs: 0 })
    gate.deferHost('slow.example', Date.now() + 150)
    const started = Date.now()
    ;(await gate.acquire('slow.example'))()
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)

    gate.deferHost('slow.example', Date.now() + 10_000)
    const controller = new AbortController()
    const waiting = gate.acquire('slow.example', controller.signal)
    controller.abort(new Error('stop'))
    await expect(waiting).rejects.toThrow('stop')
    expect(gate.waiting).toBe(0)
  })

  it('releasing twice frees one slot only', async () => {
    const gate = new RequestGate({ maxConcurrent: 1, hostDelayMs: 0 })
    const release = await gate.acquire('x')
    release()
    release()
    expect(gate.inFlight).toBe(0)
  })
})
