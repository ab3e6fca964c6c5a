import type { ComparisonModel, ComparisonSpecInput, ComparisonTarget, ExportOptions } from '../../../shared/api/compare'
import type { Db } from '../db/open'
import { ExportWorker } from './export-pool'
import type { ExportKind, ExportResult, PrintJob } from './export-messages'

/** Options of an export; `now` fixes the report's time stamp (tests). */
export type ExportCall = ExportOptions & { now?: Date }

/** The comparison service's exports rendered where they are called (comparison-service.ts). */
export interface InProcessExports {
  /** The target as a spec, refused as building it would refuse it (not found, wrong columns). */
  exportSpec(target: ComparisonTarget): ComparisonSpecInput
  build(target: ComparisonTarget, options: ExportCall): ComparisonModel
  html(target: ComparisonTarget, options: ExportCall): string
  json(target: ComparisonTarget, options: ExportCall): string
  csv(target: ComparisonTarget, options: ExportCall): string
  docx(target: ComparisonTarget, options: ExportCall): Promise<Uint8Array>
  pdfJob(target: ComparisonTarget, options: ExportCall): PrintJob
  printJob(target: ComparisonTarget, options: ExportCall): PrintJob
}

/**
 * The exports as the API serves them: rendered in the export worker, so that building and rendering a
 * whole comparison (seconds at 100k articles) never holds up the main process. Main checks the call and
 * posts the spec; what it then spends is the post and turning the bytes that come back into the answer.
 * A library in memory (tests) cannot be opened by a worker, and a connection inside a transaction sees
 * what the worker would not: those render in-process, as does a build without the worker's file.
 */
export class ComparisonExports {
  private worker: ExportWorker | null | undefined

  constructor(
    private readonly db: Db,
    private readonly inProcess: InProcessExports,
    /** The worker to use; by default the export worker beside this module, started on the first job. */
    worker?: ExportWorker,
  ) {
    this.worker = worker
  }

  /** The whole comparison, every card (compare.build): built in the worker, parsed here. */
  async model(target: ComparisonTarget, options: ExportCall = {}): Promise<ComparisonModel> {
    const done = await this.inWorker('model', target, options)
    return done ? (JSON.parse(decode(done.bytes)) as ComparisonModel) : this.inProcess.build(target, options)
  }

  async html(target: ComparisonTarget, options: ExportCall = {}): Promise<string> {
    return this.text('html', target, options, () => this.inProcess.html(target, options))
  }

  async json(target: ComparisonTarget, options: ExportCall = {}): Promise<string> {
    return this.text('json', target, options, () => this.inProcess.json(target, options))
  }

  async csv(target: ComparisonTarget, options: ExportCall = {}): Promise<string> {
    return this.text('csv', target, options, () => this.inProcess.csv(target, options))
  }

  async docx(target: ComparisonTarget, options: ExportCall = {}): Promise<Uint8Array> {
    const done = await this.inWorker('docx', target, options)
    return done ? new Uint8Array(done.bytes) : this.inProcess.docx(target, options)
  }

  /** The report for a PDF printer (see ComparisonService.pdfJob). */
  async pdfJob(target: ComparisonTarget, options: ExportCall = {}): Promise<PrintJob> {
    return this.printed('pdf', target, options, () => this.inProcess.pdfJob(target, options))
  }

  /** The report for the system print dialog (see ComparisonService.printJob). */
  async printJob(target: ComparisonTarget, options: ExportCall = {}): Promise<PrintJob> {
    return this.printed('print', target, options, () => this.inProcess.printJob(target, options))
  }

  /** Cancels the jobs in the worker and stops it (the library is closing). */
  async close(): Promise<void> {
    await this.worker?.close()
  }

  private async text(kind: ExportKind, target: ComparisonTarget, options: ExportCall, here: () => string): Promise<string> {
    const done = await this.inWorker(kind, target, options)
    return done ? decode(done.bytes) : here()
  }

  private async printed(kind: 'pdf' | 'print', target: ComparisonTarget, options: ExportCall, here: () => PrintJob): Promise<PrintJob> {
    const done = await this.inWorker(kind, target, options)
    return done ? { html: decode(done.bytes), pdf: done.pdf!, suggestedName: done.suggestedName! } : here()
  }

  /** The export rendered by the worker, or null where it is rendered in-process (see the class). */
  private async inWorker(kind: ExportKind, target: ComparisonTarget, options: ExportCall): Promise<ExportResult | null> {
    const worker = this.db.memory || this.db.inTransaction ? null : this.located()
    if (!worker) return null
    const spec = this.inProcess.exportSpec(target)
    const { now, ...rest } = options
    return worker.run({ library: this.db.name, kind, spec, options: rest, now: now?.toISOString() })
  }

  /** The worker, or null when its file is not there (looked for once). */
  private located(): ExportWorker | null {
    if (this.worker === undefined) {
      try {
        this.worker = new ExportWorker()
      } catch {
        this.worker = null
      }
    }
    return this.worker
  }
}

/** The text as rendered, its byte order mark (the CSV's, for Excel) kept. */
const decode = (bytes: ArrayBuffer): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
