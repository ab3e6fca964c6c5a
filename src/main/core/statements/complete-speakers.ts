/**
 * The speaker stage after the registry-driven attribution: statements with a cue but no speaker get the noun
 * phrase the cue governs ("sagte der Vorstandschef", "the owner said"); statements without a cue of their own
 * (a quote standing alone, a Konjunktiv chain) continue the speaker of the statement just before them, within
 * one paragraph's distance and the same section. Each decision is noted in the statement's reasons.
 */
import type { StatementDocument } from './document'
import type { Draft } from './draft'
import { sentenceOf } from './document'
import { speakerPhrase } from './speaker-phrase'
import type { SpeakerResolution } from './speakers'

export function completeSpeakers(doc: StatementDocument, drafts: Draft[]): Draft[] {
  let last: Draft | null = null
  let section = 0
  let lastHeading = -1
  for (const d of drafts) {
    section += headingsBetween(doc, lastHeading, d.paragraph)
    lastHeading = Math.max(lastHeading, d.paragraph)
    if (!d.speaker?.speaker && d.cue) {
      const s = sentenceOf(doc, d.cue.start)
      const from = Math.max(s.start, doc.paragraphs[s.paragraph].bodyStart)
      const span = speakerPhrase(doc, d.cue, from, s.end)
      if (span && (span.end <= d.start || span.start >= d.end)) {
        d.speaker = phrase(doc, span.start, span.end)
        d.reasons = [...(d.reasons ?? []), `speaker: the phrase the cue “${d.cue.text}” governs`]
      }
    } else if (!d.speaker?.speaker && !d.cue && last?.speaker?.speaker && d.paragraph - last.paragraph <= 1 && (last as Draft & { section?: number }).section === section) {
      d.speaker = { ...last.speaker, viaContext: true, confidence: Math.min(last.speaker.confidence, 0.7) }
      d.reasons = [...(d.reasons ?? []), `speaker: continues “${last.speaker.speaker}” (no cue of its own)`]
    }
    ;(d as Draft & { section?: number }).section = section
    if (d.speaker?.speaker) last = d
  }
  // Reported speech with neither a cue nor a speaker, on forms that are also Konjunktiv II or indicative
  // ("wäre", "hätten", "könne"), is a hypothetical or a narrative nobody is known to have said: no statement.
  // Unmistakable Konjunktiv I ("werde", "sei") stays, unattributed, for review.
  return drafts.filter((d) => d.kind !== 'reported' || d.cue || d.speaker?.speaker || d.evidence.konjunktiv === 'strong')
}

function headingsBetween(doc: StatementDocument, after: number, upTo: number): number {
  let n = 0
  for (let p = after + 1; p <= upTo; p++) if (doc.paragraphs[p]?.heading) n++
  return n
}

function phrase(doc: StatementDocument, start: number, end: number): SpeakerResolution {
  return { actorId: null, speaker: doc.text.slice(start, end), start, end, confidence: 0.5, review: true, independent: false, viaContext: false, person: null }
}
