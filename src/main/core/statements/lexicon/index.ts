import { de } from './de'
import { en } from './en'
import { ru } from './ru'
import type { Lexicon } from './types'

export type { BodyKind, CueEntry, Lexicon, PluralBody, Role } from './types'

const LEXICONS: Record<string, Lexicon> = { de, en, ru }

/** The lexicon for a language; languages without their own fall back to English cues. */
export function lexiconFor(language: string): Lexicon {
  return LEXICONS[language] ?? en
}
