/**
 * Speakers: the references in a stretch of text that can be the source of a statement — actor mentions and
 * generic body references (from the actor matcher), roles ("Sprecherin", "spokeswoman", "официальный
 * представитель"), people's names and pronouns — grouped into noun phrases ("die Sprecherin des russischen
 * Außenministeriums, Maria Sacharowa") and resolved to an actor.
 */
import type { ActorKind, ActorMention } from '../actors/types'
import { compatibleKind, type AttributionContext } from './context'
import type { StatementDocument } from './document'
import type { BodyKind } from './lexicon'
import { matchesIn } from './patterns'

export type RefType = 'actor' | 'generic' | 'role' | 'name' | 'pronoun'

export interface Ref {
  type: RefType
  start: number
  end: number
  mention?: ActorMention
  kind?: BodyKind | null
}

export interface RefGroup {
  start: number
  end: number
  refs: Ref[]
}

export interface SpeakerResolution {
  actorId: string | null
  speaker: string
  start: number
  end: number
  confidence: number
  review: boolean
  /** The speaker is a person who speaks for no body (an analyst, a director): unattributed is the right answer. */
  independent: boolean
  /** Resolved through the current source (pronoun, role reference) rather than a name in the sentence. */
  viaContext: boolean
  person: string | null
}

const NAME = /\p{Lu}[\p{L}\p{M}'’]*(?:-\p{Lu}?[\p{L}\p{M}'’]+)*(?:\s+(?:(?:van|von|de|der|al|bin|ibn)\s+)?\p{Lu}[\p{L}\p{M}'’]*(?:-\p{Lu}?[\p{L}\p{M}'’]+)*){0,3}/gu
const CONNECTOR = /^(?:[\s,()–-]|des|der|dem|den|die|von|vom|im|in|aus|für|beim|am|of|the|'s|’s|for|at|from|в|при|из|an|a)*$/iu
const NOT_NAMES = new Set(
  (
    'Der Die Das Den Dem Des Ein Eine Einer Auch Am Im In Nach Laut Wie Zudem Außerdem Doch Aber Und Man Er Sie Es So ' +
    'Journalisten Reportern Medien Agenturen Nachrichtenagentur Agentur Montag Dienstag Mittwoch Donnerstag Freitag ' +
    'Samstag Sonntag The A An In On At It He She They We This That According Monday Tuesday Wednesday Thursday Friday ' +
    'Saturday Sunday Twitter Telegram Facebook В На По Как Об Он Она Они Это Также Однако'
  ).split(' '),
)

/** All references in [from, to) of the masked text, without overlaps (actor > generic > role > name > pronoun). */
export function findRefs(doc: StatementDocument, from: number, to: number): Ref[] {
  const refs: Ref[] = []
  const taken = (s: number, e: number) => refs.some((r) => s < r.end && e > r.start)
  for (const m of doc.mentions) {
    if (m.start >= to) break
    if (m.start >= from && m.end <= to) refs.push({ type: 'actor', start: m.start, end: m.end, mention: m })
  }
  for (const g of doc.generics) {
    if (g.start >= to) break
    if (g.start >= from && g.end <= to && !taken(g.start, g.end)) refs.push({ type: 'generic', start: g.start, end: g.end, kind: toBodyKind(g.kind) })
  }
  for (const role of doc.lex.roles) {
    for (const m of matchesIn(role.re, doc.masked, from, to)) {
      const start = m.index
      const end = start + m[0].length
      if (!taken(start, end)) refs.push({ type: 'role', start, end, kind: role.kind })
    }
  }
  for (const m of matchesIn(NAME, doc.masked, from, to)) {
    const name = trimName(m[0], m.index)
    const free = name && freePart(refs, name.start, name.end, doc.masked)
    if (free && !(doc.language === 'de' && !germanName(doc.masked, free.start, free.end))) refs.push({ type: 'name', ...free })
  }
  for (const m of matchesIn(doc.lex.pronoun, doc.masked, from, to)) {
    const start = m.index
    const end = start + m[0].length
    if (!taken(start, end)) refs.push({ type: 'pronoun', start, end })
  }
  return refs.sort((a, b) => a.start - b.start)
}

const GERMAN_ARTICLES = new Set(
  (
    'der die das den dem des ein eine einer eines einem einen kein keine keinen keinem keiner am im vom zum zur beim ins ' +
    'über unter mit von aus bei nach vor für gegen durch ohne um auf an in zu sein seine seinem seinen seiner ihr ihre ' +
    'ihrem ihren ihrer unser unsere dieser diese dieses diesem diesen jeder jede jedes'
  ).split(' '),
)

const GERMAN_NOUN_SUFFIX = /(?:ung|heit|keit|schaft|tion|tät|ismus|ment|nis|tum|ei|ik|ur|en|ern|ium|ums)$/u

/**
 * German capitalises every noun, so a capitalised word is a name only where a noun could not stand: not
 * after an article or preposition (and adjective), and not a single word with a noun suffix ("Erklärung").
 */
function germanName(masked: string, start: number, end: number): boolean {
  const before = masked.slice(Math.max(0, start - 60), start).match(/\p{L}+/gu) ?? []
  const prev = before[before.length - 1]
  const prev2 = before[before.length - 2]?.toLowerCase()
  if (prev && GERMAN_ARTICLES.has(prev.toLowerCase())) return false
  if (prev && /^\p{Ll}+(?:e|en|er|es|em)$/u.test(prev) && prev2 && GERMAN_ARTICLES.has(prev2)) return false
  const surface = masked.slice(start, end)
  return /\s/u.test(surface) || !GERMAN_NOUN_SUFFIX.test(surface)
}

/** Drop capitalised function words at the front of a capitalised run ("Auch Lawrow", "The Kremlin"). */
function trimName(surface: string, start: number): { start: number; end: number } | null {
  const parts = surface.split(/(\s+)/u)
  let i = 0
  let offset = 0
  while (i < parts.length && (NOT_NAMES.has(parts[i]) || /^\s+$/u.test(parts[i]))) offset += parts[i++].length
  return surface.length - offset >= 3 ? { start: start + offset, end: start + surface.length } : null
}

/** The part of a capitalised run not already taken by another reference ("Foreign Minister | Dmytro Kuleba"). */
function freePart(refs: readonly Ref[], start: number, end: number, masked: string): { start: number; end: number } | null {
  const covering = refs.filter((r) => start < r.end && end > r.start)
  if (!covering.length) return { start, end }
  if (covering.some((r) => r.start > start && r.end < end)) return null
  const after = Math.max(...covering.map((r) => r.end))
  if (after >= end) return null
  const rest = masked.slice(after, end)
  const s = after + rest.length - rest.trimStart().length
  const first = masked.slice(s, end).split(/\s+/u)[0]
  if (!/^\p{Lu}/u.test(first) || NOT_NAMES.has(first)) return null
  return end - s >= 3 ? { start: s, end } : null
}

/** Adjacent references that form one noun phrase. */
export function groupRefs(doc: StatementDocument, refs: readonly Ref[]): RefGroup[] {
  const groups: RefGroup[] = []
  for (const r of refs) {
    const last = groups[groups.length - 1]
    const gap = last ? doc.masked.slice(last.end, r.start) : ''
    if (last && r.start >= last.end && gap.length <= 25 && CONNECTOR.test(gap)) {
      last.refs.push(r)
      last.end = Math.max(last.end, r.end)
    } else {
      groups.push({ start: r.start, end: r.end, refs: [r] })
    }
  }
  return groups
}

/** Resolve a speaker phrase to an actor, using the context for generic references, known people and pronouns. */
export function resolveGroup(doc: StatementDocument, ctx: AttributionContext, group: RefGroup): SpeakerResolution {
  ctx.advanceTo(group.start)
  const base = { speaker: doc.text.slice(group.start, group.end), start: group.start, end: group.end, independent: false, viaContext: false }
  const refsOf = (type: RefType) => group.refs.filter((r) => r.type === type)
  const names = refsOf('name')
  const roles = refsOf('role')
  const actors = refsOf('actor')
  const generic = refsOf('generic')[0]
  const lastName = names[names.length - 1]
  const person = lastName ? doc.text.slice(lastName.start, lastName.end) : null
  const roleKind = roles.find((r) => r.kind)?.kind ?? null
  const paragraph = paragraphIndex(doc, group.start)
  const done = (actorId: string | null, confidence: number, review: boolean, extra: Partial<SpeakerResolution> = {}): SpeakerResolution => {
    if (person && (actorId || roles.length || actors.length || generic)) ctx.rememberPerson(person, actorId)
    return { ...base, actorId, confidence, review, person, ...extra }
  }
  const fromContext = (): SpeakerResolution | null => {
    const c = ctx.continuing(paragraph)
    return c ? { ...base, actorId: c.actorId, confidence: c.actorId ? 0.75 : 0.3, review: !c.actorId, person: c.person, viaContext: true } : null
  }

  const named = actors.filter((r) => r.mention!.via !== 'metonym')
  if (named.length) {
    const fitting = roleKind ? named.find((r) => compatibleKind(roleKind, kindOf(doc, r))) : undefined
    return done((fitting ?? named[0]).mention!.actorId, 0.95, false)
  }
  // A role with no name and no body refers back to the person speaking ("die Diplomatin", "the minister").
  if (roles.length && !names.length && !actors.length && !generic) {
    const c = fromContext()
    if (c?.person) return c
    if (roleKind) {
      const r = ctx.resolveGeneric(roleKind, group.start)
      return done(r.actorId, r.confidence * 0.9, true)
    }
    return done(null, 0.6, false, { independent: true })
  }
  if (roles.some((r) => r.kind === null)) return done(null, 0.7, false, { independent: true })

  const kind = generic?.kind ?? roleKind
  const metonym = actors[0]?.mention
  if (metonym) {
    const country = doc.matcher.actor(metonym.actorId)?.country ?? null
    if (kind && country) {
      const r = ctx.resolveGeneric(kind, group.start, country)
      return done(r.actorId, r.confidence, r.review)
    }
    return done(metonym.actorId, Math.max(0.6, metonym.confidence + 0.15), metonym.confidence < 0.5)
  }
  if (person) {
    const known = ctx.findPerson(person)
    if (known?.actorId) return done(known.actorId, 0.85, false)
  }
  if (kind) {
    if (!generic) {
      // A spokesperson or representative without a body: the current source, else the last body named.
      const c = fromContext()
      if (c?.actorId) return done(c.actorId, 0.75, false)
    }
    const r = ctx.resolveGeneric(kind, group.start)
    return done(r.actorId, r.confidence, r.review)
  }
  if (refsOf('pronoun').length) return fromContext() ?? done(null, 0.3, true, { viaContext: true })
  if (person) return done(null, 0.5, true)
  return done(null, 0.3, true)
}

/** Registry kinds of generic references mapped to the kinds of body they may stand for. */
export function toBodyKind(kind: ActorKind): BodyKind {
  switch (kind) {
    case 'foreign-ministry':
    case 'ministry':
    case 'government':
    case 'presidency':
    case 'organisation':
      return kind
    default:
      return 'body'
  }
}

function kindOf(doc: StatementDocument, r: Ref): ActorKind {
  return (r.mention && doc.matcher.actor(r.mention.actorId)?.kind) || 'other'
}

function paragraphIndex(doc: StatementDocument, pos: number): number {
  let lo = 0
  let hi = doc.paragraphs.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (doc.paragraphs[mid].start <= pos) lo = mid
    else hi = mid - 1
  }
  return lo
}
