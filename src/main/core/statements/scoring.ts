/**
 * Confidence of a statement and whether an analyst should look at it. The quote's form (typographic marks,
 * Konjunktiv, a complementizer) and the cue say how sure we are that it is a statement; the speaker's
 * resolution says how sure we are of who made it. Unattributed statements need review, except those by people
 * who speak for no body (an analyst quoted by name), where "no actor" is the answer.
 */
import type { Draft } from './draft'

const FORM: Record<Draft['kind'], number> = { direct: 0.8, partial: 0.6, reported: 0.6 }

export function score(d: Draft): { confidence: number; needsReview: boolean } {
  let form = FORM[d.kind]
  if (d.kind === 'direct' && !d.evidence.typographic) form -= 0.1
  if (d.kind === 'direct' && d.evidence.standalone) form -= 0.1
  if (d.kind === 'reported') {
    if (d.evidence.konjunktiv === 'strong' || d.evidence.complementizer) form += 0.1
    if (d.evidence.chain) form -= 0.1
  }
  if (d.cue) form += 0.1
  const who = d.speaker?.confidence ?? 0.3
  const confidence = round(Math.min(0.99, 0.5 * form + 0.5 * who))
  const needsReview = d.speaker?.actorId ? d.speaker.review || confidence < 0.55 : !d.speaker?.independent
  return { confidence, needsReview }
}

function round(x: number): number {
  return Math.round(x * 100) / 100
}
