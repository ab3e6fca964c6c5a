/** The phrase worker: finds what the comparison finds in-process, fails pending jobs on close, starts again after. */
import { describe, expect, it } from 'vitest'
import { comparisonPhrases, type PhraseCard } from '../../../src/main/core/compare/build-model'
import { PhraseWorker } from '../../../src/main/core/compare/phrase-pool'

const CARDS: PhraseCard[] = [
  { quote: 'Moscow said the grain corridor must stay open.', language: 'en', column: 0 },
  { quote: 'Minsk agreed the grain corridor must stay open today.', language: 'en', column: 1 },
  { quote: 'Minsk replied to something else entirely.', language: 'en', column: 1 },
]
const job = { cards: CARDS, topicText: 'Grain\nThe whole library', terms: { signature: 'none', groups: [] } }

describe('phrase worker', () => {
  it('answers as the comparison does in-process, and again after being closed', async () => {
    const worker = new PhraseWorker()
    try {
      const found = await worker.run(job)
      const { phrases, highlights } = comparisonPhrases(CARDS, job.topicText)
      expect(found).toEqual({ phrases, highlights })
      expect(found.phrases.map((p) => p.text)).toContain('grain corridor must stay open')

      const pending = expect(worker.run(job)).rejects.toThrow(/closed/)
      await worker.close()
      await pending
      await expect(worker.run(job)).resolves.toEqual({ phrases, highlights })
    } finally {
      await worker.close()
    }
  })
})
