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

/** The words right before a name that can be its title: from the last clause boundary, at most five words. */
const TITLE_WINDOW = /(?:[\p{L}\p{N}.'’-]+\s+){1,5}$/u
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
 * Registered persons the article names only in another capacity than a government office, each with that title
 * as written. Computed once per document.
 */
export function personsInOtherCapacity(doc: StatementDocument): Map<string, string> {
  return (doc.otherCapacity ??= computeOtherCapacity(doc))
}

function computeOtherCapacity(doc: StatementDocument): Map<string, string> {
  const out = new Map<string, string>()
  const titles = titlesFor(doc.language)
  if (!titles) return out
  const inOffice = new Set<string>()
  for (const m of doc.personMentions) {
    const window = TITLE_WINDOW.exec(doc.masked.slice(Math.max(0, m.start - 80), m.start))?.[0] ?? ''
    const apposition = APPOSITION.exec(doc.masked.slice(m.end, m.end + 100))?.[1] ?? ''
    const other = titles.before.exec(window)?.[1] ?? (titles.after.test(apposition) ? apposition : null)
    const notYet = titles.notYet.exec(window)?.[0] ?? null
    // "Bundeskanzler Friedrich Merz": a government title right here keeps the office, unless it is still to come.
    const office = !notYet && (roleOf(window, doc.language) !== null || roleOf(apposition, doc.language) !== null)
    for (const id of m.personIds) {
      if (office) inOffice.add(id)
      else if (notYet || other) out.set(id, (notYet ? window : other)!.trim())
    }
  }
  for (const id of inOffice) out.delete(id)
  return out
}
