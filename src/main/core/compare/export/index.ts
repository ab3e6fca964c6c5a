export { renderCsv } from './csv'
export { renderHtmlReport, type HtmlReportOptions } from './html'
export { renderJson } from './json'
export { reportLabels } from './labels'
export {
  electronPrintOptions,
  electronPrintToPdfOptions,
  pdfPrintOptions,
  playwrightPdfOptions,
  type PdfPrintOptions,
} from './pdf-options'
