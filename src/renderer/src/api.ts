/**
 * The only module that touches `window.api`. Views and stores import `api` from here, so the
 * contract (src/shared/api) is the one typed surface between the renderer and main.
 */
import type { RendererApi } from '../../shared/api'

export const api: RendererApi = window.api

/**
 * Absolute paths of files and folders dropped onto the window. The preload resolves them with
 * Electron's webUtils; older Electron builds exposed `File.path` instead, so that is the fallback.
 */
export function pathsForDroppedFiles(files: readonly File[]): string[] {
  const paths: string[] = []
  for (const file of files) {
    const path = api.pathsForFiles([file])[0] ?? (file as File & { path?: unknown }).path
    if (typeof path === 'string' && path.length > 0) paths.push(path)
  }
  return paths
}

/**
 * A readable message from a failed call. IPC wraps main's error as
 * "Error invoking remote method 'parallax:invoke': Error: [code] message"; only the message matters.
 */
export function errorMessage(err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err)
  return raw
    .replace(/^Error invoking remote method '[^']*': /, '')
    .replace(/^(Error: )+/, '')
    .replace(/^\[[a-z-]+\] /, '')
}
