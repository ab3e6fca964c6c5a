/**
 * Finds known people in a text — by full name or by surname alone, in the case forms each language gives them
 * ("Sacharowa", "Захаровой", "Peskows", "Zakharova's") — and tells which body a person spoke for on a date.
 * Built once from the person seed; a text is scanned once for its capitalised words (word-scan.ts).
 */
import type { KnownPerson, Office } from './person-seed'
import { Inner, Letter, Mark, scanWords, Upper } from './word-scan'

export interface PersonMention {
  start: number
  end: number
  surface: string
  /** Several when a surname is shared: then nobody can say which one is meant. */
  personIds: string[]
}

export interface PersonIndex {
  find(text: string, language: string): PersonMention[]
  person(id: string): KnownPerson | undefined
  /** The office held on an ISO date (YYYY-MM-DD…); without a date, the one office the person has held and holds. */
  officeAt(id: string, date?: string | null): Office | null
  /** The person's name as written in a language ("Maria Sacharowa"). */
  displayName(id: string, language: string): string
}

interface CapitalisedWord {
  index: number
  /** Without a possessive "'s" or apostrophe. */
  word: string
  key: string
}

let lastWords: { text: string; words: CapitalisedWord[] } | null = null

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019

/** How much of text[start, end) is a possessive "'s", "’s" or a bare apostrophe at its end: what /['’]s?$/u removes. */
function possessiveLength(text: string, start: number, end: number): number {
  const tail = text.charCodeAt(end - 1)
  if (isApostrophe(tail)) return 1
  return tail === 0x73 && end - 2 >= start && isApostrophe(text.charCodeAt(end - 2)) ? 2 : 0
}

/**
 * The capitalised words of a text. The engine looks a text up in two indices (the library's persons, then those
 * layered with the people the text's titles introduce): both read the list of the last text scanned.
 */
function capitalisedWords(text: string): CapitalisedWord[] {
  if (lastWords?.text === text) return lastWords.words
  const words: CapitalisedWord[] = []
  scanWords(text, Upper, Letter | Mark | Inner, false, (index, end) => {
    const word = text.slice(index, end - possessiveLength(text, index, end))
    words.push({ index, word, key: word.toLowerCase() })
  })
  lastWords = { text, words }
  return words
}
const LANGUAGES = ['de', 'en', 'ru']

/** A person's names per language; where none are given for a language, all the others (an analyst's "Jane Doe" in any text). */
function namesByLanguage(p: KnownPerson): [string, string[]][] {
  const given = Object.entries(p.names).filter((e): e is [string, string[]] => !!e[1]?.length)
  const all = [...new Set(given.flatMap(([, names]) => names))]
  const languages = [...new Set([...LANGUAGES, ...given.map(([language]) => language)])]
  return languages.map((language) => [language, p.names[language]?.length ? p.names[language]! : all])
}

