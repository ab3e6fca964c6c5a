import { latinLanguage, tokenLanguage } from './language'
import type { TextLanguage } from './text-language'
import { stem } from './stem'
import { isFiller } from './filler-words'
import { isStopword } from './stopwords'
import { tokenize, type WordToken } from './tokenize'
import { looseKey, romanise } from './transliterate'

export interface AnalysedToken extends WordToken {
  language: TextLanguage
  stopword: boolean
  /** Carries meaning on its own: not a function word, not a filler word, and not a one- or two-letter scrap. */
  content: boolean
  number: boolean
  /** A word every statement is full of ("Lage", "country", "сторона"): not content, yet no function word either. */
  filler: boolean
  /** Stemmed, romanised, spelling-variant-merged: equal keys are the same word for matching. */
  key: string
  /**
   * The stem, romanised but with no spelling variants merged: what the term layer compares within one
   * language, where the merged key is too lossy ("use" and "US", "sell" and "shell" share a key).
   */
  stem: string
  /**
   * Set where a term of the equivalence layer starts here ("ОДКБ", "Collective Security Treaty
   * Organization"): the group's id, which is then also the key, and `end` reaches the term's last word.
   */
  concept?: string
  /** A later word of a multi-word term: part of its concept, no word of its own. */
  absorbed?: boolean
}

export const ACRONYM = /^[\p{Lu}\p{N}]{2,6}$/u

/** Tokens of a statement with stems and matching keys; `declaredLanguage` is the article's language. */
export function analyse(text: string, declaredLanguage: string | null): AnalysedToken[] {
  const tokens = tokenize(text)
  const latin = latinLanguage(tokens, declaredLanguage)
  return tokens.map((t) => {
    const language = tokenLanguage(t, latin)
    const stopword = isStopword(t.lower, language)
    const number = /^\p{N}/u.test(t.lower)
    const filler = !stopword && isFiller(t.lower, language)
    const content = !stopword && !filler && (number || [...t.lower].length >= 3 || ACRONYM.test(t.surface))
    const { key, stem } = number ? { key: numberKey(t.lower), stem: numberKey(t.lower) } : wordKey(t.lower, language)
    return { ...t, language, stopword, filler, content, number, key, stem }
  })
}

/** "2.500", "2,500" and "2500" are one number; a decimal part ("1,5") is kept. */
function numberKey(lower: string): string {
  return lower.replace(/[.,](?=\p{N}{3}(?:[.,]|$))/gu, '').replace(',', '.')
}

// Stemming dominates analysis; news vocabulary repeats, so keys are remembered (bounded).
const KEY_CACHE = new Map<string, { key: string; stem: string }>()
const KEY_CACHE_MAX = 200_000

function wordKey(lower: string, language: TextLanguage): { key: string; stem: string } {
  const cacheKey = `${language}:${lower}`
  let found = KEY_CACHE.get(cacheKey)
  if (found === undefined) {
    if (KEY_CACHE.size >= KEY_CACHE_MAX) KEY_CACHE.clear()
    const stemmed = stem(lower, language)
    found = { key: looseKey(stemmed), stem: romanise(stemmed) }
    KEY_CACHE.set(cacheKey, found)
  }
  return found
}
