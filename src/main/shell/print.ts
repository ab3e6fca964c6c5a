import { BrowserWindow, dialog } from 'electron'
import { writeFile } from 'node:fs/promises'
import type { HtmlPrintOptions } from '../api/types'
import { electronPrintOptions, electronPrintToPdfOptions } from '../core/compare/export/pdf-options'

/** Loads report HTML (script-free, styles inlined) into a hidden window that can run no script. */
async function withReportWindow<T>(html: string, use: (win: BrowserWindow) => Promise<T>): Promise<T> {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, disableBlinkFeatures: 'Auxclick' },
  })
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`)
    return await use(win)
  } finally {
    win.destroy()
  }
}

/** The system print dialog; false when the person cancels. */
export function printHtml(html: string, options: HtmlPrintOptions): Promise<boolean> {
  return withReportWindow(
    html,
    (win) =>
      new Promise<boolean>((resolve, reject) => {
        win.webContents.print(electronPrintOptions(options), (success, reason) => {
          if (success || reason === 'cancelled') resolve(success)
          else reject(new Error(`Printing failed: ${reason}`))
        })
      }),
  )
}

/** Save as PDF: asks where, renders with printToPDF (same engine as the tests' page.pdf), writes the file. */
export async function saveHtmlAsPdf(
  html: string,
  options: HtmlPrintOptions,
  parent: BrowserWindow | null,
): Promise<string | null> {
  const dialogOptions = {
    title: 'Save as PDF',
    defaultPath: options.suggestedName.endsWith('.pdf') ? options.suggestedName : `${options.suggestedName}.pdf`,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  }
  const choice = parent ? await dialog.showSaveDialog(parent, dialogOptions) : await dialog.showSaveDialog(dialogOptions)
  if (choice.canceled || !choice.filePath) return null
  const pdf = await withReportWindow(html, (win) => win.webContents.printToPDF(electronPrintToPdfOptions(options)))
  await writeFile(choice.filePath, pdf)
  return choice.filePath
}
