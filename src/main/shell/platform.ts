import type { BrowserWindow } from 'electron'
import type { Platform } from '../api/types'
import { pickImportPaths, saveTextFile } from './dialogs'
import { printHtml, saveHtmlAsPdf } from './print'
import { openExternalSafely } from './security'

/** What the API may ask of the desktop: the system browser, dialogs and printing. */
export function createElectronPlatform(getWindow: () => BrowserWindow | null): Platform {
  return {
    openExternal: openExternalSafely,
    pickImportPaths: () => pickImportPaths(getWindow()),
    printHtml,
    saveHtmlAsPdf: (html, options) => saveHtmlAsPdf(html, options, getWindow()),
    saveTextFile: (text, options) => saveTextFile(text, options, getWindow()),
  }
}
