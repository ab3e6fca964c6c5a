import { extractStatements } from '../../../src/main/core/statements'
import type { StatementCandidate } from '../../../src/main/core/statements/types'
import { fakeMatcher } from './fake-matcher'

const matcher = fakeMatcher()

export function extract(text: string, language: string): StatementCandidate[] {
  const found = extractStatements(text, matcher, { language })
  for (const s of found) {
    // Offsets always point at the text they claim.
    if (text.slice(s.start, s.end) !== s.quote) throw new Error(`offsets of "${s.quote}" do not match the text`)
    if (s.speaker && s.speakerStart !== null && text.slice(s.speakerStart, s.speakerEnd!) !== s.speaker) throw new Error(`speaker offsets of "${s.speaker}"`)
  }
  return found
}

/** The statements as [kind, quote, actorId] triples, for compact assertions. */
export function summary(text: string, language: string): [string, string, string | null][] {
  return extract(text, language).map((s) => [s.kind, s.quote, s.actorId])
}
