import { describe, expect, it } from 'vitest'
import type { ImportOutcome } from '../../../src/shared/api'
import type { ExtractedArticle } from '../../../src/main/core/extraction/types'
import type { ArticleStore } from '../../../src/main/core/library/article-store'
import { WriteBatch } from '../../../src/main/core/import/write-batch'

/** An article store whose every add takes `addMs`, recording how many articles each transaction wrote. */
function slowStore(addMs: number) {
  const transactions: number[] = []
  let nextId = 1
  const store = {
    inTransaction: true,
    batch<T>(work: () => T): T {
      transactions.push(0)
      return work()
    },
    add() {
      transactions[transactions.length - 1]++
      const end = performance.now() + addMs
      while (performance.now() < end) {}
      return { status: 'imported' as const, articleId: nextId++, title: 't' }
    },
  }
  return { store: store as unknown as ArticleStore, transactions }
}

const extracted = { text: 'x' } as ExtractedArticle

describe('WriteBatch', () => {
  it('writes in short transactions, yielding between them, every article in order', async () => {
    const { store, transactions } = slowStore(4)
    const outcomes: ImportOutcome[] = []
    const stored: number[] = []
    const writes = new WriteBatch(store, (o) => outcomes.push(o), { sliceMs: 20, afterStore: (id) => stored.push(id) })
    for (let i = 0; i < 60; i++) writes.add(`f${i}`, extracted, null)
    let ticks = 0
    const ticker = setInterval(() => ticks++, 0)
    await writes.drain()
    clearInterval(ticker)
    expect(outcomes.map((o) => o.file)).toEqual(Array.from({ length: 60 }, (_, i) => `f${i}`))
    expect(stored).toEqual(Array.from({ length: 60 }, (_, i) => i + 1))
    // 60 × 4 ms in slices of about 20 ms (5 or 6 articles, fewer when the thread is preempted): never one long stall.
    expect(transactions.length).toBeGreaterThanOrEqual(10)
    expect(Math.max(...transactions)).toBeLessThanOrEqual(6)
    expect(ticks).toBeGreaterThan(0)
  })

  it('holds producers back while too many articles wait to be written', async () => {
    const { store } = slowStore(0)
    const writes = new WriteBatch(store, () => {}, { maxPending: 3, maxSize: 1000, maxWaitMs: 10_000 })
    for (let i = 0; i < 3; i++) writes.add(`f${i}`, extracted, null)
    let roomy = false
    const room = writes.room().then(() => (roomy = true))
    await new Promise((next) => setTimeout(next, 20))
    expect(roomy).toBe(false)
    await writes.drain()
    await room
    expect(roomy).toBe(true)
  })

  it('fails the articles of a transaction that could not be written, and goes on with the rest', async () => {
    let calls = 0
    const outcomes: ImportOutcome[] = []
    const store = {
      inTransaction: false,
      batch<T>(work: () => T): T {
        if (calls++ === 0) throw new Error('database is locked')
        return work()
      },
      add: () => ({ status: 'imported' as const, articleId: 1, title: 't' }),
    } as unknown as ArticleStore
    const writes = new WriteBatch(store, (o) => outcomes.push(o))
    writes.add('a', extracted, null)
    writes.add('b', extracted, null)
    await writes.drain()
    expect(outcomes).toEqual([
      { file: 'a', status: 'failed', reason: 'could not be stored in the library: database is locked' },
      expect.objectContaining({ file: 'b', status: 'imported' }),
    ])
  })
})
