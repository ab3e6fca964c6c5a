import type { BrowserWindow } from 'electron'

export interface MenuActions {
  /** File ▸ Import…: asks the renderer, which owns import progress. */
  import(): void
  backUp(): void
  restore(): void
  check(): void
  /** Help ▸ Show Logs: the log file in the system's file manager. */
  showLogs(): void
}

/**
 * The menu's items (electron-free, so tests can read it). Reload and the developer tools are there in
 * development builds only: in a shipped app they would let anyone at the keyboard run script with the
 * renderer's API.
 */
export function menuTemplate(
  getWindow: () => BrowserWindow | null,
  actions: MenuActions,
  { development, mac }: { development: boolean; mac: boolean },
): Electron.MenuItemConstructorOptions[] {
  const view: Electron.MenuItemConstructorOptions[] = [
    ...(development ? [{ role: 'reload' as const }, { role: 'forceReload' as const }, { role: 'toggleDevTools' as const }, { type: 'separator' as const }] : []),
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ]
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: actions.import },
        { type: 'separator' },
        { label: 'Print…', accelerator: 'CmdOrCtrl+P', click: () => getWindow()?.webContents.print() },
        { type: 'separator' },
        { label: 'Back Up Library Now', click: actions.backUp },
        { label: 'Restore from Backup…', click: actions.restore },
        { label: 'Check Library…', click: actions.check },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'Show Logs', click: actions.showLogs }] },
  ]
}
