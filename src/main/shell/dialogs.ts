import { dialog, type BrowserWindow } from 'electron'

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
