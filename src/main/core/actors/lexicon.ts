/**
 * The language data the matcher combines with the actors: how countries are named (names,
 * adjectives, capitals), which words name a kind of body (foreign ministry, government, …), which
 * words refer to a body generically, and the small function words of each language's grammar.
 * Comes from the seed file; not per actor and not edited by the analyst.
 */
import type { ActorKind } from './types'
import type { Lang } from './inflect'

export interface LexiconTerm {
  text: string
  language: Lang
}

export interface CountryTerms {
  /** ISO 3166-1 alpha-2, lower case. */
  iso: string
  names: LexiconTerm[]
  adjectives: LexiconTerm[]
  capitals: LexiconTerm[]
}

export interface BodyTerm extends LexiconTerm {
  kind: ActorKind
  /** How surely the term names that kind of body (1 for "foreign ministry", 0.75 for "side"). */
  confidence: number
  /** The term names an officeholder ("foreign minister", "Premier"), not the body itself. */
  office: boolean
}

/** Function words, folded. */
export interface GrammarWords {
  /** Articles taken into a mention's span ("das russische Außenministerium", "the Kremlin"). */
  determiners: string[]
  /** Between a body and its country: "Außenministerium der Ukraine", "Ministry of Foreign Affairs of Russia". */
  genitiveLinks: string[]
  /** Between a body and its capital: "das Außenministerium in Moskau". */
  locativeLinks: string[]
  /** Before a place it is a location or target, hardly a speaker: "in Moskau", "against Russia". */
  prepositions: string[]
  /** After a place name they make a name of their own, not a metonym: "Minsk agreements", "Moscow Times". */
  attributiveHeads: string[]
  /** Join coordinated countries: "die russische und die kasachische Regierung". */
  conjunctions: string[]
  /** Words before a generic reference: "dieses Ministerium", "this ministry", "это ведомство". */
  demonstratives: string[]
}

export interface Lexicon {
  countries: CountryTerms[]
  /** Terms that name an actor together with a country. */
  bodies: BodyTerm[]
  /** Terms that refer to an earlier-named body ("das Ministerium", "ведомство"); never mentions. */
  generic: BodyTerm[]
  grammar: Record<Lang, GrammarWords>
}

export const LANGS: readonly Lang[] = ['de', 'en', 'ru']

const noWords = (): GrammarWords => ({ determiners: [], genitiveLinks: [], locativeLinks: [], prepositions: [], attributiveHeads: [], conjunctions: [], demonstratives: [] })

export const emptyLexicon = (): Lexicon => ({
  countries: [],
  bodies: [],
  generic: [],
  grammar: { de: noWords(), en: noWords(), ru: noWords() },
})
