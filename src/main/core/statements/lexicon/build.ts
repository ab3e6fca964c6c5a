/**
 * From generated verb forms to the regexes of a Lexicon: one alternation per cue type, built as a trie
 * (alternation.ts) and compiled once per language. Separable frames ("teilte … mit") and verbs with required
 * objects ("выразил надежду") are grouped by their tail or objects, each group one branch before the plain forms.
 */
import { alternation } from './alternation'
import { spellings, type Form, type VerbForms } from './forms'
import type { Noun, VerbClass } from './schema'
import type { CueEntry } from './types'
import { WORD_CHAR } from '../patterns'

/** A German middle field: up to ten words, no punctuation or quotation marks. */
export const MIDDLE_FIELD = '(?:\\s+[^\\s,.;:!?„“"«»]+){0,10}?\\s+'
/** Up to two words between a verb and its required object ("äußerte die Hoffnung", "expressed deep concern"). */
const OBJECT_GAP = '(?:\\s+[^\\s,.;:!?„“"«»]+){0,2}?\\s+'

export interface VerbPatternOptions {
  /** After a frame's tail: the clause must end ("teilte … mit." but not "teilte … mit den Kollegen"). */
  frameEnd?: string
  /** Which forms to use; default all. */
  filter?: (f: Form, v: VerbForms) => boolean
}

/** Every spelling of every text, without duplicates. */
export function withSpellings(texts: Iterable<string>): string[] {
  const out = new Set<string>()
  for (const t of texts) for (const s of spellings(t)) out.add(s)
  return [...out]
}

/** The regex source (no word edges) matching any form of the given verbs. */
export function verbPattern(verbs: readonly VerbForms[], options: VerbPatternOptions = {}): string {
  const plain: string[] = []
  const frames = new Map<string, string[]>()
  const objects = new Map<string, string[]>()
  for (const v of verbs) {
    const key = v.objects ? v.objects.join('|') : null
    for (const f of v.forms) {
      if (options.filter && !options.filter(f, v)) continue
      if (f.tail !== undefined) {
        const list = frames.get(f.tail) ?? []
        list.push(f.text)
        frames.set(f.tail, list)
      } else if (key !== null) {
        const list = objects.get(key) ?? []
        list.push(f.text)
        objects.set(key, list)
      } else plain.push(f.text)
    }
  }
  const branches: string[] = []
  for (const [tail, finite] of [...frames].sort(([a], [b]) => b.length - a.length)) {
    branches.push(`(?:${alternation(withSpellings(finite))})${MIDDLE_FIELD}(?:${alternation(withSpellings([tail]))})${options.frameEnd ?? ''}`)
  }
  for (const [key, forms] of objects) {
    branches.push(`(?:${alternation(withSpellings(forms))})${OBJECT_GAP}(?:${alternation(withSpellings(key.split('|')))})`)
  }
  if (plain.length) branches.push(alternation(withSpellings(plain)))
  return branches.length ? branches.join('|') : '(?!)'
}

/** A whole-word regex from a source. */
export function wholeWords(source: string, flags = 'gu'): RegExp {
  return new RegExp(`(?<![${WORD_CHAR}])(?:${source})(?![${WORD_CHAR}])`, flags)
}

export function ofClass(verbs: readonly VerbForms[], ...classes: VerbClass[]): VerbForms[] {
  return verbs.filter((v) => classes.includes(v.class))
}

/** Phrases from the file's `phrases` list as pseudo-verbs of one form each. */
export function phraseVerbs(phrases: readonly { text: string; class: VerbClass }[]): VerbForms[] {
  return phrases.map((p) => ({ lemma: p.text, class: p.class, forms: [{ text: p.text, kind: 'present' }] }))
}

/** Source phrases: the literal ones and preposition + optional modifier + noun ("nach eigenen Angaben"). */
export function sourcePattern(sources: { before: string[]; prepositional?: { prepositions: string[]; modifiers: string[]; nouns: string[] } }): string {
  const parts = [alternation(withSpellings(sources.before))]
  const p = sources.prepositional
  if (p) {
    const modifiers = p.modifiers.length ? `(?:(?:${alternation(withSpellings(p.modifiers))})\\s+)?` : ''
    parts.unshift(`(?:${alternation(withSpellings(p.prepositions))})\\s+${modifiers}(?:${alternation(withSpellings(p.nouns))})`)
  }
  return parts.join('|')
}

/**
 * Fixed phrases as one source; " … " inside a phrase stands for one word ("wird … zitiert" matches "wird
 * Müller zitiert").
 */
export function phrasePattern(phrases: readonly string[]): string {
  const literal = phrases.filter((p) => !p.includes('…'))
  const gapped = phrases.filter((p) => p.includes('…'))
  const escape = (s: string) => alternation(withSpellings([s]))
  const parts = gapped.map((p) => p.split(/\s*…\s*/u).map(escape).join('\\s+[^\\s,.;:!?]+\\s+'))
  if (literal.length) parts.push(alternation(withSpellings(literal)))
  return parts.length ? parts.join('|') : '(?!)'
}

/** Nouns and their generated forms as one source. */
export function nounPattern(nouns: readonly Noun[], formsOf: (n: Noun) => string[]): string {
  return alternation(withSpellings(nouns.flatMap((n) => n.forms ?? formsOf(n))))
}

/**
 * Which entry a cue comes from, by its text as the engine writes it ("sagte", "teilte … mit", "заявил",
 * "pointed out"); lower-cased, middle fields elided.
 */
export function cueIndex(verbs: readonly VerbForms[]): (text: string) => CueEntry | null {
  const index = new Map<string, CueEntry>()
  const put = (key: string, entry: CueEntry) => {
    for (const s of spellings(key.toLowerCase())) if (!index.has(s)) index.set(s, entry)
  }
  for (const v of verbs) {
    const entry: CueEntry = { lemma: v.lemma, class: v.class, ...(v.denies ? { denies: true as const } : {}) }
    for (const f of v.forms) {
      if (f.tail !== undefined) {
        put(`${f.text} … ${f.tail}`, entry)
        put(`${f.text} ${f.tail}`, entry)
      } else if (v.objects) {
        for (const o of v.objects) {
          put(`${f.text} … ${o}`, entry)
          put(`${f.text} ${o}`, entry)
        }
      } else put(f.text, entry)
    }
  }
  return (text: string) => {
    const words = text.toLowerCase().replace(/\s+/gu, ' ').trim().split(' ')
    const whole = index.get(words.join(' '))
    if (whole) return whole
    // "teilte … mit", "teilte das Ministerium mit", "gab … zu bedenken", "выразил надежду": first word and tail.
    for (let tail = 1; tail < words.length; tail++) {
      const hit = index.get(`${words[0]} … ${words.slice(-tail).join(' ')}`)
      if (hit) return hit
    }
    return index.get(words[0]) ?? null
  }
}

/** Counts per class, for the README and tests. */
export function countByClass(verbs: readonly VerbForms[]): Record<VerbClass, number> {
  const out: Record<VerbClass, number> = { speech: 0, stance: 0, naming: 0, weak: 0 }
  for (const v of verbs) out[v.class]++
  return out
}
