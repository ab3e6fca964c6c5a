/** What the form generators (forms-de.ts, forms-en.ts, forms-ru.ts) produce for one lexicon entry. */
import type { VerbClass } from './schema'

export type FormKind =
  | 'present' // de/ru 3rd person present (ru: also perfective future), en -s
  | 'past' // 3rd person past; en simple past
  | 'participle' // de Partizip II, en past participle
  | 'subjunctive' // de Konjunktiv I 3rd person singular
  | 'base' // en base form ("they say")
  | 'ing' // en -ing
  | 'gerund' // ru деепричастие ("заявив", "заявляя")
  | 'impersonal' // ru reflexive passive ("сообщается", "сообщалось")

export interface Form {
  /** As written; a space stands for any whitespace. */
  text: string
  kind: FormKind
  /** Plural forms ("sagten", "заявили", "say"), for cues that need a plural subject. */
  plural?: boolean
  /**
   * German separable or framed verbs in a main clause: the finite verb, then a middle field, then this tail
   * ("teilte" … "mit", "gab" … "zu bedenken"). The text alone is not a form of the entry.
   */
  tail?: string
  /** German: a finite form that can close a clause ("wie das Ministerium mitteilte"). */
  final?: boolean
  /** German: a finite form that stands alone as the verb of a main clause ("sagte", not "teilte" of "mitteilen"). */
  v2?: boolean
}

export interface VerbForms {
  lemma: string
  class: VerbClass
  objects?: string[]
  denies?: true
  forms: Form[]
}

/** Every spelling of a form: Russian "ё" is often written "е"; German "ß" is "ss" in Switzerland. */
export function spellings(text: string): string[] {
  const out = [text]
  if (text.includes('ё')) out.push(text.replaceAll('ё', 'е'))
  if (text.includes('ß')) out.push(text.replaceAll('ß', 'ss'))
  return out
}

/** Split "a|b" alternatives. */
export function alternatives(s: string): string[] {
  return s.split('|').map((x) => x.trim()).filter(Boolean)
}
