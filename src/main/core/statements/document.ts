/** Everything the extraction steps share about one text: structure, quotes, actor mentions, lexicon. */
import type { PersonIndex, PersonMention } from '../actors/person-index'
import type { ActorMatcher, ActorMention, GenericReference } from '../actors/types'
import { lexiconFor, type BodyKind, type Lexicon } from './lexicon'
import { matchesIn } from './patterns'
import type { Cue, Ref, RefGroup } from './annotations'
import { maskQuotes, scanQuotes, type QuoteSpan } from './quotes'
import { findUnregisteredBodies, type UnregisteredBody } from './unregistered-bodies'
import { sentenceAt, splitParagraphs, splitSentences, type Paragraph, type Sentence } from './text-structure'

export interface StatementDocument {
  text: string
  /** The article's date (ISO 8601) or null. */
  date: string | null
  /** Known people (the person registry) and their mentions outside quotes. */
  persons: PersonIndex | null
  personMentions: PersonMention[]
  /** The text with the content of every top-level quote blanked out: cue search never looks inside quotes. */
  masked: string
  language: string
  lex: Lexicon
  matcher: ActorMatcher
  paragraphs: Paragraph[]
  sentences: Sentence[]
  quotes: QuoteSpan[]
  /** Actor mentions outside quotes and datelines, sorted by position. */
  mentions: ActorMention[]
  /** Generic references to bodies ("das Ministerium", "the ministry") outside quotes, sorted. */
  generics: GenericReference[]
  /** Bodies named specifically that the registry does not know ("das Gesundheitsministerium"), sorted. */
  unregistered: UnregisteredBody[]
  /** Plural body phrases ("die Außenministerien"): several bodies named at once. */
  plurals: { pos: number; kind: BodyKind }[]
  /** Cue phrases and speaker references of the whole text, computed on first use (cues.ts, speakers.ts). */
  cues?: Cue[]
  refs?: Ref[]
  /** The whole text's reference groups (speakers.ts), sliced by range on demand. */
  refGroups?: RefGroup[]
  /** News agencies and outlets named in the text (carriers.ts), on first use. */
  carriers?: { start: number; end: number; text: string }[]
  /** "seinem armenischen Kollegen": counterpart phrases in the masked text (extract.ts), on first use. */
  counterparts?: { start: number; end: number; adjective: string }[]
  /** Per registered person, the title of another capacity than their office the text gives them (person-titles.ts), on first use. */
  otherCapacity?: Map<string, string | null>
  /** Capitalised words the text shows to be names (names.ts), computed on first use. */
  nameWords?: Set<string>
  /** German capitalised words seen after a determiner: common nouns (names.ts). */
  commonNouns?: Set<string>
}

export function buildDocument(text: string, matcher: ActorMatcher, language: string, persons: PersonIndex | null = null, date: string | null = null): StatementDocument {
  const quotes = scanQuotes(text)
  const paragraphs = splitParagraphs(text)
  const lex = lexiconFor(language)
  const sentences = splitSentences(text, paragraphs, quotes, language, lex.speechVerb)
  const masked = maskQuotes(text, quotes)
  const outside = (pos: number) => !insideAny(quotes, pos) && !inDateline(paragraphs, pos)
  const found = analyse(matcher, text, language)
  const mentions = found.mentions.filter((m) => outside(m.start)).sort((a, b) => a.start - b.start || b.end - a.end)
  const generics = found.generic.filter((g) => outside(g.start)).sort((a, b) => a.start - b.start)
  const plurals = lex.pluralBodies
    .flatMap((p) => matchesIn(p.re, masked, 0, masked.length).map((m) => ({ pos: m.index, kind: p.kind })))
    .sort((a, b) => a.pos - b.pos)
  const known = dedupe(mentions)
  const unregistered = findUnregisteredBodies({ masked, language, mentions: known, generics })
  const personMentions = persons ? persons.find(text, language).filter((m) => outside(m.start)) : []
  return { text, date, persons, personMentions, masked, language, lex, matcher, paragraphs, sentences, quotes, mentions: known, generics, plurals, unregistered }
}

interface Analysing {
  analyse(text: string, language?: string | null): { mentions: ActorMention[]; generic: GenericReference[] }
}

/** Mentions and generic references; in one scan when the matcher offers it (the registry's matcher does). */
function analyse(matcher: ActorMatcher, text: string, language: string): { mentions: ActorMention[]; generic: GenericReference[] } {
  if (typeof (matcher as Partial<Analysing>).analyse === 'function') return (matcher as ActorMatcher & Analysing).analyse(text, language)
  return { mentions: matcher.findMentions(text, language), generic: matcher.findGenericReferences?.(text, language) ?? [] }
}

function insideAny(quotes: readonly QuoteSpan[], pos: number): boolean {
  let lo = 0
  let hi = quotes.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const q = quotes[mid]
    if (pos < q.start) hi = mid - 1
    else if (pos >= q.end) lo = mid + 1
    else return true
  }
  return false
}

function inDateline(paragraphs: readonly Paragraph[], pos: number): boolean {
  let lo = 0
  let hi = paragraphs.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (paragraphs[mid].start <= pos) lo = mid
    else hi = mid - 1
  }
  const p = paragraphs[lo]
  return !!p && pos >= p.start && pos < p.bodyStart
}

/** Overlapping mentions: keep the longer (earlier-starting) one. */
function dedupe(mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = []
  for (const m of mentions) {
    const last = out[out.length - 1]
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) out[out.length - 1] = m
      continue
    }
    out.push(m)
  }
  return out
}

export function sentenceOf(doc: StatementDocument, pos: number): Sentence {
  return doc.sentences[sentenceAt(doc.sentences, pos)]
}
