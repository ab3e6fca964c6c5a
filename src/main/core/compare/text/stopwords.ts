import { stopwords as de } from '@orama/stopwords/german'
import { stopwords as en } from '@orama/stopwords/english'
import { stopwords as ru } from '@orama/stopwords/russian'
import { lowerFold } from './tokenize'
import type { TextLanguage } from './language'

/**
 * Snowball's function-word lists (articles, pronouns, prepositions, auxiliaries, conjunctions):
 * closed-class words that say nothing about what a ministry said. "a" is missing from the English list.
 */
export const DE_STOPWORDS: ReadonlySet<string> = new Set(de.map(lowerFold))
export const EN_STOPWORDS: ReadonlySet<string> = new Set([...en, 'a'].map(lowerFold))
export const RU_STOPWORDS: ReadonlySet<string> = new Set(ru.map(lowerFold))

const BY_LANGUAGE: Record<TextLanguage, ReadonlySet<string>> = { de: DE_STOPWORDS, en: EN_STOPWORDS, ru: RU_STOPWORDS }

export function isStopword(lower: string, language: TextLanguage): boolean {
  return BY_LANGUAGE[language].has(lower)
}
