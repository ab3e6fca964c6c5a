/**
 * Finds actor mentions in German, English and Russian text.
 *
 * 1. Tokens are scanned once for known phrases ("units"): country adjectives/names/capitals, body
 *    terms, actor names and metonyms, generic references — each through its inflected forms.
 * 2. A body term combined with a country names that country's body, in either order:
 *      adjective + body            das russische Außenministerium · the Russian MFA · российский МИД
 *      genitive/possessive + body  Russlands Außenamt · Russia's Foreign Ministry · US-Regierung
 *      body + genitive             Außenministerium Russlands · МИД России · МИД РФ
 *      body + link + country       Außenministerium der Ukraine · the Foreign Ministry of Russia
 *      body + in + capital         das Außenministerium in Moskau
 *    A body term without a country is only a generic reference (resolved by the statement engine).
 * 3. Names and metonyms stand alone; a metonym (capital, country name, "the Kremlin") gets a lower
 *    confidence, none at all inside a compound ("Russland-Politik", "Minsk agreements", "Moscow Times"),
 *    and very low after a preposition ("in Moskau").
 * 4. Overlaps: the longest mention wins, then the more specific kind (a ministry beats a government),
 *    then confidence. A preceding article joins the span ("des russischen Außenministeriums").
 *
 * Policy: "the Kremlin", "the White House", "the Élysée" name the presidency (`ru-pres`), since the
 * Kremlin speaks through the presidential administration; capitals and country names stand for the
 * government (`ru-gov`).
 */
import { adjectivePattern, nounPhrasePattern, type Lang } from './inflect'
import type { GrammarWords, Lexicon } from './lexicon'
import { foldWord } from './normalize'
import { PhraseIndex, type Entry, type Unit } from './phrase-index'
import { defaultSeed } from './seed'
import { Gap, tokenize, type Token } from './tokenize'
import type { Actor, ActorKind, ActorMatcher, ActorMention, GenericReference } from './types'

const CONFIDENCE = {
  name: 0.95,
  combination: 0.95,
  capitalCombination: 0.9,
  /** A name of another country's body re-read for the named country ("the Russian Foreign Office"). */
  reassigned: 0.85,
  /** The first of coordinated countries: "die russische und die kasachische Regierung". */
  coordinated: 0.85,
  metonym: 0.7,
  capital: 0.6,
  countryName: 0.5,
  afterPreposition: 0.4,
} as const

const SPECIFICITY: Record<ActorKind, number> = {
  'foreign-ministry': 4,
  ministry: 4,
  agency: 3,
  presidency: 3,
  person: 3,
  organisation: 2,
  government: 2,
  other: 1,
}

interface Candidate {
  first: number
  last: number
  actorId: string
  via: ActorMention['via']
  confidence: number
}

interface Words {
  determiners: Set<string>
  genitiveLinks: Set<string>
  locativeLinks: Set<string>
  prepositions: Set<string>
  attributiveHeads: Set<string>
  conjunctions: Set<string>
  demonstratives: Set<string>
}

function mergeGrammar(grammar: Record<Lang, GrammarWords>): Words {
  const all = Object.values(grammar)
  const set = (key: keyof GrammarWords) => new Set(all.flatMap((g) => g[key]))
  return {
    determiners: set('determiners'),
    genitiveLinks: set('genitiveLinks'),
    locativeLinks: set('locativeLinks'),
    prepositions: set('prepositions'),
    attributiveHeads: set('attributiveHeads'),
    conjunctions: set('conjunctions'),
    demonstratives: set('demonstratives'),
  }
}

const asLang = (language: string | null): Lang | null =>
  language === 'de' || language === 'en' || language === 'ru' ? language : null

export interface Analysis {
  mentions: ActorMention[]
  generic: GenericReference[]
}

export class CompiledActorMatcher implements ActorMatcher {
  private readonly index = new PhraseIndex()
  private readonly actors = new Map<string, Actor>()
  /** `${iso}|${kind}` → the actor that body terms of that kind resolve to. */
  private readonly byCountryKind = new Map<string, string>()
  private readonly words: Words