export function createPersonIndex(persons: readonly KnownPerson[]): PersonIndex {
  const byId = new Map(persons.map((p) => [p.id, p]))
  // Surname form (lower case) → ids, per language; first names (lower case, stems) per id.
  const surnames = new Map<string, Map<string, Set<string>>>()
  const firstNames = new Map<string, Set<string>>()
  // The particles before a surname, per id ("von der").
  const particles = new Map<string, Set<string>>()
  for (const p of persons) {
    for (const [language, names] of namesByLanguage(p)) {
      const forms = surnames.get(language) ?? new Map<string, Set<string>>()
      surnames.set(language, forms)
      for (const full of names) {
        const parts = full.split(/\s+/u)
        const surname = parts[parts.length - 1]
        for (const form of caseForms(surname, language, p.gender)) {
          const key = form.toLowerCase()
          forms.set(key, (forms.get(key) ?? new Set()).add(p.id))
        }
        // "Ursula von der Leyen": the lower-case words before the surname belong to it ("von der Leyen").
        let last = parts.length - 1
        while (last > 1 && /^\p{Ll}/u.test(parts[last - 1])) last--
        if (last < parts.length - 1) {
          const set = particles.get(p.id) ?? new Set<string>()
          set.add(parts.slice(last, -1).join(' ').toLowerCase())
          particles.set(p.id, set)
        }
        for (const first of parts.slice(0, last)) {
          const set = firstNames.get(p.id) ?? new Set<string>()
          set.add(first.toLowerCase())
          firstNames.set(p.id, set)
        }
      }
    }
  }

  // The regex of the particles before a surname ("von der" → /(?<![\p{L}])von\s+der\s+$/iu), built once.
  const leads = new Map<string, RegExp>()
  const particleLead = (p: string) => {
    let re = leads.get(p)
    if (!re) leads.set(p, (re = new RegExp(`(?<![\\p{L}])${p.split(' ').join('\\s+')}\\s+$`, 'iu')))
    return re
  }

  return {
    find(text, language) {
      const forms = surnames.get(language) ?? surnames.get('en')
      const out: PersonMention[] = []
      if (!forms) return out
      for (const { index, word, key } of capitalisedWords(text)) {
        const ids = forms.get(key)
        if (!ids) continue
        let start = index
        const end = index + word.length
        // "von der Leyen", "Von der Leyen": the surname's particles as the registry writes them. A surname many
        // people share (a long text's titled persons) is looked at without copying its ids or particles.
        const window = text.slice(Math.max(0, start - 24), start)
        let tried: Set<string> | null = null
        search: for (const id of ids) {
          for (const p of particles.get(id) ?? []) {
            if (tried?.has(p)) continue
            tried ??= new Set()
            tried.add(p)
            const lead = particleLead(p).exec(window)
            if (lead) {
              start -= lead[0].length
              break search
            }
          }
        }
        // The first name right before it ("Maria Sacharowa", "Марии Захаровой") belongs to the mention.
        const before = /(\p{Lu}[\p{L}\p{M}'’-]*)\s+$/u.exec(text.slice(Math.max(0, start - 40), start))
        const first = before?.[1].toLowerCase()
        const isFirstName = (id: string) => {
          if (first === undefined) return false
          for (const f of firstNames.get(id) ?? []) if (sameFirstName(f, first)) return true
          return false
        }
        let withFirst = false
        if (before) {
          for (const id of ids) {
            if (!isFirstName(id)) continue
            start -= before[0].length
            withFirst = true
            break
          }
        }
        const matching = withFirst ? [...ids].filter(isFirstName) : [...ids]
        const usable = withFirst ? matching : matching.filter((id) => byId.get(id)!.surnameAlone !== false)
        if (usable.length) out.push({ start, end, surface: text.slice(start, end), personIds: usable })
      }
      return out
    },
    person: (id) => byId.get(id),
    officeAt(id, date) {
      const p = byId.get(id)
      if (!p) return null
      // Undated: only someone who has held one office, and holds it still, is certain ("Lavrov", not "Trump").
      if (!date) return p.offices.length === 1 && !p.offices[0].to ? p.offices[0] : null
      const month = date.slice(0, 7)
      const held = p.offices.filter((o) => o.from.slice(0, 7) <= month && (!o.to || o.to.slice(0, 7) >= month))
      return held.length === 1 ? held[0] : null
    },
    displayName(id, language) {
      const p = byId.get(id)
      if (!p) return id
      return (p.names[language]?.[0] ?? p.names.en?.[0] ?? Object.values(p.names).find((n) => n?.length)?.[0]) || id
    },
  }
}

/** A first name in any case form ("Мария"/"Марии", "Сергей"/"Сергеем", "Sergej"/"Sergejs"): all but a short ending shared. */
export function sameFirstName(known: string, seen: string): boolean {
  if (known === seen) return true
  let common = 0
  while (common < known.length && common < seen.length && known[common] === seen[common]) common++
  return common >= 3 && common >= Math.min(known.length, seen.length) - 2 && Math.abs(known.length - seen.length) <= 3
}

/**
 * The forms a surname takes in running text: German and English possessive -s; Russian declension of
 * -ов/-ев/-ин surnames, feminine -ова/-ина, adjectival -ский/-ская, and foreign masculine surnames on a
 * consonant ("Шольц" → "Шольца"). Feminine foreign surnames on a consonant do not decline.
 */
export function caseForms(surname: string, language: string, gender: 'f' | 'm' | null): string[] {
  if (language !== 'ru') return [surname, `${surname}s`]
  // Gender unknown (an analyst's person): the forms of both.
  if (gender === null) return [...new Set([...caseForms(surname, language, 'f'), ...caseForms(surname, language, 'm')])]
  const forms = [surname]
  const add = (stem: string, endings: string[]) => forms.push(...endings.map((e) => stem + e))
  if (/(?:ский|цкий)$/u.test(surname)) add(surname.slice(0, -2), ['ого', 'ому', 'им', 'ом'])
  else if (/(?:ская|цкая)$/u.test(surname)) add(surname.slice(0, -2), ['ой', 'ую'])
  else if (gender === 'f' && /(?:ова|ева|ёва|ина|ына)$/u.test(surname)) add(surname.slice(0, -1), ['ой', 'у'])
  else if (gender === 'm' && /(?:ов|ев|ёв|ин|ын)$/u.test(surname)) add(surname, ['а', 'у', 'ым', 'е'])
  else if (gender === 'm' && /[бвгджзклмнпрстфхцчшщ]$/u.test(surname)) add(surname, ['а', 'у', 'ом', 'ем', 'е'])
  else if (gender === 'm' && /й$/u.test(surname)) add(surname.slice(0, -1), ['я', 'ю', 'ем', 'е'])
  else if (gender === 'm' && /ь$/u.test(surname)) add(surname.slice(0, -1), ['я', 'ю', 'ем', 'е'])
  else if (/[ая]$/u.test(surname) && !/(?:ия)$/u.test(surname)) add(surname.slice(0, -1), surname.endsWith('я') ? ['и', 'ю', 'ей'] : ['ы', 'е', 'у', 'ой'])
  return forms
}

/**
 * An index over the library's persons and some more for one text (people the text introduces with a title,
 * statements/titled-persons.ts). Where both find a name, the longer mention wins ("Iwan Peskow" over "Peskow"),
 * and the same span names everybody either knows by it.
 */
export function layerPersonIndex(base: PersonIndex, extra: PersonIndex, extraIds: ReadonlySet<string>): PersonIndex {
  const pick = (id: string) => (extraIds.has(id) ? extra : base)
  return {
    find(text, language) {
      const found = [...extra.find(text, language), ...base.find(text, language)].sort((a, b) => a.start - b.start || b.end - a.end)
      const out: PersonMention[] = []
      for (const m of found) {
        const last = out.at(-1)
        if (!last || m.start >= last.end) out.push(m)
        else if (m.start === last.start && m.end === last.end) out[out.length - 1] = { ...last, personIds: [...new Set([...last.personIds, ...m.personIds])] }
      }
      return out
    },
    person: (id) => pick(id).person(id),
    officeAt: (id, date) => pick(id).officeAt(id, date),
    displayName: (id, language) => pick(id).displayName(id, language),
  }
}
