import { beforeEach, describe, expect, it, vi } from 'vitest'
import { API_METHODS, IPC_INVOKE_CHANNEL } from '../../../src/shared/api'

const exposed: Record<string, unknown> = {}
const invoke = vi.fn(async (..._args: unknown[]) => 'result')
const on = vi.fn()
const removeListener = vi.fn()

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: { invoke, on, removeListener },
  webUtils: { getPathForFile: (f: { name: string }) => `/dropped/${f.name}` },
}))

describe('preload', () => {
  beforeEach(async () => {
    vi.resetModules()
    await import('../../../src/preload/index')
  })

  it('exposes exactly the contract, the event subscription and dropped-file paths', () => {
    const api = exposed['api'] as Record<string, Record<string, unknown>>
    expect(Object.keys(api).sort()).toEqual([...Object.keys(API_METHODS), 'on', 'pathsForFiles'].sort())
    for (const [ns, table] of Object.entries(API_METHODS)) {
      expect(Object.keys(api[ns]!).sort()).toEqual(Object.keys(table).sort())
    }
  })

  it('invokes the one channel with namespace, method and arguments', async () => {
    const api = exposed['api'] as { library: { getArticle(id: number): Promise<unknown> } }
    await api.library.getArticle(3)
    expect(invoke).toHaveBeenCalledWith(IPC_INVOKE_CHANNEL, 'library', 'getArticle', [3])
  })

  it('refuses unknown events', () => {
    const api = exposed['api'] as { on(e: string, l: () => void): () => void }
    expect(() => api.on('anything', () => {})).toThrow(/Unknown event/)
  })
})
