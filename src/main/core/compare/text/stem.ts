import { stemmer as de } from '@orama/stemmers/german'
import { stemmer as en } from '@orama/stemmers/english'
import { stemmer as ru } from '@orama/stemmers/russian'
import type { TextLanguage } from './text-language'

const STEMMERS: Record<TextLanguage, (word: string) => string> = { de, en, ru }

/** Snowball stem of a lower-cased word (English possessives dropped first); numbers pass through. */
export function stem(lower: string, language: TextLanguage): string {
  const word = language === 'en' ? lower.replace(/'s?$/, '') : lower
  if (!/^\p{L}+$/u.test(word)) return word
  return STEMMERS[language](word)
}
