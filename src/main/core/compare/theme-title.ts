import type { AnalysedToken } from './text/analyse'
import { joinsPhrase } from './text/tokenize'

/** A statement as the title needs it (a ThemeDocument of suggest-themes.ts fits). */
interface TitledDocument {
  text: string
  tokens: readonly AnalysedToken[]
}

interface Phrase {
  keys: string[]
  docs: Set<number>
  /** Written forms, each with how often, and the language of its first word. */
  forms: Map<string, number>
  language: Map<string, string>
}

/** The name of a term's concept in a language (TermIndex.name), for a title that is a term alone. */
export type TermName = (concept: string, language: string) => string | undefined

const MAX_WORDS = 4
/** The share of the best phrase's score down to which a phrase the report's language can carry is taken instead. */
const LANGUAGE_PREFERENCE = 0.5

/**
 * A readable title for a group of statements: the key phrase they share — the run of up to four words
 * (matched on stems and terms, across languages, by its words of meaning in any order) that most of them say and whose words weigh most by how
 * rare they are in the whole comparison, for its length — as written, its first letter capitalised ("Friedenstruppen der
 * OVKS", "Strategische Objekte"). Phrases start and end on words of meaning (a filler word may stand at
 * an edge: "Lage in Almaty"), never run across punctuation, and are not the topic's own words alone.
 * Where no phrase is shared, the group's heaviest word. In `language` (the report's) where the group says
 * the phrase in it, or where the phrase is one term the layer names in it ("Terroristen" → "Terrorists"):
 * an English report does not title its rows "Извне".
 */
export function themeTitle(
  members: readonly number[],
  docs: readonly TitledDocument[],
  idf: ReadonlyMap<string, number>,
  topicKeys: ReadonlySet<string>,
  termName?: TermName,
  language?: string,
): string {
  const phrases = new Map<string, Phrase>()
  for (const m of members) {
    const { tokens, text } = docs[m]
    for (let i = 0; i < tokens.length; i++) {
      if (!tokens[i].content && !tokens[i].filler) continue
      const keys: string[] = []
      let prev = i
      let meaning = 0
      for (let j = i; j < tokens.length && keys.length < MAX_WORDS; j++) {
        const t = tokens[j]
        if (t.absorbed) continue
        if (j > i && !joinsPhrase(text, tokens[prev], t)) break
        prev = j
        keys.push(t.key)
        if (t.content && !topicKeys.has(t.key) && !t.number) meaning++
        if ((!t.content && !t.filler) || meaning === 0) continue
        // Its words of meaning, in any order: "Friedenstruppen der OVKS", "Миротворцы ОДКБ" and "CSTO
        // peacekeepers" are one phrase, though word order and function words differ by language.
        const bag = [...new Set(tokens.slice(i, j + 1).filter((x) => x.content && !x.absorbed).map((x) => x.key))].sort()
        const key = bag.join(' ')
        const p = phrases.get(key) ?? { keys: bag, docs: new Set<number>(), forms: new Map<string, number>(), language: new Map<string, string>() }
        p.docs.add(m)
        const form = text.slice(tokens[i].start, t.end).replace(/\s+/gu, ' ')
        p.forms.set(form, (p.forms.get(form) ?? 0) + 1)
        p.language.set(form, tokens[i].language)
        phrases.set(key, p)
      }
    }
  }
  // Rare words weigh most, a term of the equivalence layer ("OVKS", "Sonderflüge") half again; dividing by
  // the root of the length keeps a title short unless its further words carry weight of their own.
  const weight = (p: Phrase) => p.keys.reduce((sum, k) => sum + (topicKeys.has(k) ? 0 : (idf.get(k) ?? 0) * (k.startsWith('§') ? 1.5 : 1)), 0)
  // A phrase the report's language can carry (said so in it, or one term named in it) is preferred while it
  // scores at least LANGUAGE_PREFERENCE of the best: a German title in an English report reads as a
  // quotation, not as a heading ("Terrorists" over "Terroristischen Gruppen").
  const sayable = (p: Phrase) =>
    !language ||
    [...p.language.values()].includes(language) ||
    (p.keys.length === 1 && p.keys[0].startsWith('§') && termName?.(p.keys[0].slice(1), language) !== undefined)
  const score = (p: Phrase) => ((p.docs.size >= 2 ? p.docs.size : 0.5) * weight(p)) / Math.sqrt(p.keys.length)
  const ranked = [...phrases.values()].sort((a, b) => score(b) - score(a) || b.docs.size - a.docs.size || a.keys.join(' ').localeCompare(b.keys.join(' ')))
  if (!ranked.length) return '—'
  const local = ranked.find(sayable)
  const best = local && score(local) >= LANGUAGE_PREFERENCE * score(ranked[0]) ? local : ranked[0]
  const byUse = [...best.forms].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0])).map(([f]) => f)
  const written = byUse.find((f) => best.language.get(f) === language) ?? byUse[0]
  // A term alone is named in its base form ("Terroristen", not the "terroristischen" one statement has),
  // in the report's language where the layer has a name there.
  const single = best.keys.length === 1 && best.keys[0].startsWith('§') && best.forms.size > 0
  const concept = best.keys[0].slice(1)
  const form = (single && ((language && termName?.(concept, language)) || termName?.(concept, best.language.get(written)!))) || written
  return form.charAt(0).toLocaleUpperCase() + form.slice(1)
}
