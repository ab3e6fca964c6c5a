import { workerLocation, type WorkerLocation } from '../import/worker-location'
import { JobWorker } from './job-worker'
import type { PhraseAnswer, PhraseFindings, PhraseJob } from './phrase-messages'

/** A worker's heap: a comparison of tens of thousands of cards fits; a runaway one fails alone. */
const WORKER_HEAP_MB = 512

/** The worker thread that finds recurring phrases and suggested themes (phrase-worker.ts). */
export class PhraseWorker extends JobWorker<PhraseJob, PhraseAnswer, PhraseFindings> {
  constructor(location: WorkerLocation = workerLocation('phrase-worker', 'phrase worker', import.meta.url)) {
    super(location, {
      name: 'phrase worker',
      heapMb: WORKER_HEAP_MB,
      closed: 'the comparison was closed',
      settle: (answer) =>
        answer.ok ? { phrases: answer.phrases, highlights: answer.highlights, suggestions: answer.suggestions } : new Error(`Recurring phrases failed: ${answer.message}`),
      died: (why) => `Recurring phrases failed: ${why}`,
    })
  }
}
