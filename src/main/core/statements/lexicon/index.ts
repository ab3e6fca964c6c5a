import { de } from './de'
import { en } from './en'
import { ru } from './ru'
import { de as legacyDe } from './legacy/de'
import { en as legacyEn } from './legacy/en'
import { ru as legacyRu } from './legacy/ru'
import type { Lexicon } from './types'

export type { BodyKind, CueEntry, Lexicon, PluralBody, Role } from './types'

// TEMPORARY (A/B measurement while the data lexicons replace the hand-written lists): PARALLAX_LEXICON=legacy.
const LEXICONS: Record<string, Lexicon> = process.env.PARALLAX_LEXICON === 'legacy' ? { de: legacyDe, en: legacyEn, ru: legacyRu } : { de, en, ru }

/** The lexicon for a language; languages without their own fall back to English cues. */
export function lexiconFor(language: string): Lexicon {
  return LEXICONS[language] ?? en
}