  constructor(actors: readonly Actor[], lexicon: Lexicon) {
    this.words = mergeGrammar(lexicon.grammar)
    const ordered = [...actors].sort((a, b) => (a.origin === b.origin ? a.id.localeCompare(b.id) : a.origin === 'seed' ? -1 : 1))
    for (const actor of ordered) {
      this.actors.set(actor.id, actor)
      const key = `${actor.country}|${actor.kind}`
      if (actor.country && !this.byCountryKind.has(key)) this.byCountryKind.set(key, actor.id)
    }
    const place = new Map<string, 'country' | 'capital'>()
    for (const country of lexicon.countries) {
      for (const t of country.adjectives) this.add('adj', adjectivePattern(t.text, t.language), t.language, { iso: country.iso })
      for (const t of country.names) {
        this.add('country', nounPhrasePattern(t.text, t.language), t.language, { iso: country.iso })
        place.set(`${country.iso}|${foldWord(t.text)}`, 'country')
      }
      for (const t of country.capitals) {
        this.add('capital', nounPhrasePattern(t.text, t.language), t.language, { iso: country.iso })
        place.set(`${country.iso}|${foldWord(t.text)}`, 'capital')
      }
    }
    for (const t of lexicon.bodies) {
      this.add('body', nounPhrasePattern(t.text, t.language), t.language, { kind: t.kind, confidence: t.confidence, office: t.office })
    }
    for (const t of lexicon.generic) this.add('generic', nounPhrasePattern(t.text, t.language), t.language, { kind: t.kind })
    for (const actor of ordered) {
      const foldedName = foldWord(actor.name)
      for (const alias of actor.aliases) {
        const lang = asLang(alias.language)
        const pattern = nounPhrasePattern(alias.text, lang ?? 'en')
        if (alias.kind === 'body') {
          this.add('body', pattern, lang, { kind: actor.kind, actorId: actor.id })
        } else if (alias.kind === 'metonym') {
          const what = place.get(`${actor.country}|${foldWord(alias.text)}`)
          const confidence = what === 'country' ? CONFIDENCE.countryName : what === 'capital' ? CONFIDENCE.capital : CONFIDENCE.metonym
          this.add('name', pattern, lang, { actorId: actor.id, via: 'metonym', confidence })
        } else {
          const via = foldWord(alias.text) === foldedName ? 'name' : 'alias'
          this.add('name', pattern, lang, { actorId: actor.id, via, confidence: CONFIDENCE.name })
        }
      }
      this.add('name', nounPhrasePattern(actor.name, 'en'), 'en', { actorId: actor.id, via: 'name', confidence: CONFIDENCE.name })
    }
  }

  private add(type: Entry['type'], pattern: Entry['pattern'], language: Lang | null, extra: Partial<Entry>): void {
    this.index.add({ type, pattern, language, iso: null, kind: null, actorId: null, via: 'alias', confidence: 1, ...extra })
  }

  actor(id: string): Actor | undefined {
    return this.actors.get(id)
  }

  findMentions(text: string, language?: string | null): ActorMention[] {
    return this.analyse(text, language).mentions
  }

  findGenericReferences(text: string, language?: string | null): GenericReference[] {
    return this.analyse(text, language).generic
  }

