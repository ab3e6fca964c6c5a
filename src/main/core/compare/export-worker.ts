/**
 * Worker thread that renders a comparison's exports (HTML, JSON, CSV, the DOCX briefing, the report for
 * PDF and printing, the whole model): building the whole comparison of a year of a large library and rendering it takes
 * seconds of CPU, which the main process, answering the window, must not spend. It reads the library
 * through its own read-only connection and renders with the comparison service, as main would.
 * Jobs are done one at a time, in the order posted.
 */
import { parentPort } from 'node:worker_threads'
import type { Db } from '../db/open'
import { openReader } from '../db/reader'
import { CompareError } from '../events/errors'
import { EventStore } from '../events/event-store'
import { ComparisonService } from './comparison-service'
import type { ExportAnswer, ExportJob, ExportResult } from './export-messages'

let open: { file: string; db: Db; service: ComparisonService } | null = null

/** The service over `file`, kept between jobs (its term layer is cached until the library changes it). */
function serviceFor(file: string): ComparisonService {
  if (open?.file !== file) {
    open?.db.close()
    open = null
    const db = openReader(file)
    open = { file, db, service: new ComparisonService(db, new EventStore(db)) }
  }
  return open.service
}

const utf8 = (text: string): ArrayBuffer => whole(new TextEncoder().encode(text))

/** The bytes in a buffer of their own, which can be transferred (not a view into a larger one). */
function whole(bytes: Uint8Array): ArrayBuffer {
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
  return (own ? bytes : bytes.slice()).buffer as ArrayBuffer
}

async function render(job: ExportJob): Promise<ExportResult> {
  const service = serviceFor(job.library)
  const options = { ...job.options, ...(job.now ? { now: new Date(job.now) } : {}) }
  switch (job.kind) {
    case 'html':
      return { bytes: utf8(service.html(job.spec, options)) }
    case 'json':
      return { bytes: utf8(service.json(job.spec, options)) }
    case 'csv':
      return { bytes: utf8(service.csv(job.spec, options)) }
    case 'model':
      return { bytes: utf8(JSON.stringify(service.build(job.spec, options))) }
    case 'docx':
      return { bytes: whole(await service.docx(job.spec, options)) }
    case 'pdf':
    case 'print': {
      const printed = job.kind === 'pdf' ? service.pdfJob(job.spec, options) : service.printJob(job.spec, options)
      return { bytes: utf8(printed.html), pdf: printed.pdf, suggestedName: printed.suggestedName }
    }
  }
}

/** Rendering awaits (the DOCX library loads, the package is zipped): jobs wait for the one before. */
let queue: Promise<void> = Promise.resolve()

parentPort!.on('message', (job: ExportJob) => {
  queue = queue.then(() => answer(job))
})

function answer(job: ExportJob): Promise<void> {
  return render(job).then(
    (result) => parentPort!.postMessage({ id: job.id, ok: true, ...result } satisfies ExportAnswer, [result.bytes]),
    (err: unknown) => {
      const message = err instanceof Error ? err.message : String(err)
      parentPort!.postMessage({ id: job.id, ok: false, message, code: err instanceof CompareError ? err.code : undefined } satisfies ExportAnswer)
    },
  )
}
