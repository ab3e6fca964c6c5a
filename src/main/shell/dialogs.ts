import { dialog, type BrowserWindow } from 'electron'
import { writeFile } from 'node:fs/promises'
import type { SaveTextOptions } from '../api/types'

/** File ▸ Import…: files and folders of saved pages. */
export async function pickImportPaths(parent: BrowserWindow | null): Promise<string[] | null> {
  const options: Electron.OpenDialogOptions = {
    title: 'Import saved pages',
    properties: ['openFile', 'openDirectory', 'multiSelections'],
    filters: [
      { name: 'Saved web pages', extensions: ['html', 'htm', 'xhtml', 'mhtml', 'mht', 'txt'] },
      { name: 'All files', extensions: ['*'] },
    ],
  }
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
  return result.canceled ? null : result.filePaths
}

/** Save…: asks where, suggesting a name and the format's extension, and writes the text as UTF-8. */
export async function saveTextFile(text: string, options: SaveTextOptions, parent: BrowserWindow | null): Promise<string | null> {
  const dialogOptions: Electron.SaveDialogOptions = {
    defaultPath: options.suggestedName,
    filters: [...options.filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })), { name: 'All files', extensions: ['*'] }],
  }
  const choice = parent ? await dialog.showSaveDialog(parent, dialogOptions) : await dialog.showSaveDialog(dialogOptions)
  if (choice.canceled || !choice.filePath) return null
  await writeFile(choice.filePath, text, 'utf8')
  return choice.filePath
}