  /** Mentions and generic references of one text, from one scan. */
  analyse(text: string, language?: string | null): Analysis {
    const tokens = tokenize(text)
    const units = preferLanguage(this.index.scan(tokens), asLang(language ?? null) ?? this.guessLanguage(tokens))
    // By token index (arrays, not maps: a long text has tens of thousands of units).
    const startingAt: UnitsAt = new Array(tokens.length)
    const endingAt: UnitsAt = new Array(tokens.length)
    for (const u of units) {
      add(startingAt, u.first, u)
      add(endingAt, u.last, u)
    }
    const candidates: Candidate[] = []
    const bodies: Unit[] = []
    for (const u of units) {
      if (u.entry.type === 'body') {
        const found = this.combine(u, tokens, startingAt, endingAt)
        if (found.length > 0) candidates.push(...found)
        else bodies.push(u)
      } else if (u.entry.type === 'name') {
        const found = this.nameCandidate(u, tokens, startingAt, endingAt)
        if (found) candidates.push(found)
      } else if (u.entry.type === 'generic') {
        bodies.push(u)
      }
    }
    const taken = new Uint8Array(tokens.length)
    const mentions = this.select(candidates, taken).map((c) => this.toMention(c, text, tokens, taken))
    const generic: GenericReference[] = []
    for (const u of bodies.sort((a, b) => b.last - b.first - (a.last - a.first))) {
      if (u.entry.actorId || overlaps(taken, u.first, u.last)) continue
      mark(taken, u.first, u.last)
      const first = this.withDeterminer(u.first, tokens, taken, true)
      generic.push({
        start: tokens[first].start,
        end: tokens[u.last].end,
        kind: u.entry.kind!,
        surface: text.slice(tokens[first].start, tokens[u.last].end),
        office: u.entry.office === true,
      })
    }
    generic.sort((a, b) => a.start - b.start)
    return { mentions, generic }
  }

  /** Country parts directly before token `at` that can modify a body: adjective, genitive, possessive, compound. */
  private countryBefore(at: number, tokens: readonly Token[], endingAt: UnitsAt): Unit[] {
    if (at === 0 || tokens[at].gap === Gap.Break) return []
    const hyphen = tokens[at].gap === Gap.Hyphen
    return (endingAt[at - 1] ?? []).filter((u) => {
      const { type, language } = u.entry
      // "pro-Russian government", "anti-russische Regierung": the compound changes the meaning.
      if (tokens[u.first].gap === Gap.Hyphen) return false
      if (type === 'adj') return true
      if (type === 'country') return hyphen || u.possessive || (language === 'de' && u.genitive) || (language !== 'de' && language !== 'ru')
      // "Moscow's foreign ministry", "Moskaus Außenministerium", "the Kabul government"
      if (type === 'capital') return u.possessive || (language === 'de' && u.genitive && tokens[u.last].norm.endsWith('s')) || language === 'en'
      return false
    })
  }

  /**
   * Country parts after token `after`: a country after a genitive link ("der", "of the") or in the
   * genitive ("Russlands", "России", "РФ"), or a capital after "in"/"в".
   */
  private countryAfter(after: number, tokens: readonly Token[], startingAt: UnitsAt): Unit[] {
    const w = this.words
    let k = after + 1
    const links: string[] = []
    while (k < tokens.length && links.length < 2 && tokens[k].gap !== Gap.Break) {
      const norm = tokens[k].norm
      const fits = links.length === 0 ? w.genitiveLinks.has(norm) || w.locativeLinks.has(norm) : w.determiners.has(norm) && w.genitiveLinks.has(links[0])
      if (!fits) break
      links.push(norm)
      k++
    }
    if (k >= tokens.length || tokens[k].gap === Gap.Break) return []
    return (startingAt[k] ?? []).filter((u) => {
      if (u.entry.type === 'country') {
        if (links.length > 0) return w.genitiveLinks.has(links[0])
        return u.entry.language !== 'en' && u.entry.language !== null && u.genitive
      }
      if (u.entry.type === 'capital') return links.length === 1 && w.locativeLinks.has(links[0])
      return false
    })
  }

  /** Skips a conjunction (and an article after it) starting at token `at`; the index after them, or -1. */
  private afterConjunction(at: number, tokens: readonly Token[]): number {
    if (at >= tokens.length || tokens[at].gap === Gap.Break || !this.words.conjunctions.has(tokens[at].norm)) return -1
    let k = at + 1
    if (k < tokens.length && tokens[k].gap !== Gap.Break && this.words.determiners.has(tokens[k].norm)) k++
    return k < tokens.length && tokens[k].gap !== Gap.Break ? k : -1
  }

