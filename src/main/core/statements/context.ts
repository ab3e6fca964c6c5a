/**
 * Attribution context: which bodies were named recently, who is speaking now, and which people speak for
 * which body. Generic references ("das Ministerium", "the ministry", "ведомство") resolve to the body of a
 * compatible kind named most recently; two different candidates named in the same sentence, or none in the
 * current section, leave the reference unresolved rather than guessed.
 */
import type { ActorKind } from '../actors/types'
import type { StatementDocument } from './document'
import type { BodyKind } from './lexicon'
import { followsPreposition } from './patterns'
import { countStartingBefore } from './spans-in-range'
import { sentenceAt } from './text-structure'

export interface Entity {
  actorId: string
  kind: ActorKind
  country: string | null
  pos: number
  sentence: number
  segment: number
  /** Named at the start of its clause: the sentence's subject, and so its topic. */
  subject: boolean
}

/** The source of the statements being reported now ("heißt es weiter", "it added", "он сказал"). */
export interface CurrentSource {
  actorId: string | null
  speaker: string
  start: number
  end: number
  kind: ActorKind | null
  /** The person speaking, when the source is a person. */
  person: string | null
  paragraph: number
  segment: number
}

export interface Resolution {
  actorId: string | null
  confidence: number
  /** Resolved, but only by weak evidence (another section, a country named nearby): show to the analyst. */
  review: boolean
  /** Resolved by the one country the last two sentences name ("Die Ukraine hat … verurteilt. Außenminister …"). */
  focus?: boolean
}

const COMPATIBLE: Record<BodyKind, readonly ActorKind[]> = {
  'foreign-ministry': ['foreign-ministry'],
  ministry: ['foreign-ministry', 'ministry'],
  body: ['foreign-ministry', 'ministry', 'agency'],
  government: ['government'],
  presidency: ['presidency'],
  organisation: ['organisation'],
}

/** How many recent entity mentions a generic reference may look back over. */
const LOOKBACK = 200

const ID_SUFFIX: Partial<Record<BodyKind, string>> = { 'foreign-ministry': 'mfa', government: 'gov', presidency: 'pres' }

const COORDINATION = /^\s*(?:and|und|sowie|или|и|or|oder|,)\s*(?:(?:the|der|die|das)\s+)?/iu

/** Several bodies named together ("die Außenministerien Russlands und der Ukraine"): never a resolution. */
const SEVERAL = '*'
/** A body the registry does not know ("das Gesundheitsministerium"): a generic reference to it resolves to nobody. */
export const UNREGISTERED = '?'
const PLURAL_KIND: Record<BodyKind, ActorKind> = {
  'foreign-ministry': 'foreign-ministry',
  ministry: 'ministry',
  body: 'agency',
  government: 'government',
  presidency: 'presidency',
  organisation: 'organisation',
}

export function compatibleKind(kind: BodyKind, actorKind: ActorKind): boolean {
  return COMPATIBLE[kind].includes(actorKind)
}

interface Person {
  name: string
  /** The name's words, stemmed (stem): compared on every lookup, so computed once. */
  stems: string[]
  actorId: string | null
}

export class AttributionContext {
  readonly entities: Entity[] = []
  current: CurrentSource | null = null
  segment = 0
  private readonly persons: Person[] = []
  private nextMention = 0
  private nextPlural = 0
  private nextUnregistered = 0

  constructor(private readonly doc: StatementDocument) {}

  /** Take in every actor mention before pos (headings excluded: a heading names a topic, not a speaker). */
  advanceTo(pos: number): void {
    const { mentions, plurals, unregistered } = this.doc
    while (this.nextUnregistered < unregistered.length && unregistered[this.nextUnregistered].end <= pos) {
      const u = unregistered[this.nextUnregistered++]
      if (!this.inHeading(u.start)) this.push(UNREGISTERED, u.kind, null, u.start, this.atClauseStart(u.start))
    }
    while (this.nextPlural < plurals.length && plurals[this.nextPlural].pos < pos) {
      const p = plurals[this.nextPlural++]
      if (!this.inHeading(p.pos)) this.push(SEVERAL, PLURAL_KIND[p.kind], null, p.pos, false)
    }
    while (this.nextMention < mentions.length && mentions[this.nextMention].end <= pos) {
      const m = mentions[this.nextMention++]
      // "an event in Washington", "the dispute with Sofia": a place after a preposition is where, not a body
      // that a later "the Prime Minister" or "die Regierung" could mean.
      if (m.via === 'metonym' && followsPreposition(this.doc.masked, m.start)) continue
      if (!this.inHeading(m.start)) this.addEntity(m.actorId, m.start)
    }
  }

  private inHeading(pos: number): boolean {
    return this.doc.paragraphs[this.doc.sentences[sentenceAt(this.doc.sentences, pos)].paragraph].heading
  }

  addEntity(actorId: string, pos: number): void {
    const actor = this.doc.matcher.actor(actorId)
    if (actor) this.push(actorId, actor.kind, actor.country, pos, this.atClauseStart(pos))
  }

  private push(actorId: string, kind: ActorKind, country: string | null, pos: number, subject: boolean): void {
    const s = this.doc.sentences[sentenceAt(this.doc.sentences, pos)]
    this.entities.push({ actorId, kind, country, pos, sentence: s.index, segment: this.segment, subject })
  }

