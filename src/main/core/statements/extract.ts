/**
 * extractStatements: every statement in an article's text — direct and partial quotes and reported speech —
 * with its cue, speaker and actor. One pass over the sentences in order, so that the attribution context
 * (who was named, who is speaking) is always that of the text read so far.
 */
import type { ActorMatcher } from '../actors/types'
import { refGroupsIn, unresolved } from './attribution'
import { AttributionContext } from './context'
import { findCues } from './cues'
import { analyseQuote } from './direct-quotes'
import { buildDocument, type StatementDocument } from './document'
import type { Draft } from './draft'
import { createPersonIndex, type PersonIndex } from '../actors/person-index'
import { defaultPersons } from '../actors/person-seed'
import { findChannels } from './carriers'
import { completeSpeakers } from './complete-speakers'
import { resolveCoreference } from './coreference'
import { resolveLanguage } from './language'
import { linkPersons } from './link-persons'
import { sentenceAt } from './text-structure'
import { isTitledId } from './titled-id'
import { findTitledPersons, withTitledPersons } from './titled-persons'
import { explain } from './reasons'
import { findReported } from './reported'
import { score } from './scoring'
import { matchesNear } from './patterns'
import { spansInRange } from './spans-in-range'
import { afterPreposition, resolveGroup, toBodyKind } from './speakers'
import { isGerundCue } from './speaker-phrase'
import type { StatementCandidate, StatementExtractionOptions } from './types'

export function extractStatements(text: string, matcher: ActorMatcher, options: StatementExtractionOptions = {}): StatementCandidate[] {
  const language = resolveLanguage(text, options.language)
  const persons = options.persons === undefined ? defaultPersonIndex() : options.persons
  const doc = buildDocument(text, matcher, language, persons, options.date ?? null)
  // People the text introduces with a title are known from here on (titled-persons.ts); the caller may learn them.
  const titled = persons ? findTitledPersons(doc) : []
  withTitledPersons(doc, titled)
  options.learnPersons?.(titled)
  const ctx = new AttributionContext(doc)
  const drafts: Draft[] = []
  let q = 0
  let heading = -1
  let lastReported = null as Draft | null

  for (const s of doc.sentences) {
    const paragraph = doc.paragraphs[s.paragraph]
    if (paragraph.heading) {
      if (heading !== s.paragraph) ctx.newSection()
      heading = s.paragraph
      while (q < doc.quotes.length && doc.quotes[q].open < s.end) q++
      continue
    }
    ctx.advanceTo(s.start)
    const from = Math.max(s.start, paragraph.bodyStart)
    const found: Draft[] = []
    while (q < doc.quotes.length && doc.quotes[q].open < s.end) {
      const quote = doc.quotes[q++]
      const d = analyseQuote(doc, ctx, quote)
      if (d) {
        found.push(...splitAtReopenings(doc, d, quote.reopenings))
        settle(ctx, doc, d)
      }
    }
    // A direct quote covers its sentence, except a reported clause after its inquit ("„…“, he added, saying they are …").
    const directHere = found.filter((d) => d.kind === 'direct')
    const coveredByDirect = overlapsRecent(drafts, s.start, s.end, 'direct') || directHere.length > 0
    const alone = directHere.length && !overlapsRecent(drafts, s.start, s.end, 'direct')
    const tail = alone ? reportedTail(doc, directHere[directHere.length - 1], s.end) : null
    const afterQuote = tail?.from ?? null
    // "Diess verwies darauf, dass …: „…“": a reported clause before a quote it introduces.
    const beforeQuote = alone && afterQuote === null ? reportedHead(doc, from, directHere[0]) : null
    if (!coveredByDirect || afterQuote !== null || beforeQuote !== null) {
      const chainOpen: boolean = !!lastReported && s.paragraph - lastReported.paragraph <= 1
      const frame = { index: s.index, paragraph: s.paragraph, from: afterQuote ?? from, to: beforeQuote ?? s.end }
      const reported: Draft[] = findReported(doc, ctx, frame, chainOpen).filter(
        (r) => !overlapsRecent(drafts, r.start, r.end),
      )
      for (const r of reported) {
        const inside = found.filter((d) => d.start >= r.start && d.end <= r.end)
        // "Poland described it as “…”, the ministry said": the quoted words are the statement, the rest paraphrase.
        if (inside.some((d) => d.kind === 'partial') && findCues(doc, r.start, r.end).some((c) => c.type === 'naming')) continue
        // A partial quote inside a reported clause ("Die Vorwürfe seien „Teil einer Kampagne“") is part of it.
        for (const d of inside) found.splice(found.indexOf(d), 1)
        if (tail) joinTail(doc, r, tail, directHere[directHere.length - 1])
        found.push(r)
        if (!r.aside) {
          settle(ctx, doc, r)
          lastReported = r
        }
      }
    }
    if (!found.length) noteSubject(doc, ctx, from, s.end, s.paragraph)
    notePeople(doc, ctx, from, s.end)
    noteCounterparts(doc, ctx, from, s.end)
    drafts.push(...found)
  }
  const ordered = linkChains(doc, drafts.sort((a, b) => a.start - b.start))
  return findChannels(doc, linkPersons(doc, resolveCoreference(doc, completeSpeakers(doc, ordered)))).map((d) => toCandidate(doc, d, !!options.learnPersons))
}