  private resolve(iso: string, body: Entry): string | null {
    if (body.actorId) return this.actors.get(body.actorId)?.country === iso ? body.actorId : null
    return this.byCountryKind.get(`${iso}|${body.kind}`) ?? null
  }

  private resolved(units: Unit[], body: Entry): { u: Unit; actorId: string } | undefined {
    return units
      .map((u) => ({ u, actorId: this.resolve(u.entry.iso!, body) }))
      .filter((x): x is { u: Unit; actorId: string } => x.actorId !== null)
      .sort((a, b) => b.u.last - b.u.first - (a.u.last - a.u.first))[0]
  }

  /** The body term with its country on either side, and countries coordinated with that one. */
  private combine(body: Unit, tokens: readonly Token[], startingAt: UnitsAt, endingAt: UnitsAt): Candidate[] {
    const found: Candidate[] = []
    const left = this.resolved(this.countryBefore(body.first, tokens, endingAt), body.entry)
    const right = this.resolved(this.countryAfter(body.last, tokens, startingAt), body.entry)
    if (!left && !right) return found
    const bodyConfidence = body.entry.confidence
    const first = left ? left.u.first : body.first
    const last = right && (!left || right.actorId === left.actorId) ? right.u.last : body.last
    const base = left || right!.u.entry.type === 'country' ? CONFIDENCE.combination : CONFIDENCE.capitalCombination
    found.push({ first, last, actorId: (left ?? right)!.actorId, via: 'alias', confidence: base * bodyConfidence })

    // "die russische und die kasachische Regierung", "the Russian and Belarusian foreign ministries"
    if (left && left.u.entry.type === 'adj') {
      let conj = left.u.first - 1
      if (conj > 0 && this.words.determiners.has(tokens[conj].norm) && tokens[left.u.first].gap === Gap.Space) conj--
      if (conj > 0 && this.afterConjunction(conj, tokens) >= 0) {
        const earlier = this.resolved((endingAt[conj - 1] ?? []).filter((u) => u.entry.type === 'adj' && tokens[conj].gap !== Gap.Break), body.entry)
        if (earlier) found.push({ first: earlier.u.first, last: earlier.u.last, actorId: earlier.actorId, via: 'alias', confidence: CONFIDENCE.coordinated * bodyConfidence })
      }
    }
    // "die Außenministerien Russlands und Kasachstans", "МИД России и Белоруссии"
    if (right && right.u.entry.type === 'country') {
      const next = this.afterConjunction(right.u.last + 1, tokens)
      if (next >= 0) {
        const sameForm = (startingAt[next] ?? []).filter((u) => u.entry.type === 'country' && (right.u.genitive ? u.genitive : true))
        const later = this.resolved(sameForm, body.entry)
        if (later) found.push({ first: later.u.first, last: later.u.last, actorId: later.actorId, via: 'alias', confidence: CONFIDENCE.coordinated * bodyConfidence })
      }
    }
    return found
  }

