import type { Highlight, RecurringPhrase } from '../../../shared/api/compare'
import { ACRONYM, type AnalysedToken } from './text/analyse'
import { joinsPhrase } from './text/tokenize'

/** A statement's text, analysed, and the column it stands in. */
export interface PhraseDocument {
  column: number
  text: string
  tokens: AnalysedToken[]
}

export interface PhraseOptions {
  /** Longest phrase in words. */
  maxWords?: number
  /** Most phrases reported (the most widely shared first). */
  maxPhrases?: number
  /**
   * Matching keys of the topic's own words (from the event title or scope): "Kasachstan" in every
   * column names the subject, it is not a shared formulation. Phrases made only of these are dropped.
   */
  topicKeys?: ReadonlySet<string>
}

export interface PhraseResult {
  phrases: RecurringPhrase[]
  /** Per document, sorted non-overlapping ranges in its text. */
  highlights: Highlight[][]
}

interface Occurrence {
  doc: number
  /** Token indices, inclusive. */
  first: number
  last: number
}

interface Candidate {
  key: string
  words: number
  occurrences: Occurrence[]
  columns: Set<number>
}

const DEFAULTS: Required<PhraseOptions> = { maxWords: 6, maxPhrases: 12, topicKeys: new Set() }

/**
 * Word n-grams that two or more columns share, matched on stems (so "Terroristen"/"terrorists"/
 * "террористы" and "колонна"/"колоннами" meet). A phrase starts and ends on a content word, never runs
 * across punctuation or quotation marks, and is kept only where it is not always part of a longer
 * shared phrase. A function word that precedes every occurrence alike joins it ("von außen").
 */
export function findRecurringPhrases(docs: readonly PhraseDocument[], options: PhraseOptions = {}): PhraseResult {
  const opts = { ...DEFAULTS, ...options }
  const candidates = collectCandidates(docs, opts.maxWords)
  const shared = [...candidates.values()].filter((c) => c.columns.size >= 2 && !onlyTopic(c, docs, opts.topicKeys))

  const kept = keepMaximal(shared)
  for (const c of kept) extendByFunctionWords(c, docs)
  const ranked = dedupe(kept)
    .map((c) => ({ c, score: salience(c) }))
    .sort((a, b) => b.score - a.score || b.c.columns.size - a.c.columns.size || a.c.key.localeCompare(b.c.key))
    .map(({ c }) => c)
  const chosen = ranked.slice(0, opts.maxPhrases)
  const placed = placeHighlights(chosen, docs)
  // A phrase all of whose places went to longer ones is not shown; ids follow salience.
  const shown = chosen.filter((_, i) => placed.some((list) => list.some((h) => h.index === i)))
  const idOf = new Map(shown.map((c, i) => [c, i + 1]))
  const phrases: RecurringPhrase[] = shown.map((c, i) => ({
    id: i + 1,
    text: displayText(c, docs),
    key: c.key,
    columns: [...c.columns].sort((a, b) => a - b),
    occurrences: c.occurrences.length,
  }))
  const highlights = placed.map((list) => list.map(({ start, end, index }) => ({ start, end, phraseId: idOf.get(chosen[index])! })))
  return { phrases, highlights }
}

function collectCandidates(docs: readonly PhraseDocument[], maxWords: number): Map<string, Candidate> {
  const out = new Map<string, Candidate>()
  docs.forEach((doc, d) => {
    const t = doc.tokens
    for (let i = 0; i < t.length; i++) {
      // A filler word ("Lage") may open or close a phrase of several words ("Lage in Almaty"), never be one.
      if (!t[i].content && !t[i].filler) continue
      let key = ''
      let prev = i
      let content = 0
      for (let j = i; j < t.length && j - i < maxWords; j++) {
        // The later words of a multi-word term belong to its first (its concept key and its span).
        if (t[j].absorbed) continue
        if (j > i && !joinsPhrase(doc.text, t[prev], t[j])) break
        prev = j
        key = j === i ? t[i].key : `${key} ${t[j].key}`
        if (t[j].content) content++
        if (!t[j].content && !t[j].filler) continue
        if (content === 0) continue
        if (j === i && !standsAlone(t[i])) continue
        let c = out.get(key)
        if (!c) out.set(key, (c = { key, words: j - i + 1, occurrences: [], columns: new Set() }))
        c.occurrences.push({ doc: d, first: i, last: j })
        c.columns.add(doc.column)
      }
    }
  })
  return out
}

function onlyTopic(c: Candidate, docs: readonly PhraseDocument[], topic: ReadonlySet<string>): boolean {
  const o = c.occurrences[0]
  return docs[o.doc].tokens.slice(o.first, o.last + 1).every((t) => !t.content || topic.has(t.key))
}