/**
 * Where a reported clause may start after a direct quote in the same sentence, and the speech verb that opens it:
 * a verb after a comma or "and" that ends the quote's inquit, when it is a gerund ("…,” he told CBS on Sunday,
 * saying they are …", "…», — сказал Лавров, добавив, что …") or joined by "and" ("„…“, sagte Lawrow und fügte
 * hinzu, …"): that verb has the inquit's subject (`cue`). Or a subordinate clause with a subject of its own
 * ("…,” Trump assured Jones, after Jones assured Trump that …"): `cue` null. Null when nothing such follows.
 */
function reportedTail(doc: StatementDocument, quote: Draft, to: number): { from: number; cue: number | null } | null {
  if (!quote.cue) return null
  const after = Math.max(quote.end, quote.cue.end)
  for (const cue of findCues(doc, after, to)) {
    if (cue.type !== 'verb') continue
    const between = doc.masked.slice(after, cue.start)
    // The inquit's own words (object, time, place): short, one clause, no sentence break.
    const joint = /^[^.;:!?]{0,80}?(,\s*(?:(?:and|und|и)\s+)?|\s(?:and|und|и)\s+)$/iu.exec(between)
    const subordinate = SUBORDINATE_AFTER_INQUIT.exec(between)
    if (subordinate && /[\p{L}]/u.test(between.slice(subordinate.index + subordinate[0].length))) return { from: after + subordinate.index + subordinate[0].length, cue: null }
    if (!joint) return null
    const conjunction = /(?:and|und|и)\s+$/iu.test(joint[1])
    if (!conjunction && !isGerundCue(doc.language, cue)) return null
    return { from: cue.start, cue: cue.start }
  }
  return null
}

/** After a quote's inquit, a comma and a conjunction opening a clause of its own ("…, after Jones assured …"). */
const SUBORDINATE_AFTER_INQUIT = /^[^.;:!?„“”"«»]{0,80}?,\s*(?:after|as|while|when|before|because|since|nachdem|während|weil|als|после того как|когда|поскольку)\s+/iu

/** A statement in the reported tail of a quote's sentence, as it relates to the quote (reportedTail). */
function joinTail(doc: StatementDocument, r: Draft, tail: { cue: number | null }, quote: Draft): void {
  // "…,” he told CBS, saying …", "„…“, sagte Lawrow und fügte hinzu, …": the tail's verb has no subject of its own; it
  // shares the inquit's, so it speaks for whoever said the quote (or nobody, if no one was found).
  if (tail.cue !== null && r.cue?.start === tail.cue) {
    r.sharesSpeakerOf = quote
    r.speaker = quote.speaker
  } else if (tail.cue === null) {
    // "…,” Trump assured Jones, after Jones assured Trump that …": an aside of the quote's sentence; a following quote
    // does not continue its speaker, and a pronoun in it ("… Warren told Stumpf, after he admitted …") means nobody
    // by context: the current source is the quote's speaker.
    r.aside = true
    if (r.speaker?.viaContext) r.speaker = unresolved(doc, r.speaker)
  }
}

/**
 * Where a reported clause before a quote ends: at the colon that introduces the quote, if a content clause
 * precedes it; or before "and" joining the quote's verb to an earlier one ("De Blasio said the move was made by
 * Bratton and said, “…”").
 */
function reportedHead(doc: StatementDocument, from: number, quote: Draft): number | null {
  const cue = quote.cue
  if (cue && cue.end <= quote.start) {
    const and = /\s(?:and|und|и)\s+$/iu.exec(doc.masked.slice(from, cue.start))
    const end = and ? from + and.index : -1
    if (and && findCues(doc, from, end).some((c) => c.type === 'verb')) return end
  }
  const colon = doc.masked.lastIndexOf(':', quote.start)
  if (colon <= from || /[\p{L}\p{N}]/u.test(doc.masked.slice(colon + 1, quote.start - 1))) return null
  return /,\s*(?:dass|daß|that|что)\s/iu.test(doc.masked.slice(from, colon)) ? colon : null
}

/**
 * Does a statement found so far overlap [start, end)? Drafts come in text order and a quote spans a few
 * paragraphs at most, so only the last few need looking at (this keeps long texts linear).
 */
function overlapsRecent(drafts: readonly Draft[], start: number, end: number, kind?: Draft['kind']): boolean {
  for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - 8; i--) {
    const d = drafts[i]
    if (d.start < end && d.end > start && (!kind || d.kind === kind)) return true
  }
  return false
}

