import { describe, expect, it, vi } from 'vitest'
import { API_METHODS } from '../../../src/shared/api'
import { createDispatcher } from '../../../src/main/api/dispatch'
import { schemas } from '../../../src/main/api/schemas'
import type { ApiContext, Handlers } from '../../../src/main/api/types'

function fakeHandlers() {
  const calls: unknown[][] = []
  const handlers = Object.fromEntries(
    Object.entries(API_METHODS).map(([ns, table]) => [
      ns,
      Object.fromEntries(Object.keys(table).map((m) => [m, vi.fn((...args: unknown[]) => (calls.push([ns, m, ...args]), 'ok'))])),
    ]),
  ) as unknown as Handlers
  return { handlers, calls }
}

const ctx = {} as ApiContext

describe('dispatcher', () => {
  it('has a schema for every contract method', () => {
    for (const [ns, table] of Object.entries(API_METHODS)) {
      for (const m of Object.keys(table)) {
        expect((schemas as unknown as Record<string, Record<string, unknown>>)[ns]?.[m], `${ns}.${m}`).toBeDefined()
      }
    }
  })

  it('calls the handler with validated arguments', async () => {
    const { handlers, calls } = fakeHandlers()
    const dispatch = createDispatcher(ctx, handlers)
    await expect(dispatch('library', 'getArticle', [7])).resolves.toBe('ok')
    expect(calls).toEqual([['library', 'getArticle', 7]])
  })

  it('refuses unknown methods, including prototype keys', async () => {
    const dispatch = createDispatcher(ctx, fakeHandlers().handlers)
    await expect(dispatch('library', 'drop', [])).rejects.toThrow(/Unknown API method/)
    await expect(dispatch('__proto__', 'toString', [])).rejects.toThrow(/Unknown API method/)
    await expect(dispatch('library', 'constructor', [])).rejects.toThrow(/Unknown API method/)
  })

  it('lets a comparison be read a page of at most 500 rows at a time', async () => {
    const { handlers, calls } = fakeHandlers()
    const dispatch = createDispatcher(ctx, handlers)
    const spec = { scope: { from: '2020-01-01' }, actorIds: ['ru-mfa', 'by-mfa'], layout: 'timeline' }
    await expect(dispatch('compare', 'page', [spec, { offset: 40, limit: 500 }])).resolves.toBe('ok')
    for (const request of [{ offset: 0, limit: 501 }, { offset: 0, limit: 0 }, { offset: -1, limit: 10 }, { offset: 1.5, limit: 10 }, { offset: 0, limit: 10, all: true }, { offset: 0 }]) {
      await expect(dispatch('compare', 'page', [spec, request])).rejects.toThrow(/Invalid arguments/)
    }
    await expect(dispatch('compare', 'overview', [{ ...spec, actorIds: ['ru-mfa'] }])).rejects.toThrow(/at least 2/)
    await expect(dispatch('compare', 'phrases', [spec, 'extra'])).rejects.toThrow(/Invalid arguments/)
    expect(calls).toHaveLength(1)
  })

  it('refuses invalid arguments before any handler runs', async () => {
    const { handlers, calls } = fakeHandlers()
    const dispatch = createDispatcher(ctx, handlers)
    await expect(dispatch('library', 'getArticle', ['1; DROP TABLE articles'])).rejects.toThrow(/Invalid arguments/)
    await expect(dispatch('library', 'getArticle', [1, 2])).rejects.toThrow(/Invalid arguments/)
    await expect(dispatch('library', 'search', [{ text: 'x', evil: true }])).rejects.toThrow(/Invalid arguments/)
    await expect(dispatch('import', 'start', [['relative/path.html']])).rejects.toThrow(/absolute path/)
    await expect(dispatch('tags', 'recolor', [1, 'red; background:url(x)'])).rejects.toThrow(/colour/)
    expect(calls).toEqual([])
  })
})
