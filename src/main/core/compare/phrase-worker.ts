/**
 * Worker thread that finds a comparison's recurring phrases and, for the themes layout, its suggested
 * themes: analysing every card of a large comparison (stems, the term layer, n-grams across columns) and
 * clustering them takes a second or more, which the main process, answering the window, must not spend.
 * Jobs are done one at a time, in the order posted.
 */
import { parentPort } from 'node:worker_threads'
import { comparisonAnalysis } from './build-model'
import type { PhraseAnswer, PhraseJob } from './phrase-messages'
import { TermIndex } from './text/terms'

let terms: { signature: string; index: TermIndex } | null = null

parentPort!.on('message', (job: PhraseJob) => {
  let answer: PhraseAnswer
  try {
    if (terms?.signature !== job.terms.signature) terms = { signature: job.terms.signature, index: new TermIndex(job.terms.groups) }
    answer = { id: job.id, ok: true, ...comparisonAnalysis(job.cards, job.topicText, terms.index, job.themes) }
  } catch (err) {
    answer = { id: job.id, ok: false, message: err instanceof Error ? err.message : String(err) }
  }
  parentPort!.postMessage(answer)
})
