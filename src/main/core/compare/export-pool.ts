import { CompareError } from '../events/errors'
import { workerLocation, type WorkerLocation } from '../import/worker-location'
import type { ExportAnswer, ExportJob, ExportResult } from './export-messages'
import { JobWorker } from './job-worker'

/** A worker's heap: the whole comparison of a year of a 100k library and its rendering fit; a runaway one fails alone. */
const WORKER_HEAP_MB = 1024

/** The worker thread that renders a comparison's exports (export-worker.ts); `close` cancels them (the library is closing). */
export class ExportWorker extends JobWorker<ExportJob, ExportAnswer, ExportResult> {
  constructor(location: WorkerLocation = workerLocation('export-worker', 'export worker', import.meta.url)) {
    super(location, {
      name: 'export worker',
      heapMb: WORKER_HEAP_MB,
      closed: 'the export was cancelled: the library was closed',
      // The comparison's own refusals (not found, invalid) reach the caller as they would in-process.
      settle: (answer) =>
        answer.ok
          ? { bytes: answer.bytes, pdf: answer.pdf, suggestedName: answer.suggestedName }
          : answer.code
            ? new CompareError(answer.code, answer.message)
            : new Error(`The export failed: ${answer.message}`),
      died: (why) => `The export failed: ${why}; try again`,
    })
  }
}
