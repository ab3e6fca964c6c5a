import type { BrowserWindow } from 'electron'
import type { Platform } from '../api/types'
import { pickImportPaths } from './dialogs'
import { openExternalSafely } from './security'

/** What the API may ask of the desktop: the system browser and dialogs. */
export function createElectronPlatform(getWindow: () => BrowserWindow | null): Platform {
  return {
    openExternal: openExternalSafely,
    pickImportPaths: () => pickImportPaths(getWindow()),
  }
}