/**
 * How much a phrase is a shared talking point: the number of statements it occurs in, more for
 * each further word (a shared wording of several words is rarely chance), a little for repetition.
 */
function salience(c: Candidate): number {
  const docs = new Set(c.occurrences.map((o) => o.doc)).size
  return docs * (1 + 0.5 * (c.words - 1)) + 0.1 * c.occurrences.length + 0.5 * (c.columns.size - 2)
}

/** A single word is a phrase only if it is not a number and has four letters or more (or is an acronym: ОДКБ, UN, or a term). */
function standsAlone(t: AnalysedToken): boolean {
  // A term of the equivalence layer ("von außen" = "извне") is a unit of meaning whatever its length.
  return !t.number && (t.concept !== undefined || [...t.lower].length >= 4 || ACRONYM.test(t.surface))
}

/** Drops a phrase whose every occurrence lies inside an occurrence of a longer kept phrase. */
function keepMaximal(shared: Candidate[]): Candidate[] {
  const byLength = [...shared].sort((a, b) => b.words - a.words)
  const covered = new Map<number, Occurrence[]>()
  const kept: Candidate[] = []
  for (const c of byLength) {
    const inside = c.occurrences.every((o) => (covered.get(o.doc) ?? []).some((k) => k.first <= o.first && o.last <= k.last))
    if (inside) continue
    kept.push(c)
    for (const o of c.occurrences) {
      const list = covered.get(o.doc) ?? []
      list.push(o)
      covered.set(o.doc, list)
    }
  }
  return kept
}

// Articles precede nouns everywhere; a shared one says nothing, unlike a shared preposition.
const ARTICLES = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'the', 'a', 'an'])

/** Joins the function word (not an article) that precedes every occurrence alike: "außen" → "von außen". */
function extendByFunctionWords(c: Candidate, docs: readonly PhraseDocument[]): void {
  for (let n = 0; n < 2; n++) {
    let word: string | null = null
    const ok = c.occurrences.every((o) => {
      const tokens = docs[o.doc].tokens
      const prev = tokens[o.first - 1]
      if (!prev || !prev.stopword || ARTICLES.has(prev.lower)) return false
      if (!joinsPhrase(docs[o.doc].text, prev, tokens[o.first])) return false
      word ??= prev.lower
      return prev.lower === word
    })
    if (!ok || word === null) return
    for (const o of c.occurrences) o.first--
    c.key = `${word} ${c.key}`
    c.words++
  }
}

/** Extension can make two candidates identical; keep one. */
function dedupe(list: Candidate[]): Candidate[] {
  const seen = new Map<string, Candidate>()
  for (const c of list) if (!seen.has(c.key)) seen.set(c.key, c)
  return [...seen.values()]
}

function surfaceOf(o: Occurrence, docs: readonly PhraseDocument[]): string {
  const doc = docs[o.doc]
  return doc.text.slice(doc.tokens[o.first].start, doc.tokens[o.last].end).replace(/\s+/g, ' ')
}

/**
 * The phrase as people wrote it: the commonest form in each language it occurs in, most frequent
 * language first ("terrorists / Terroristen / террористы"), at most three.
 */
function displayText(c: Candidate, docs: readonly PhraseDocument[]): string {
  const byLanguage = new Map<string, Map<string, number>>()
  for (const o of c.occurrences) {
    const language = docs[o.doc].tokens[o.first].language
    const counts = byLanguage.get(language) ?? new Map<string, number>()
    const s = surfaceOf(o, docs)
    counts.set(s, (counts.get(s) ?? 0) + 1)
    byLanguage.set(language, counts)
  }
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0)
  return [...byLanguage.values()]
    .sort((a, b) => total(b) - total(a))
    .slice(0, 3)
    .map(commonest)
    .join(' / ')
}

/** Ties go to the shortest form, usually the base form ("Kolonnen" before "Kolonnen von"). */
function commonest(counts: Map<string, number>): string {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]))[0][0]
}

/**
 * Character ranges per document (with the index of their phrase in `chosen`). Where phrases overlap
 * the longer wins, so "мирный протест" is marked whole rather than as "мирные" and "протест".
 */
function placeHighlights(chosen: Candidate[], docs: readonly PhraseDocument[]) {
  const out: { start: number; end: number; index: number }[][] = docs.map(() => [])
  const order = chosen.map((c, index) => ({ c, index })).sort((a, b) => b.c.words - a.c.words || a.index - b.index)
  for (const { c, index } of order) {
    for (const o of c.occurrences) {
      const doc = docs[o.doc]
      const h = { start: doc.tokens[o.first].start, end: doc.tokens[o.last].end, index }
      if (!out[o.doc].some((x) => x.start < h.end && h.start < x.end)) out[o.doc].push(h)
    }
  }
  for (const list of out) list.sort((a, b) => a.start - b.start)
  return out
}
