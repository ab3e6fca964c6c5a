import { ACRONYM, analyse, type AnalysedToken } from './analyse'

/** A group of terms that mean the same thing: "ОДКБ", "OVKS", "CSTO", "Collective Security Treaty Organization". */
export interface TermGroup {
  id: string
  /** Each term with its language where the script does not tell (German, English); null for either. */
  terms: { text: string; language: string | null }[]
}

interface Pattern {
  /** The stems of the term's words (AnalysedToken.stem). */
  keys: string[]
  concept: string
  /** The stemmer the keys come from: a pattern matches only words stemmed alike (see `annotate`). */
  language: string
  /** Per word: an acronym ("US", "ОДКБ") matches only a word written in capitals ("US", not "use", stemmed "us"). */
  acronyms: boolean[]
}

/**
 * Russian keys this much alike are one word: Snowball stems a Russian name differently by its ending
 * ("казахста"/"казахстан", "лавр" for "Лавров" but "лавров" for "Лаврова"). German and English stems are
 * regular enough to need no such slack, and with it "treaty" met "threat" and "Abzug" met "abzugeben".
 */
const FUZZ = 2
/** Shorter stems must match exactly: "слов" (from "словам") is no "словак". Names of two or more words may be
 * shorter ("лавр"), their other words confirming them. */
const MIN_FUZZY = 5
const MIN_FUZZY_IN_NAME = 4

function sameKey(a: string, b: string, minFuzzy: number): boolean {
  if (a === b) return true
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return short.length >= minFuzzy && long.length - short.length <= FUZZ && long.startsWith(short)
}

const bucket = (key: string) => key.slice(0, MIN_FUZZY_IN_NAME)

/**
 * The term-equivalence layer: groups of terms (shipped, the registry's, the analyst's) analysed like the
 * statements, so a term matches in any inflection ("ОДКБ", "Организации Договора о коллективной
 * безопасности", "der OVKS"). `annotate` marks where a term stands in a statement's tokens: its first
 * word takes the group's id as key (so "ОДКБ", "OVKS" and "CSTO" are one word to phrases and themes),
 * later words are absorbed into it. The longest term wins where terms overlap.
 */
export class TermIndex {
  private readonly byBucket = new Map<string, Pattern[]>()
  /** Per concept and language, the term that names it best there (see `name`). */
  private readonly names = new Map<string, Map<string, { text: string; rank: number }>>()

  constructor(groups: readonly TermGroup[]) {
    // Groups that share a term are one concept (the shipped "csto" and the registry's CSTO; an analyst's
    // group that adds "Организация ДКБ" to them): union-find over the groups by their terms' keys.
    const parent = groups.map((_, i) => i)
    const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])))
    const owner = new Map<string, number>()
    const analysed = groups.map((group, g) =>
      group.terms.flatMap((term) => {
        // A Latin term without a language is analysed both as German and as English.
        const languages = term.language ? [term.language] : /\p{Script=Cyrillic}/u.test(term.text) ? ['ru'] : ['de', 'en']
        return languages.flatMap((declared) => {
          const tokens = analyse(term.text, declared)
          if (!tokens.length) return []
          const keys = tokens.map((t) => t.stem)
          // The stemmer the term's words got ("Kazakstan@fr" is read by the German or English one).
          const language = tokens[0].language
          const joined = `${language}:${keys.join(' ')}`
          const other = owner.get(joined)
          if (other === undefined) owner.set(joined, g)
          else parent[root(g)] = root(other)
          return [{ keys, language, acronyms: tokens.map((t) => ACRONYM.test(t.surface)) }]
        })
      }),
    )
    groups.forEach((group, g) => {
      const concept = groups[root(g)].id
      const byLanguage = this.names.get(concept) ?? new Map<string, { text: string; rank: number }>()
      group.terms.forEach((term, order) => {
        const languages = term.language ? [term.language] : /\p{Script=Cyrillic}/u.test(term.text) ? ['ru'] : ['de', 'en']
        // A single word given in its language names a concept best, then any single word, then a phrase;
        // among equals the one listed first (a group lists its usual word first: "terrorists" before "militants").
        const words = term.text.split(/\s+/u).length
        const rank = (words === 1 ? 0 : 1000) + (term.language ? 0 : 500) + order
        for (const language of languages) {
          const known = byLanguage.get(language)
          if (!known || rank < known.rank) byLanguage.set(language, { text: term.text, rank })
        }
      })
      this.names.set(concept, byLanguage)
    })
    analysed.forEach((list, g) => {
      const concept = `§${groups[root(g)].id}`
      for (const { keys, language, acronyms } of list) {
        const at = this.byBucket.get(bucket(keys[0])) ?? []
        if (!at.some((p) => p.language === language && p.keys.join(' ') === keys.join(' '))) at.push({ keys, concept, language, acronyms })
        this.byBucket.set(bucket(keys[0]), at)
      }
    })
    for (const list of this.byBucket.values()) list.sort((a, b) => b.keys.length - a.keys.length)
  }

  /** How a concept is named in a language ("terrorists" → "Terroristen" in German), or undefined. */
  name(concept: string, language: string): string | undefined {
    return this.names.get(concept)?.get(language)?.text
  }

  get size(): number {
    return [...this.byBucket.values()].reduce((n, l) => n + l.length, 0)
  }

  /** Marks the terms in a statement's tokens (of `text`), in place. */
  annotate(tokens: AnalysedToken[], text: string): void {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]
      if (t.number) continue
      const candidates = this.byBucket.get(bucket(t.stem))
      // A function word is no term by itself, whatever its stem meets.
      const alone = t.stopword && !ACRONYM.test(t.surface)
      // Keys compare only between words of one stemmer: across stemmers and scripts the lossy romanised
      // keys meet by chance ("took" and "Токио", "back" and "Баку", English "at" and German "Athen").
      const matches = (p: Pattern) => {
        const minFuzzy = p.language !== 'ru' ? Infinity : p.keys.length > 1 ? MIN_FUZZY_IN_NAME : MIN_FUZZY
        return p.keys.every((k, j) => {
          const w = tokens[i + j]
          return w !== undefined && w.language === p.language && (!p.acronyms[j] || ACRONYM.test(w.surface)) && sameKey(w.stem, k, minFuzzy)
        })
      }
      const hit = candidates?.find((p) => !(alone && p.keys.length === 1) && matches(p))
      if (!hit) continue
      const last = tokens[i + hit.keys.length - 1]
      t.key = hit.concept
      t.concept = hit.concept.slice(1)
      t.content = true
      t.stopword = false
      t.filler = false
      t.end = last.end
      t.surface = text.slice(t.start, last.end)
      for (let j = 1; j < hit.keys.length; j++) Object.assign(tokens[i + j], { absorbed: true, content: false, stopword: false, filler: false, key: '' })
      i += hit.keys.length - 1
    }
  }
}
