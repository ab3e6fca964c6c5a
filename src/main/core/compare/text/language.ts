import { DE_STOPWORDS, EN_STOPWORDS } from './stopwords'
import type { TextLanguage } from './text-language'
import type { WordToken } from './tokenize'


const CYRILLIC = /\p{Script=Cyrillic}/u

/** The language whose stemmer suits a token: its script first, then the card's language. */
export function tokenLanguage(token: WordToken, latin: 'de' | 'en'): TextLanguage {
  return CYRILLIC.test(token.lower) ? 'ru' : latin
}

/**
 * Which stemmer Latin-script words of a card get: the declared language when it is German or
 * English, otherwise whichever of the two has more of its function words in the text.
 */
export function latinLanguage(tokens: readonly WordToken[], declared: string | null): 'de' | 'en' {
  const lang = declared?.toLowerCase().slice(0, 2)
  if (lang === 'de' || lang === 'en') return lang
  let de = 0
  let en = 0
  for (const t of tokens) {
    if (DE_STOPWORDS.has(t.lower)) de++
    if (EN_STOPWORDS.has(t.lower)) en++
  }
  return de > en ? 'de' : 'en'
}