  private nameCandidate(u: Unit, tokens: readonly Token[], startingAt: UnitsAt, endingAt: UnitsAt): Candidate | null {
    const { entry } = u
    const actor = this.actors.get(entry.actorId!)!
    let confidence = entry.confidence
    if (entry.via === 'metonym') {
      if (!this.standsAlone(u, tokens, startingAt)) return null
      const prev = tokens[u.first - 1]
      if (prev && tokens[u.first].gap === Gap.Space && this.words.prepositions.has(prev.norm)) confidence = CONFIDENCE.afterPreposition
    }
    // The actor's own country after the name widens it ("Госдеп США").
    const after = this.countryAfter(u.last, tokens, startingAt).find((c) => c.entry.iso === actor.country)
    // "State Department of Health": an English name continued by "of" and a proper name is another body.
    if (!after && entry.language === 'en' && tokens[u.last + 1]?.norm === 'of' && tokens[u.last + 1].gap === Gap.Space) {
      const following = tokens[u.last + 2]
      if (following && following.gap === Gap.Space && following.upper && !this.words.determiners.has(following.norm)) return null
    }
    const last = after ? after.last : u.last
    // A country part before the name: the same country widens the mention ("the US State Department");
    // another country re-reads a body's name for that country ("the Russian Foreign Office") or drops it.
    const before = this.countryBefore(u.first, tokens, endingAt)[0]
    if (before) {
      if (before.entry.iso === actor.country) return { first: before.first, last, actorId: actor.id, via: entry.via, confidence }
      if (entry.via === 'metonym') return { first: u.first, last, actorId: actor.id, via: entry.via, confidence }
      const other = this.byCountryKind.get(`${before.entry.iso}|${actor.kind}`)
      if (!other || !actor.country) return null
      return { first: before.first, last: u.last, actorId: other, via: 'alias', confidence: CONFIDENCE.reassigned }
    }
    return { first: u.first, last, actorId: actor.id, via: entry.via, confidence }
  }

  /**
   * A place name stands for its government only when it is not part of a larger name or compound:
   * "Russland-Politik", "pro-Moscow", "Minsk agreements", "Moscow Times".
   */
  private standsAlone(u: Unit, tokens: readonly Token[], startingAt: UnitsAt): boolean {
    const next = tokens[u.last + 1]
    if (tokens[u.first].gap === Gap.Hyphen && u.first > 0) return false
    if (next && next.gap === Gap.Hyphen) return false
    if (next && next.gap === Gap.Space) {
      if (this.words.attributiveHeads.has(next.norm)) return false
      if (u.entry.language === 'en' && next.upper && startingAt[u.last + 1] === undefined) return false
    }
    return true
  }

  /** A rough language guess when the caller gives none: script, then the commonest function words. */
  private guessLanguage(tokens: readonly Token[]): Lang | null {
    let de = 0
    let en = 0
    let ru = 0
    const sample = Math.min(tokens.length, 400)
    for (let i = 0; i < sample; i++) {
      const norm = tokens[i].norm
      const c = norm.charCodeAt(0)
      if (c >= 0x430 && c <= 0x44f) ru++
      else if (this.words.determiners.has(norm)) {
        if (norm === 'the') en++
        else de++
      } else if (norm === 'of' || norm === 'and') en++
      else if (norm === 'und' || norm === 'von') de++
    }
    if (ru > de + en) return 'ru'
    return en > de ? 'en' : de > en ? 'de' : null
  }

  private select(candidates: Candidate[], taken: Uint8Array): Candidate[] {
    const kindRank = (c: Candidate) => SPECIFICITY[this.actors.get(c.actorId)!.kind] + (c.via === 'metonym' ? 0 : 10)
    candidates.sort(
      (a, b) => b.last - b.first - (a.last - a.first) || kindRank(b) - kindRank(a) || b.confidence - a.confidence || a.first - b.first,
    )
    const chosen: Candidate[] = []
    for (const c of candidates) {
      if (overlaps(taken, c.first, c.last)) continue
      mark(taken, c.first, c.last)
      chosen.push(c)
    }
    return chosen.sort((a, b) => a.first - b.first)
  }

  /** Takes a directly preceding article (and, for generic references, a demonstrative) into the span. */
  private withDeterminer(first: number, tokens: readonly Token[], taken: Uint8Array, demonstratives = false): number {
    const prev = first - 1
    if (prev < 0 || taken[prev] || tokens[first].gap !== Gap.Space) return first
    const norm = tokens[prev].norm
    if (this.words.determiners.has(norm) || (demonstratives && this.words.demonstratives.has(norm))) {
      taken[prev] = 1
      return prev
    }
    return first
  }

