import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { IPC_CHOSEN_PATHS_CHANNEL, IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type ApiEvents, type EventName } from '../../shared/api'
import type { ChosenPaths } from '../core/import/chosen-paths'
import type { Dispatch } from '../api/dispatch'
import { ApiError } from '../api/types'
import { isAppUrl, type AppLocation } from './app-url'

/** Errors cross IPC as plain messages; stacks and internals stay in main. */
function toClientError(err: unknown): Error {
  if (err instanceof ApiError) return new Error(`[${err.code}] ${err.message}`)
  if (err instanceof Error) return new Error(err.message)
  return new Error(String(err))
}

/**
 * Registers the one invoke channel, and the preload's report of dropped paths; the sender frame must
 * be the app's own top frame before anything runs.
 */
export function registerIpc(dispatch: Dispatch, where: AppLocation, chosenPaths: ChosenPaths): void {
  ipcMain.on(IPC_CHOSEN_PATHS_CHANNEL, (event, paths: unknown) => {
    if (!isAppUrl(event.senderFrame?.url ?? '', where) || event.senderFrame?.parent) return
    if (Array.isArray(paths) && paths.length <= 10_000 && paths.every((p) => typeof p === 'string' && p.length <= 4096)) chosenPaths.grant(paths)
  })
  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, namespace: unknown, method: unknown, args: unknown) => {
    const frameUrl = event.senderFrame?.url ?? ''
    if (!isAppUrl(frameUrl, where) || event.senderFrame?.parent) {
      throw new Error('Refused: IPC from a frame that is not the app')
    }
    if (typeof namespace !== 'string' || typeof method !== 'string') throw new Error('Refused: malformed IPC call')
    try {
      return await dispatch(namespace, method, args)
    } catch (err) {
      throw toClientError(err)
    }
  })
}

export function createEmitter(getTarget: () => WebContents | null) {
  return <E extends EventName>(event: E, payload: ApiEvents[E]): void => {
    const target = getTarget()
    if (target && !target.isDestroyed()) target.send(IPC_EVENT_CHANNEL, event, payload)
  }
}
