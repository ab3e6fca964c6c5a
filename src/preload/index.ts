/**
 * Exposes exactly the API contract as `window.api` — one function per method in API_METHODS,
 * typed events from API_EVENTS, and paths for dropped files — and nothing generic.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import {
  API_EVENTS,
  API_METHODS,
  IPC_CHOSEN_PATHS_CHANNEL,
  IPC_EVENT_CHANNEL,
  IPC_INVOKE_CHANNEL,
  type ApiEvents,
  type EventName,
  type Namespace,
  type ParallaxApi,
  type RendererApi,
} from '../shared/api'

/** One invoking function per contract method of a namespace; API_METHODS is exhaustive by type. */
function bind<N extends Namespace>(namespace: N): ParallaxApi[N] {
  const table: Record<string, true> = API_METHODS[namespace]
  return Object.fromEntries(
    Object.keys(table).map((method) => [
      method,
      (...args: unknown[]) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, namespace, method, args),
    ]),
  ) as unknown as ParallaxApi[N]
}

const api = {
  app: bind('app'),
  library: bind('library'),
  searches: bind('searches'),
  tags: bind('tags'),
  import: bind('import'),
  actors: bind('actors'),
  persons: bind('persons'),
  events: bind('events'),
  compare: bind('compare'),
  jobs: bind('jobs'),
  statements: bind('statements'),
  metadata: bind('metadata'),
  citations: bind('citations'),
  on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void {
    if (!Object.prototype.hasOwnProperty.call(API_EVENTS, event)) throw new Error(`Unknown event ${String(event)}`)
    const handler = (_e: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) listener(payload as ApiEvents[E])
    }
    ipcRenderer.on(IPC_EVENT_CHANNEL, handler)
    return () => void ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler)
  },
  pathsForFiles(files: readonly File[]): string[] {
    const paths = files.map((f) => webUtils.getPathForFile(f)).filter((p) => p.length > 0)
    // Only files the person dropped (or picked in a file input) have a path; main records them as
    // chosen before the renderer's import.start, which IPC delivers after this message.
    if (paths.length) ipcRenderer.send(IPC_CHOSEN_PATHS_CHANNEL, paths)
    return paths
  },
} satisfies RendererApi

contextBridge.exposeInMainWorld('api', api)
