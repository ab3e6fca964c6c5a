import { Menu, type BrowserWindow } from 'electron'
import { menuTemplate, type MenuActions } from './menu-template'

/** A standard menu (menu-template.ts): File with import, printing and the library's backups, Edit, View, Window, Help ▸ Show Logs. */
export function installMenu(getWindow: () => BrowserWindow | null, actions: MenuActions, { development }: { development: boolean }): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(getWindow, actions, { development, mac: process.platform === 'darwin' })))
}

