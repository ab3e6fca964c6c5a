import { stopwords as de } from '@orama/stopwords/german'
import { stopwords as en } from '@orama/stopwords/english'
import { stopwords as ru } from '@orama/stopwords/russian'
import { lowerFold } from './tokenize'
import type { TextLanguage } from './text-language'

/**
 * Closed-class forms Snowball's lists lack: German subjunctive and passive auxiliaries (the very
 * markers of reported speech), English "a", Russian "это", relative pronouns and the reflexive
 * possessive.
 */
const MORE_FUNCTION_WORDS: Record<TextLanguage, string[]> = {
  de: ['sei', 'seien', 'seiest', 'wäre', 'wären', 'hätte', 'hätten', 'worden', 'wurde', 'wurden', 'dass', 'sowie', 'deren', 'denen', 'beim'],
  en: ['a', 'also', 'according'],
  ru: ['это', 'эта', 'этих', 'также', 'который', 'которая', 'которое', 'которые', 'которых', 'которым', 'свой', 'своей', 'свои', 'своих', 'своим', 'её', 'всё', 'весь', 'вся'],
}

/**
 * Verbs and formulas that introduce or attribute a statement ("said", "teilte … mit", "заявил"):
 * every ministry's statements are full of them, so they are no shared formulation.
 */
const REPORTING_WORDS: Record<TextLanguage, string[]> = {
  de: ['sagte', 'sagten', 'erklärte', 'erklärten', 'teilte', 'teilten', 'hieß', 'heißt', 'betonte', 'betonten'],
  en: ['said', 'says', 'say', 'added', 'stated', 'told'],
  ru: ['заявил', 'заявила', 'заявили', 'сообщил', 'сообщила', 'сообщили', 'говорится', 'отметил', 'отметила', 'отметили', 'подчеркнули'],
}

/**
 * Snowball's function-word lists (articles, pronouns, prepositions, auxiliaries, conjunctions) with
 * the additions above: words that say nothing about what a ministry said.
 */
const build = (base: string[], language: TextLanguage): ReadonlySet<string> =>
  new Set([...base, ...MORE_FUNCTION_WORDS[language], ...REPORTING_WORDS[language]].map(lowerFold))

export const DE_STOPWORDS = build(de, 'de')
export const EN_STOPWORDS = build(en, 'en')
export const RU_STOPWORDS = build(ru, 'ru')

const BY_LANGUAGE: Record<TextLanguage, ReadonlySet<string>> = { de: DE_STOPWORDS, en: EN_STOPWORDS, ru: RU_STOPWORDS }

export function isStopword(lower: string, language: TextLanguage): boolean {
  return BY_LANGUAGE[language].has(lower)
}
