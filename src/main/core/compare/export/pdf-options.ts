import type { PaperSize } from '../../../../shared/api/compare'
import { escapeHtml } from './escape'
import type { ReportLabels } from './labels'

/** Page margins in millimetres; the bottom one leaves room for the page-number footer. */
export const MARGINS_MM = { top: 12, right: 10, bottom: 16, left: 10 } as const

const CSS_PAGE_SIZE: Record<PaperSize, string> = { a4: 'A4', letter: 'letter' }

/** The CSS @page rule of the report (the print dialog and page.pdf/printToPDF honour it). */
export function pageRule(paper: PaperSize, landscape: boolean): string {
  const m = MARGINS_MM
  return `@page { size: ${CSS_PAGE_SIZE[paper]} ${landscape ? 'landscape' : 'portrait'}; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }`
}

/**
 * Chromium's footer template (page.pdf and Electron's printToPDF): the report title and "Page n of m".
 * It is rendered in its own document without the page's styles, so everything is inline; Chromium
 * fills the pageNumber/totalPages spans. The title is escaped like any other text.
 */
export function footerTemplate(title: string, labels: ReportLabels): string {
  return (
    `<div style="width:100%;font-family:'DejaVu Sans',Arial,sans-serif;font-size:7.5pt;color:#444;` +
    `padding:0 ${MARGINS_MM.left}mm;display:flex;justify-content:space-between;">` +
    `<span style="overflow:hidden;white-space:nowrap;text-overflow:ellipsis;max-width:75%;">${escapeHtml(title)}</span>` +
    `<span>${escapeHtml(labels.page)} <span class="pageNumber"></span> ${escapeHtml(labels.of)} <span class="totalPages"></span></span>` +
    `</div>`
  )
}

/** Chromium draws a default header (date, title) unless given an empty one. */
export const EMPTY_HEADER_TEMPLATE = '<span></span>'

/** What a PDF printer needs besides the HTML; each host maps it to its own API. */
export interface PdfPrintOptions {
  paper: PaperSize
  landscape: boolean
  marginsMm: { top: number; right: number; bottom: number; left: number }
  headerTemplate: string
  footerTemplate: string
}

export function pdfPrintOptions(title: string, labels: ReportLabels, paper: PaperSize = 'a4', landscape = true): PdfPrintOptions {
  return { paper, landscape, marginsMm: { ...MARGINS_MM }, headerTemplate: EMPTY_HEADER_TEMPLATE, footerTemplate: footerTemplate(title, labels) }
}

/** Options for playwright's `page.pdf()`. */
export function playwrightPdfOptions(o: PdfPrintOptions, path?: string) {
  const mm = (n: number) => `${n}mm`
  return {
    ...(path ? { path } : {}),
    format: o.paper === 'a4' ? 'A4' : 'Letter',
    landscape: o.landscape,
    margin: { top: mm(o.marginsMm.top), right: mm(o.marginsMm.right), bottom: mm(o.marginsMm.bottom), left: mm(o.marginsMm.left) },
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: o.headerTemplate,
    footerTemplate: o.footerTemplate,
    tagged: true,
    outline: true,
  }
}

/** Options for Electron's `webContents.printToPDF()` (margins in inches). */
export function electronPrintToPdfOptions(o: PdfPrintOptions) {
  const inch = (n: number) => n / 25.4
  return {
    pageSize: o.paper === 'a4' ? ('A4' as const) : ('Letter' as const),
    landscape: o.landscape,
    margins: { top: inch(o.marginsMm.top), right: inch(o.marginsMm.right), bottom: inch(o.marginsMm.bottom), left: inch(o.marginsMm.left) },
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: o.headerTemplate,
    footerTemplate: o.footerTemplate,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  }
}

/** Options for Electron's `webContents.print()` (the system dialog; @page sets size and margins). */
export function electronPrintOptions(o: PdfPrintOptions) {
  return {
    silent: false,
    printBackground: true,
    landscape: o.landscape,
    pageSize: o.paper === 'a4' ? ('A4' as const) : ('Letter' as const),
  }
}
