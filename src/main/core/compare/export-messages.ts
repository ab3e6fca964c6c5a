import type { ComparisonSpecInput, ExportOptions } from '../../../shared/api/compare'
import type { CompareError } from '../events/errors'
import type { PdfPrintOptions } from './export'

/**
 * What the export worker renders: the formats of the API, a PDF or print job being the report's HTML, and the
 * whole comparison model (compare.build) as JSON.
 */
export type ExportKind = 'html' | 'json' | 'csv' | 'docx' | 'pdf' | 'print' | 'model'

/** A comparison to render, as plain data: main resolved the target and the options before posting it. */
export interface ExportJob {
  id: number
  /** The library file, opened read-only by the worker. */
  library: string
  kind: ExportKind
  spec: ComparisonSpecInput
  options: ExportOptions
  /** The report's time stamp (ISO), when the caller fixes it (tests); the worker's clock otherwise. */
  now?: string
}

/**
 * The rendered export: a text as UTF-8, or the DOCX, in an ArrayBuffer transferred to main (not copied);
 * a PDF or print job also its printer options and file name.
 */
export interface ExportResult {
  bytes: ArrayBuffer
  pdf?: PdfPrintOptions
  suggestedName?: string
}

export type ExportAnswer =
  | ({ id: number; ok: true } & ExportResult)
  /** `code` when the comparison refused the job (not found, invalid): main throws that error again. */
  | { id: number; ok: false; message: string; code?: CompareError['code'] }

/** A report ready to print: the HTML and what a PDF printer needs besides it. */
export interface PrintJob {
  html: string
  pdf: PdfPrintOptions
  /** A file name for the PDF, from the title. */
  suggestedName: string
}
