import { latinLanguage, tokenLanguage, type TextLanguage } from './language'
import { stem } from './stem'
import { isFiller } from './filler-words'
import { isStopword } from './stopwords'
import { tokenize, type WordToken } from './tokenize'
import { looseKey } from './transliterate'

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
    const key = number ? numberKey(t.lower) : wordKey(t.lower, language)
    return { ...t, language, stopword, filler, content, number, key }
  })
}

/** "2.500", "2,500" and "2500" are one number; a decimal part ("1,5") is kept. */
function numberKey(lower: string): string {
  return lower.replace(/[.,](?=\p{N}{3}(?:[.,]|$))/gu, '').replace(',', '.')
}

// Stemming dominates analysis; news vocabulary repeats, so keys are remembered (bounded).
const KEY_CACHE = new Map<string, string>()
const KEY_CACHE_MAX = 200_000

function wordKey(lower: string, language: TextLanguage): string {
  const cacheKey = `${language}:${lower}`
  let key = KEY_CACHE.get(cacheKey)
  if (key === undefined) {
    if (KEY_CACHE.size >= KEY_CACHE_MAX) KEY_CACHE.clear()
    key = looseKey(stem(lower, language))
    KEY_CACHE.set(cacheKey, key)
  }
  return key
}
