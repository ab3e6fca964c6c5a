/**
 * The phrase worker: finds what the comparison finds in-process (phrases, and for the themes layout the
 * suggested themes), fails pending jobs on close, starts again after.
 */
import { describe, expect, it } from 'vitest'
import { comparisonAnalysis, comparisonPhrases, type PhraseCard } from '../../../src/main/core/compare/build-model'
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
      expect(found).toEqual({ phrases, highlights, suggestions: [] })
      expect(found.phrases.map((p) => p.text)).toContain('grain corridor must stay open')

      const pending = expect(worker.run(job)).rejects.toThrow(/closed/)
      await worker.close()
      await pending
      await expect(worker.run(job)).resolves.toEqual({ phrases, highlights, suggestions: [] })

      // The themes layout's job: the statements no theme holds are clustered, as in-process.
      const themes = { statementIds: [11, 12, 13], themed: [13], locale: 'en' }
      const themed = await worker.run({ ...job, themes })
      expect(themed).toEqual(comparisonAnalysis(CARDS, job.topicText, undefined, themes))
      expect(themed.suggestions.map((s) => s.statementIds)).toEqual([[11, 12]])
    } finally {
      await worker.close()
    }
  })
})