  private atClauseStart(pos: number): boolean {
    const s = this.doc.sentences[sentenceAt(this.doc.sentences, pos)]
    const from = Math.max(s.start, this.doc.paragraphs[s.paragraph].bodyStart)
    return /^[\s„“"«»–—-]*(?:\p{L}+\s+)?$/u.test(this.doc.masked.slice(from, pos))
  }

  /** A subheading: a new section; the current source ends there. */
  newSection(): void {
    this.segment++
    this.current = null
  }

  setCurrent(source: Omit<CurrentSource, 'segment'>): void {
    this.current = { ...source, segment: this.segment }
    if (source.actorId) this.addEntity(source.actorId, source.start)
  }

  /**
   * The current source, if it is still in force at a paragraph: same section, at most one paragraph back
   * (paragraphs that continue a quotation do not count).
   */
  continuing(paragraph: number): CurrentSource | null {
    const c = this.current
    if (!c || c.segment !== this.segment) return null
    let distance = 0
    for (let p = c.paragraph + 1; p <= paragraph; p++) if (!this.doc.paragraphs[p].insideQuote) distance++
    return distance <= 1 ? c : null
  }

  /** The body a generic reference of this kind points to, before pos. */
  resolveGeneric(kind: BodyKind, pos: number, country: string | null = null): Resolution {
    const here = sentenceAt(this.doc.sentences, pos)
    // Newest first, and only the recent past: resolution never looks far back, and long texts stay linear.
    const candidates: Entity[] = []
    for (let i = this.entities.length - 1; i >= 0 && i >= this.entities.length - LOOKBACK; i--) {
      const e = this.entities[i]
      if (e.pos < pos && compatibleKind(kind, e.kind) && (!country || e.country === country)) candidates.push(e)
    }
    const inSection = candidates.filter((e) => e.segment === this.segment)
    if (inSection.length) {
      const top = inSection[0]
      const rival = inSection.find((e) => e.actorId !== top.actorId)
      if (top.actorId === SEVERAL || top.actorId === UNREGISTERED || (rival && rival.sentence === top.sentence)) return { actorId: null, confidence: 0.3, review: true }
      const near = here - top.sentence <= 3
      return { actorId: top.actorId, confidence: near ? 0.85 : 0.7, review: !near && !!rival }
    }
    const distinct = new Set(candidates.map((e) => e.actorId))
    if (distinct.size === 1 && !distinct.has(SEVERAL) && !distinct.has(UNREGISTERED)) return { actorId: candidates[0].actorId, confidence: 0.6, review: true }
    if (distinct.size > 1) return { actorId: null, confidence: 0.3, review: true }
    if (country) return this.byKindAndCountry(kind, country, 0.75, false)
    return this.byCountryInFocus(kind, here)
  }

  /**
   * The kind's body of the country in focus: the one country named in the last two sentences, or the one
   * named as their subject ("Ukraine condemned Russia's … . Foreign Minister Kuleba wrote …").
   */
  private byCountryInFocus(kind: BodyKind, sentence: number): Resolution {
    const recent: Entity[] = []
    for (let i = this.entities.length - 1; i >= 0 && sentence - this.entities[i].sentence <= 2; i--) {
      const e = this.entities[i]
      if (e.segment === this.segment && e.country) recent.push(e)
    }
    // "Berlin and Moscow exchanged accusations": a joint subject puts no one country in focus.
    for (const pool of [recent, recent.filter((e) => e.subject && !this.coordinated(e, recent))]) {
      const countries = new Set(pool.map((e) => e.country))
      if (countries.size === 1) return { ...this.byKindAndCountry(kind, pool[0].country!, 0.55, true), focus: true }
    }
    return { actorId: null, confidence: 0.3, review: true }
  }

  /** Another entity joined to this one by "and" (or a comma) in the text: "Berlin and Moscow", "Moskau und Kiew". */
  private coordinated(e: Entity, others: readonly Entity[]): boolean {
    const mention = this.doc.mentions[countStartingBefore(this.doc.mentions, e.pos)]
    if (mention?.start !== e.pos) return false
    const joined = COORDINATION.exec(this.doc.masked.slice(mention.end, mention.end + 12))
    return !!joined && others.some((o) => o !== e && o.pos === mention.end + joined[0].length)
  }

  byKindAndCountry(kind: BodyKind, country: string, confidence: number, review: boolean): Resolution {
    const suffix = ID_SUFFIX[kind]
    const actor = suffix ? this.doc.matcher.actor(`${country}-${suffix}`) : undefined
    if (!actor) return { actorId: null, confidence: 0.3, review: true }
    return { actorId: actor.id, confidence, review }
  }

  /** Remember whom a person speaks for; `overwrite` false keeps an affiliation already known. */
  rememberPerson(name: string, actorId: string | null, overwrite = true): void {
    const existing = this.findPerson(name)
    if (existing) {
      if (actorId && (overwrite || !existing.actorId)) existing.actorId = actorId
      return
    }
    this.persons.push({ name, stems: name.split(/\s+/u).map(stem), actorId })
  }

  /**
   * A person named before, by full name or one name in any case form ("Sacharowa", "Захаровой",
   * "Zakharova's", "Wang" for Wang Wenbin).
   */
  findPerson(surface: string): Person | undefined {
    const parts = surface.split(/\s+/u).map(stem)
    const last = parts[parts.length - 1]
    if (last.length < 3) return undefined
    return this.persons.find((p) => {
      const known = p.stems
      return parts.length === 1 ? known.some((k) => sameStem(k, last)) : sameStem(known[known.length - 1], last)
    })
  }
}

function stem(word: string): string {
  return word.toLowerCase().replace(/['’]s$/u, '')
}

/** Surnames equal up to a case ending of at most three letters ("лавров"/"лаврова", "захаровой"/"захарова"). */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (long.length - short.length > 3) return false
  let common = 0
  while (common < short.length && short[common] === long[common]) common++
  return common >= Math.max(4, short.length - 1)
}
