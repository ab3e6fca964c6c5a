/**
 * The speaker stage after the registry-driven attribution: statements with a cue but no speaker get the noun
 * phrase the cue governs ("sagte der Vorstandschef", "the owner said"); statements without a cue of their own
 * (a quote standing alone, a Konjunktiv chain) continue the speaker of the statement just before them, within
 * one paragraph's distance and the same section. Each decision is noted in the statement's reasons.
 */
import { isCarrier } from './carriers'
import { findCues } from './cues'
import type { StatementDocument } from './document'
import type { Draft } from './draft'
import { sentenceOf } from './document'
import { speakerPhrase } from './speaker-phrase'
import { findRefs, type SpeakerResolution } from './speakers'

export function completeSpeakers(doc: StatementDocument, drafts: Draft[]): Draft[] {
  let last: Draft | null = null
  let prev: Draft | null = null
  // The statement that opened the current run of quotes side by side, and how many turns followed it.
  let turnHead: Draft | null = null
  let turn = 0
  let section = 0
  let lastHeading = -1
  for (const d of drafts) {
    section += headingsBetween(doc, lastHeading, d.paragraph)
    lastHeading = Math.max(lastHeading, d.paragraph)
    if (d.speakerOpen) {
      d.reasons = [...(d.reasons ?? []), d.speakerOpen]
      ;(d as Draft & { section?: number }).section = section
      prev = d
      continue
    }
    if (d.sharesSpeakerOf) {
      // Its verb's subject is the inquit's: whoever that statement was given, found by any stage, or nobody.
      d.speaker = d.sharesSpeakerOf.speaker
      d.reasons = [...(d.reasons ?? []), 'speaker: the subject of the inquit before it, which the verb shares']
    }
    // A statement with no cue that the context gave a speaker: only if nobody else came in between.
    else if (d.speaker?.viaContext && !d.cue && last && newcomerBetween(doc, last, d)) {
      d.speaker = null
      d.reasons = [...(d.reasons ?? []), 'speaker: left open, someone else was named since the last statement']
    }
    // "Ramelow forderte dazu auf, …:\n\n„Dieser Gedenktag …“": a quote announced by a colon at the end of the
    // paragraph before it is said by that sentence's speaker.
    if (!d.speaker?.speaker && !d.cue && d.kind === 'direct') {
      const announced = announcedBy(doc, d)
      if (announced) {
        d.speaker = announced
        d.reasons = [...(d.reasons ?? []), 'speaker: announced with a colon in the sentence before']
      }
    }
    if (!d.speaker?.speaker && d.kind === 'direct') {
      const inner = innerInquit(doc, d)
      if (inner) {
        d.speaker = inner
        d.reasons = [...(d.reasons ?? []), 'speaker: named between the parts of the quote (“…, — заявил X. — …”)']
      }
    }
    // "…, передаёт «Интерфакс»", "…, meldet dpa": an agency carries what the speaker in context said.
    if (d.cue && !d.sharesSpeakerOf && (!d.speaker?.speaker || isCarrier(d.speaker.speaker)) && carriedOnly(doc, d) && last?.speaker?.speaker && d.paragraph - last.paragraph <= 1 && !newcomerBetween(doc, last, d)) {
      d.speaker = { ...last.speaker, viaContext: true, confidence: Math.min(last.speaker.confidence, 0.7) }
      d.reasons = [...(d.reasons ?? []), `speaker: “${last.speaker.speaker}”, carried by an agency`]
    }
    if (!d.speaker?.speaker && d.cue && !d.sharesSpeakerOf) {
      const s = sentenceOf(doc, d.cue.start)
      const from = Math.max(s.start, doc.paragraphs[s.paragraph].bodyStart)
      const span = speakerPhrase(doc, d.cue, from, s.end)
      // The speaker stands outside the statement, unless its cue is inside it ("X waren nach Angaben der Agentur
      // Tass …", "A, sagt de Decker, wo B").
      const inside = d.cue.start >= d.start && d.cue.end <= d.end
      if (span && (inside || span.end <= d.start || span.start >= d.end)) {
        d.speaker = phrase(doc, span.start, span.end)
        d.reasons = [...(d.reasons ?? []), `speaker: the phrase the cue “${d.cue.text}” governs`]
      }
    } else if ((!d.speaker?.speaker || d.speaker.viaContext) && !d.cue && prev && dialogueTurn(doc, prev, d)) {
      // Quotes side by side are turns of a dialogue: every second one is the first speaker's again; the replies
      // between are the other party's, whom the context's current source would wrongly continue.
      turn++
      d.speaker = null
      const head = turnHead?.speaker
      if (turn % 2 === 0 && head?.speaker) {
        d.speaker = { ...head, viaContext: true, confidence: Math.min(head.confidence, 0.6) }
        d.reasons = [...(d.reasons ?? []), `speaker: “${head.speaker}” again, every second turn of a dialogue (“…” “…”)`]
      } else {
        d.reasons = [...(d.reasons ?? []), 'speaker: left open, a reply in a dialogue (“…” “…”)']
      }
    } else if (!d.speaker?.speaker && !d.cue && last?.speaker?.speaker && d.paragraph - last.paragraph <= 1 && (last as Draft & { section?: number }).section === section && !newcomerBetween(doc, last, d)) {
      d.speaker = { ...last.speaker, viaContext: true, confidence: Math.min(last.speaker.confidence, 0.7) }
      d.reasons = [...(d.reasons ?? []), `speaker: continues “${last.speaker.speaker}” (no cue of its own)`]
    }
    ;(d as Draft & { section?: number }).section = section
    if (!prev || !dialogueTurn(doc, prev, d)) {
      turn = 0
      turnHead = d
    }
    prev = d
    if (d.speaker?.speaker && !d.aside) last = d
  }
  // Reported speech with neither a cue nor a speaker, on forms that are also Konjunktiv II or indicative
  // ("wäre", "hätten", "könne"), is a hypothetical or a narrative nobody is known to have said: no statement.
  // Unmistakable Konjunktiv I ("werde", "sei") stays, unattributed, for review.
  return drafts.filter((d) => d.kind !== 'reported' || d.cue || d.speaker?.speaker || d.evidence.konjunktiv === 'strong')
}