/** A quote that runs over paragraphs, reopened on each: one statement per paragraph, all with its speaker. */
function splitAtReopenings(doc: StatementDocument, d: Draft, reopenings: readonly number[]): Draft[] {
  if (d.kind !== 'direct' || !reopenings.length) return [d]
  const out: Draft[] = []
  let start = d.start
  for (const at of [...reopenings.filter((r) => r > d.start && r < d.end), d.end]) {
    let end = at
    while (end > start && /\s/u.test(doc.text[end - 1])) end--
    if (end > start) out.push({ ...d, start, end, paragraph: paragraphOf(doc, start), evidence: { ...d.evidence, standalone: out.length ? true : d.evidence.standalone } })
    start = at + 1
  }
  return out
}

function paragraphOf(doc: StatementDocument, pos: number): number {
  return doc.sentences[sentenceAt(doc.sentences, pos)].paragraph
}

/** A statement with a resolved or explicitly named source makes that source the current one. */
function settle(ctx: AttributionContext, doc: StatementDocument, d: Draft): void {
  const sp = d.speaker
  if (sp && !sp.viaContext) {
    ctx.setCurrent({
      actorId: sp.actorId,
      speaker: sp.speaker,
      start: sp.start,
      end: sp.end,
      kind: sp.actorId ? (doc.matcher.actor(sp.actorId)?.kind ?? null) : null,
      person: sp.person,
      paragraph: d.paragraph,
    })
  } else if (!sp && d.cue && d.cue.type !== 'impersonal') {
    // Someone we cannot name is speaking now: later "it added" must not fall back to an earlier source.
    ctx.setCurrent({ actorId: null, speaker: '', start: d.start, end: d.start, kind: null, person: null, paragraph: d.paragraph })
  }
}

/**
 * A sentence without a statement whose subject is a named body or person makes it the current source
 * ("Moskau wies … zurück."). The subject opens the clause, or — after a fronted phrase ("Nach den Unruhen
 * hat das russische Außenministerium …") — is the only body named outside prepositional phrases.
 */
function noteSubject(doc: StatementDocument, ctx: AttributionContext, from: number, to: number, paragraph: number): void {
  const groups = refGroupsIn(doc, from, Math.min(to, from + 200)).filter((g) => !g.refs.every((r) => r.located || r.modifier))
  const first = groups[0]
  if (!first) return
  const second = groups[1]
  if (second && /^\s*(?:und|and|и|sowie|,)\s*(?:\p{L}+\s+)?$/iu.test(doc.masked.slice(first.end, second.start))) {
    ctx.current = null
    return
  }
  const opening = !/\p{L}+[\s,]+\p{L}+[\s,]+\p{L}/u.test(doc.masked.slice(from, first.start))
  const named = groups.filter((g) => g.refs.some((r) => r.type === 'actor' && r.mention!.via !== 'metonym'))
  // "… референдум о членстве страны в НАТО": a body after a preposition is an object or a place, not the subject.
  // A body inside a subordinate clause ("…, считающему, что выбор НАТО …") is not the sentence's subject either.
  const mainClause = (g: { start: number }) => !afterPreposition(doc, g.start) && !/[,;:]/u.test(doc.masked.slice(from, g.start))
  const subject = opening ? first : named.length === 1 && mainClause(named[0]) ? named[0] : undefined
  if (!subject) return
  const r = resolveGroup(doc, ctx, subject)
  if (r.viaContext) return
  // A named body, or a named person (whose pronoun may follow: "Selenskyj forderte … „…“, schrieb er").
  const actorId = r.actorId && r.confidence >= 0.8 ? r.actorId : null
  if (actorId || r.person) {
    ctx.setCurrent({ actorId, speaker: r.speaker, start: r.start, end: r.end, kind: actorId ? (doc.matcher.actor(actorId)?.kind ?? null) : null, person: r.person, paragraph })
  }
}

