import { stemmer as ar } from '@orama/stemmers/arabic'
import { stemmer as hy } from '@orama/stemmers/armenian'
import { stemmer as bg } from '@orama/stemmers/bulgarian'
import { stemmer as da } from '@orama/stemmers/danish'
import { stemmer as nl } from '@orama/stemmers/dutch'
import { stemmer as en } from '@orama/stemmers/english'
import { stemmer as fi } from '@orama/stemmers/finnish'
import { stemmer as fr } from '@orama/stemmers/french'
import { stemmer as de } from '@orama/stemmers/german'
import { stemmer as el } from '@orama/stemmers/greek'
import { stemmer as hu } from '@orama/stemmers/hungarian'
import { stemmer as id } from '@orama/stemmers/indonesian'
import { stemmer as ga } from '@orama/stemmers/irish'
import { stemmer as it } from '@orama/stemmers/italian'
import { stemmer as lt } from '@orama/stemmers/lithuanian'
import { stemmer as ne } from '@orama/stemmers/nepali'
import { stemmer as no } from '@orama/stemmers/norwegian'
import { stemmer as pt } from '@orama/stemmers/portuguese'
import { stemmer as ro } from '@orama/stemmers/romanian'
import { stemmer as ru } from '@orama/stemmers/russian'
import { stemmer as sr } from '@orama/stemmers/serbian'
import { stemmer as es } from '@orama/stemmers/spanish'
import { stemmer as sv } from '@orama/stemmers/swedish'
import { stemmer as ta } from '@orama/stemmers/tamil'
import { stemmer as tr } from '@orama/stemmers/turkish'
import { stemmer as uk } from '@orama/stemmers/ukrainian'

export type Stemmer = (lowerCaseWord: string) => string

/**
 * The Snowball stemmers (Orama's ports) by the ISO 639-1 code the language detector reports. A
 * language not listed here is indexed by its folded word forms only. Changing what a stemmer
 * returns changes the index: such a change needs a migration that rebuilds it (see 008).
 */
const STEMMERS: Readonly<Record<string, Stemmer>> = {
  ar, hy, bg, da, nl, en, fi, fr, de, el, hu, id, ga, it, lt, ne, no, nb: no, nn: no, pt, ro, ru, sr, es, sv, ta, tr, uk,
}

export function stemmerFor(language: string | null | undefined): Stemmer | null {
  return (language && STEMMERS[language.toLowerCase()]) || null
}

export const STEMMED_LANGUAGES: readonly string[] = Object.keys(STEMMERS)
