import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JobStore, type RunOutcome } from '../../../src/main/core/fetch/job-store'
import { createTestLibrary, type TestLibrary } from './helpers/library'

let lib: TestLibrary

beforeEach(() => {
  lib = createTestLibrary()
})
afterEach(() => lib.close())

const ok = (over: Partial<RunOutcome> = {}): RunOutcome => ({
  status: 'ok', active: true, nextRunAt: Date.now() + 3600_000, failureCount: 0, lastError: null, succeeded: true, imported: 2, ...over,
})

describe('JobStore leases', () => {
  it('leases a due job to one owner only, also across two connections to the file', () => {
    const a = new JobStore(lib.db)
    const b = new JobStore(lib.reopen().db)
    const id = a.create({ kind: 'feed', url: 'http://127.0.0.1/feed', title: null, intervalSeconds: 600 }, [])
    const now = Date.now()
    expect(a.claimDue('A', 10, 60_000, now).map((j) => j.id)).toEqual([id])
    expect(b.claimDue('B', 10, 60_000, now)).toEqual([])
    expect(a.view(id)!.running).toBe(true)
  })

  it('lets another owner take over a lease that expired (a crashed run) but not a renewed one', () => {
    const a = new JobStore(lib.db)
    const b = new JobStore(lib.reopen().db)
    const id = a.create({ kind: 'url', url: 'http://127.0.0.1/page', title: null, intervalSeconds: 600 }, [])
    const t0 = Date.now()
    a.claimDue('A', 1, 1000, t0)
    expect([...a.renew('A', [id], 1000, t0 + 900)]).toEqual([id])
    expect(b.claimDue('B', 1, 1000, t0 + 1500)).toEqual([])
    const taken = b.claimDue('B', 1, 1000, t0 + 2000)
    expect(taken.map((j) => j.id)).toEqual([id])
    // The crashed owner can neither renew nor store an outcome any more.
    expect(a.renew('A', [id], 1000).size).toBe(0)
    expect(a.finish(id, 'A', ok())).toBe(false)
    expect(b.finish(id, 'B', ok())).toBe(true)
  })

  it('stores an outcome: schedule, counts, validators, title only if none, lease freed', () => {
    const store = new JobStore(lib.db)
    const id = store.create({ kind: 'feed', url: 'http://127.0.0.1/f', title: null, intervalSeconds: 600 }, [])
    store.claimDue('A', 1, 60_000)
    expect(store.finish(id, 'A', ok({ etag: '"e1"', lastModified: 'Mon, 04 Mar 2024 10:00:00 GMT', title: 'Feed title' }))).toBe(true)
    let job = store.record(id)!
    expect(job).toMatchObject({ status: 'ok', articleCount: 2, unseenCount: 2, runCount: 1, etag: '"e1"', title: 'Feed title', leaseOwner: null })
    store.claimDue('A', 1, 60_000, job.nextRunAt!)
    store.finish(id, 'A', ok({ imported: 1, title: 'Other title' }))
    job = store.record(id)!
    expect(job).toMatchObject({ articleCount: 3, unseenCount: 3, etag: '"e1"', title: 'Feed title' })
  })

  it('claims only active, due jobs, oldest due first, up to the limit', () => {
    const store = new JobStore(lib.db)
    const now = Date.now()
    const ids = ['a', 'b', 'c', 'd'].map((n) => store.create({ kind: 'url', url: `http://127.0.0.1/${n}`, title: null, intervalSeconds: 600 }, [], now))
    store.patch(ids[0], { nextRunAt: now - 5000 })
    store.patch(ids[1], { active: false })
    store.patch(ids[3], { nextRunAt: now + 60_000 })
    expect(store.claimDue('A', 1, 60_000, now).map((j) => j.id)).toEqual([ids[0]])
    expect(store.claimDue('A', 5, 60_000, now).map((j) => j.id)).toEqual([ids[2]])
    expect(store.nextWake()).toBe(now + 60_000)
  })
})