/** People named with the body they speak for anywhere ("die Äußerungen von Außenministerin Baerbock") are remembered. */
function notePeople(doc: StatementDocument, ctx: AttributionContext, from: number, to: number): void {
  for (const g of refGroupsIn(doc, from, Math.min(to, from + MAX_SENTENCE_SCAN))) {
    const name = g.refs.findLast((r) => r.type === 'name')
    const body = g.refs.find((r) => r.type === 'actor' && r.mention!.via !== 'metonym' && !r.modifier)
    if (name && body && body.end <= name.start) ctx.rememberPerson(doc.text.slice(name.start, name.end), body.mention!.actorId, false)
  }
}

const MAX_SENTENCE_SCAN = 2000
const LETTER_OR_SPACE = /[\p{L}\s]/u

/**
 * "nach einem Treffen mit seinem armenischen Kollegen Ararat Mirsojan": the person holds the current speaker's
 * office in the country named by the adjective, so later "Mirsojan sagte" is that country's body.
 */
function noteCounterparts(doc: StatementDocument, ctx: AttributionContext, from: number, to: number): void {
  const current = ctx.current?.actorId ? doc.matcher.actor(ctx.current.actorId) : undefined
  if (!current?.country) return
  const all = (doc.counterparts ??= matchesNear(doc.lex.counterpart.re, doc.lex.counterpart.anchor, LETTER_OR_SPACE, doc.masked).map((m) => ({ start: m.index, end: m.index + m[0].length, adjective: m[1] })))
  for (const m of spansInRange(all, from, Math.min(to, from + MAX_SENTENCE_SCAN))) {
    const name = /^[\s,]*(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2})/u.exec(doc.masked.slice(m.end, to))?.[1]
    if (!name) continue
    const country = doc.matcher.findMentions(`${m.adjective} ${doc.lex.counterpart.bodyNoun}`, doc.language).map((x) => doc.matcher.actor(x.actorId)?.country).find(Boolean)
    if (!country || country === current.country) continue
    const r = ctx.byKindAndCountry(toBodyKind(current.kind), country, 0.7, true)
    if (r.actorId) ctx.rememberPerson(name, r.actorId, false)
  }
}

/**
 * Consecutive reported sentences with nothing between them, one of them without a cue of its own, are one
 * chain ("Man werde … . Man stehe …, so X"; "X sagte, A. B sei …"): each sentence stays its own statement and
 * takes the chain's explicit speaker.
 */
function linkChains(doc: StatementDocument, drafts: Draft[]): Draft[] {
  for (let i = 1; i < drafts.length; i++) {
    const last = drafts[i - 1]
    const d = drafts[i]
    if (
      last.kind !== 'reported' ||
      d.kind !== 'reported' ||
      last.paragraph !== d.paragraph ||
      !/^[\s.!?;…]*$/u.test(doc.text.slice(last.end, d.start)) ||
      (last.cue && d.cue) ||
      (last.speaker?.actorId && d.speaker?.actorId && last.speaker.actorId !== d.speaker.actorId)
    ) continue
    const explicit = [d, last].find((x) => x.speaker && !x.speaker.viaContext)
    if (!explicit) continue
    const other = explicit === d ? last : d
    // "They fear …, according to people familiar with their thinking": a statement with a cue of its own has its
    // own source, found or not; the chain does not lend it one.
    if (other.cue) continue
    other.speaker = { ...explicit.speaker!, viaContext: true }
    other.evidence = { ...other.evidence, chain: true }
  }
  return drafts
}

function toCandidate(doc: StatementDocument, d: Draft, learns: boolean): StatementCandidate {
  const { confidence, needsReview } = score(d)
  const sp = d.speaker
  return {
    quote: doc.text.slice(d.start, d.end),
    kind: d.kind,
    start: d.start,
    end: d.end,
    cue: d.cue?.text ?? null,
    speaker: sp?.speaker || null,
    speakerStart: sp?.speaker ? sp.start : null,
    speakerEnd: sp?.speaker ? sp.end : null,
    actorId: sp?.actorId ?? null,
    referent: sp?.person && sp.person !== sp.speaker ? sp.person : null,
    channel: d.channel ?? null,
    // A provisional id (a person the text titles) only for a caller who learns them.
    personId: sp?.speaker && (learns || !isTitledId(d.personId)) ? (d.personId ?? null) : null,
    confidence,
    needsReview,
    reasons: explain(doc, d),
  }
}

let shippedPersons: PersonIndex | undefined

/** The shipped person registry, built once per process. */
function defaultPersonIndex(): PersonIndex {
  shippedPersons ??= createPersonIndex(defaultPersons())
  return shippedPersons
}