/**
 * Russian and German quotes that carry their inquit inside the marks: «…, — заявил Сергей Лавров. — …»,
 * „…“, sagte er, „…“ written as one quote. The speaker is the phrase after the speech verb.
 */
function innerInquit(doc: StatementDocument, d: Draft): SpeakerResolution | null {
  const text = doc.text.slice(d.start, d.end)
  const dash = /[,.!?…]\s*[-–—]\s*/gu
  for (let m = dash.exec(text); m; m = dash.exec(text)) {
    const at = m.index + m[0].length
    const verb = doc.lex.speechVerb
    verb.lastIndex = 0
    const v = verb.exec(text.slice(at, at + 60))
    if (!v || v.index !== 0) continue
    const rest = text.slice(at + v[0].length)
    const phrase = /^\s+([^.,;:!?«»„“"]{2,80}?)\s*[.,]\s*[-–—]\s/u.exec(rest)
    if (!phrase) continue
    const start = d.start + at + v[0].length + phrase[0].indexOf(phrase[1])
    const end = start + phrase[1].length
    const mentions = doc.matcher.findMentions(phrase[1], doc.language).filter((x) => x.via !== 'metonym')
    const actorId = mentions.length === 1 ? mentions[0].actorId : null
    return { actorId, speaker: doc.text.slice(start, end), start, end, confidence: actorId ? 0.85 : 0.5, review: !actorId, independent: false, viaContext: false, person: null, why: actorId ? 'the body is named in the speaker phrase' : undefined }
  }
  return null
}

/**
 * Someone else named between two statements ("… , sagt der Sprecher. Bei der Straßenreinigung … „…“"): the
 * later one no longer continues the earlier speaker without evidence.
 */
function newcomerBetween(doc: StatementDocument, last: Draft, d: Draft): boolean {
  const sp = last.speaker!
  // Two or more narrative sentences between them: the quote stands on its own.
  if (sentenceOf(doc, d.start).index - sentenceOf(doc, last.end).index > 2) return true
  // The inquit's own sentence ("…,” says Di Li, the chief scientist of FAST.) names the speaker, not a newcomer.
  const inquitEnd = sentenceOf(doc, Math.max(last.end, sp.end - 1)).end
  return findRefs(doc, Math.max(last.end, inquitEnd), d.start).some(
    (r) => (r.end <= sp.start || r.start >= sp.end) && (r.type === 'name' || r.type === 'role' || r.type === 'generic' || (r.type === 'actor' && r.mention!.via !== 'metonym')),
  )
}

/** Two quotes side by side in one paragraph with nothing said between them ("„Fünfhundert.“ „Sie irren sehr.“"): turns of a dialogue. */
function dialogueTurn(doc: StatementDocument, last: Draft, d: Draft): boolean {
  if (last.kind !== 'direct' || d.kind !== 'direct' || last.paragraph !== d.paragraph || last.end > d.start) return false
  return /^[\s.,;!?»«„“”"'’‘‹›)-]*$/u.test(doc.text.slice(last.end, d.start))
}

function announcedBy(doc: StatementDocument, d: Draft): SpeakerResolution | null {
  const open = d.start - 1
  const before = doc.masked.slice(Math.max(0, open - 3), open)
  if (!/:\s*$/u.test(before)) return null
  const s = sentenceOf(doc, Math.max(0, open - 2))
  for (const cue of findCues(doc, s.start, open)) {
    if (cue.type !== 'verb' && cue.type !== 'naming') continue
    const span = speakerPhrase(doc, cue, Math.max(s.start, doc.paragraphs[s.paragraph].bodyStart), open)
    if (span) return phrase(doc, span.start, span.end)
  }
  return null
}

/** The cue's only source is a news agency or outlet ("передаёт «Интерфакс»", "so die dpa"). */
function carriedOnly(doc: StatementDocument, d: Draft): boolean {
  const s = sentenceOf(doc, d.cue!.start)
  const after = doc.text.slice(d.cue!.end, s.end).replace(/[\s.!?…]+$/u, '')
  return isCarrier(after)
}

function headingsBetween(doc: StatementDocument, after: number, upTo: number): number {
  let n = 0
  for (let p = after + 1; p <= upTo; p++) if (doc.paragraphs[p]?.heading) n++
  return n
}

function phrase(doc: StatementDocument, start: number, end: number): SpeakerResolution {
  return { actorId: null, speaker: doc.text.slice(start, end), start, end, confidence: 0.5, review: true, independent: false, viaContext: false, person: null }
}