  private toMention(c: Candidate, text: string, tokens: readonly Token[], taken: Uint8Array): ActorMention {
    const first = this.withDeterminer(c.first, tokens, taken)
    const start = tokens[first].start
    const end = tokens[c.last].end
    return { start, end, actorId: c.actorId, surface: text.slice(start, end), via: c.via, confidence: round(c.confidence) }
  }

  /**
   * The kind of a generic body phrase ("das Ministerium", "the ministry", "ведомство", "dieses
   * Außenministerium"), or null when the phrase is not one (it names a country, or something else).
   * 'ministry' stands for any ministry-like body; the statement engine may resolve it to a foreign ministry.
   */
  genericBodyKind(text: string): ActorKind | null {
    const tokens = tokenize(text)
    let first = 0
    while (first < tokens.length && (this.words.determiners.has(tokens[first].norm) || this.words.demonstratives.has(tokens[first].norm))) first++
    if (first === tokens.length) return null
    let best: Unit | null = null
    for (const u of this.index.scan(tokens)) {
      if (u.first !== first || u.last !== tokens.length - 1) continue
      if (u.entry.type === 'generic' || (u.entry.type === 'body' && !u.entry.actorId)) best = u
      else return null
    }
    return best?.entry.kind ?? null
  }
}

/**
 * The same phrase often exists in several languages ("Iran", "Washington"); keep the reading of the
 * text's language so that its rules apply (English compounds, German genitives).
 */
function preferLanguage(units: Unit[], language: Lang | null): Unit[] {
  if (!language) return units
  const rank = (u: Unit) => (u.entry.language === language ? 2 : u.entry.language === null ? 1 : 0)
  const same = (a: Unit, b: Unit) =>
    a.last === b.last && a.entry.type === b.entry.type && a.entry.via === b.entry.via && (a.entry.actorId ?? a.entry.iso) === (b.entry.actorId ?? b.entry.iso)
  const keep: Unit[] = []
  // Units come in token order: readings of one phrase share their first token.
  for (let i = 0; i < units.length; ) {
    let j = i + 1
    while (j < units.length && units[j].first === units[i].first) j++
    for (let k = i; k < j; k++) {
      const u = units[k]
      const target = u.entry.actorId ?? u.entry.iso
      let beaten = false
      if (target !== null && u.entry.type !== 'body' && u.entry.type !== 'generic') {
        for (let n = i; n < j && !beaten; n++) {
          const v = units[n]
          beaten = v !== u && same(u, v) && (rank(v) > rank(u) || (rank(v) === rank(u) && n < k))
        }
      }
      if (!beaten) keep.push(u)
    }
    i = j
  }
  return keep
}

/** The units that start (or end) at each token index. */
type UnitsAt = (Unit[] | undefined)[]

function add(at: UnitsAt, index: number, unit: Unit): void {
  const list = at[index]
  if (list) list.push(unit)
  else at[index] = [unit]
}

function overlaps(taken: Uint8Array, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (taken[i]) return true
  return false
}

function mark(taken: Uint8Array, first: number, last: number): void {
  taken.fill(1, first, last + 1)
}

const round = (x: number) => Math.round(x * 1000) / 1000

/**
 * Builds a matcher over the given actors (build once, reuse for many texts). The lexicon defaults
 * to the shipped seed's; pass `emptyLexicon()` (lexicon.ts) to match the actors' own aliases only.
 */
export function createActorMatcher(actors: readonly Actor[], lexicon: Lexicon = defaultSeed().lexicon): CompiledActorMatcher {
  return new CompiledActorMatcher(actors, lexicon)
}

let defaultMatcher: CompiledActorMatcher | undefined

/** Classifies a generic body phrase with the shipped lexicon; see CompiledActorMatcher.genericBodyKind. */
export function genericBodyKind(text: string, _language?: string | null): ActorKind | null {
  defaultMatcher ??= new CompiledActorMatcher([], defaultSeed().lexicon)
  return defaultMatcher.genericBodyKind(text)
}

