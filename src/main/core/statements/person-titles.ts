/**
 * The capacity an article gives a registered person. "Der CDU-Vorsitzende Friedrich Merz", "Senator Marco Rubio",
 * "President-elect Trump": the article speaks of the person as a party leader, a legislator, someone not yet in
 * office, so the office the person registry knows for them (on the article's date, or today for an undated text)
 * is not what they speak as. Titles are data (resources/persons/other-titles.json); a government title anywhere in
 * the article for the same person ("Bundeskanzler Merz … der CDU-Vorsitzende") keeps the office.
 */
import otherTitlesData from '../../../../resources/persons/other-titles.json'
import type { StatementDocument } from './document'
import { roleOf } from './titled-persons'

interface TitleSet {
  /** A title of another capacity (group 1) ending right before a name, with at most two capitalised words between. */
  before: RegExp
  /** The same in an apposition: "Friedrich Merz, der CDU-Vorsitzende, …". */
  after: RegExp
  notYet: RegExp
}

/** Where the words that can be a name's title stop: a clause boundary before them. */
const BOUNDARY = /[,;:!?()„“”"«»\n]/u
/** An apposition after a name, up to its closing comma or dash. */
const APPOSITION = /^\s*,\s*((?:[^\s,.;:!?()]+\s+){0,4}?[^\s,.;:!?()]+)\s*[,–—)]/u

const compiled = new Map<string, TitleSet | null>()

function titlesFor(language: string): TitleSet | null {
  if (compiled.has(language)) return compiled.get(language)!
  const entry = (otherTitlesData as unknown as Record<string, { other: string[]; notYet: string } | string>)[language]
  const set =
    entry && typeof entry === 'object'
      ? {
          before: new RegExp(`(?<![\\p{L}])(${entry.other.map((p) => `(?:${p})`).join('|')})(?:\\s+\\p{Lu}[\\p{L}.-]*){0,2}\\s+$`, 'u'),
          after: new RegExp(`(?<![\\p{L}])(?:${entry.other.map((p) => `(?:${p})`).join('|')})(?![\\p{L}])`, 'u'),
          notYet: new RegExp(`(?<![\\p{L}])(?:${entry.notYet})(?![\\p{L}])`, 'u'),
        }
      : null
  compiled.set(language, set)
  return set
}

/**
 * The title of another capacity the article gives this registered person, as written, or null when it gives none
 * or also a government title. Computed once per person and document.
 */
export function otherCapacity(doc: StatementDocument, personId: string): string | null {
  const known = (doc.otherCapacity ??= new Map())
  let title = known.get(personId)
  if (title === undefined) {
    title = computeOtherCapacity(doc, personId)
    known.set(personId, title)
  }
  return title
}

function computeOtherCapacity(doc: StatementDocument, personId: string): string | null {
  const titles = titlesFor(doc.language)
  if (!titles) return null
  let found: string | null = null
  for (const m of doc.personMentions) {
    if (!m.personIds.includes(personId)) continue
    const window = titleWindow(doc, m.start)
    const apposition = APPOSITION.exec(doc.masked.slice(m.end, m.end + 100))?.[1] ?? ''
    const notYet = titles.notYet.exec(window)?.[0] ?? null
    // "Bundeskanzler Friedrich Merz": a government title anywhere in the article keeps the office, unless it is still to come.
    if (!notYet && (roleOf(window, doc.language) !== null || roleOf(apposition, doc.language) !== null)) return null
    const other = titles.before.exec(window)?.[1] ?? (titles.after.test(apposition) ? apposition : null)
    found ??= notYet ? window.trim() : other
  }
  return found
}

/** Up to five words right before a name, after the last clause boundary: where its title stands. */
function titleWindow(doc: StatementDocument, start: number): string {
  const clause = doc.masked.slice(Math.max(0, start - 80), start).split(BOUNDARY).at(-1)!
  const words = clause.split(/(?<=\s)(?=\S)/u)
  return words.slice(-5).join('')
}
