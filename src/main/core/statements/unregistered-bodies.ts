/**
 * Bodies named specifically that the registry does not know: "das Gesundheitsministerium", "the Ministry of
 * Education", "Barbados's health ministry", "Министерство сельского хозяйства Германии", "Минздрав". They take
 * part in the attribution context like any body, so that a later "das Ministerium" / "the ministry" /
 * "ведомство" resolves to them — to no actor — instead of jumping to a registered ministry named earlier.
 */
import type { ActorKind, ActorMention, GenericReference } from '../actors/types'
import { matchesNear } from './patterns'
import { spansOverlapping } from './spans-in-range'

/** What the search reads of a statement document (document.ts builds one from these, so it cannot take the document). */
export interface ScannedText {
  masked: string
  language: string
  mentions: readonly ActorMention[]
  generics: readonly GenericReference[]
}

export interface UnregisteredBody {
  start: number
  end: number
  /** The kind of body: a ministry for named ones, the generic's kind for "the Jordanian government". */
  kind: ActorKind
}

const PATTERNS: Record<string, RegExp> = {
  // Compounds ("Gesundheitsministerium", "Bundesinnenministerium", "Gesundheitsbehörde") and "Ministerium für …".
  de: /(?<![\p{L}\p{N}])(?:\p{Lu}\p{Ll}+-?(?:ministerium|ministeriums|behörde|ressort)|(?:Ministerium|Ministeriums|Behörde)\s+(?:für|des|der)\s+\p{L}+(?:\s+(?:und|für)\s+\p{L}+)?)(?![\p{L}\p{N}])/gu,
  // "Ministry of Education", "Department of Health and Human Services", "the health ministry", "Health Ministry".
  en: /(?<![\p{L}\p{N}])(?:(?:Ministry|Department|Office|Agency)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}\p{L}+(?:\s+(?:and|of|for)\s+\p{Lu}\p{L}+)*|(?:health|education|interior|finance|justice|agriculture|defen[cs]e|labou?r|transport|energy|environment|economy|trade|culture|Health|Education|Interior|Finance|Justice|Agriculture|Defen[cs]e|Labou?r|Transport|Energy|Environment|Economy|Trade|Culture)\s+(?:ministry|Ministry|department|Department))(?![\p{L}\p{N}])/gu,
  // "министерство сельского хозяйства", "Министерства обороны" (not "иностранных дел"), "Минздрав", "Минобороны".
  ru: /(?<![\p{L}\p{N}])(?:[Мм]инистерств\p{L}*\s+(?!иностранных)\p{Ll}{2,}(?:ого|его|ой|ей|ы|и|а|я|ов|ев)(?:\s+\p{Ll}{3,}(?:а|ы|и|я|ов))?|Мин(?!ск|истр|ист)\p{Ll}{3,})(?![\p{L}\p{N}])/gu,
}

/**
 * A literal every match of the language's pattern holds, with only what BEFORE_ANCHOR accepts before it in the
 * match: the pattern is tried only there (patterns.ts, matchesNear).
 */
const ANCHORS: Record<string, RegExp> = {
  de: /inisterium|ehörde|ressort/g,
  en: /inistry|epartment|Office|Agency/g,
  ru: /инистерств|Мин/g,
}
const BEFORE_ANCHOR = /[\p{L}\s-]/u

/** Specific body names outside the registry's mentions, sorted by position. */
export function findUnregisteredBodies(doc: ScannedText): UnregisteredBody[] {
  const re = PATTERNS[doc.language]
  if (!re) return []
  const out: UnregisteredBody[] = []
  let m = 0
  for (const hit of matchesNear(re, ANCHORS[doc.language], BEFORE_ANCHOR, doc.masked)) {
    const start = hit.index
    const end = start + hit[0].length
    while (m < doc.mentions.length && doc.mentions[m].end <= start) m++
    // A registry mention overlapping it ("das russische Verteidigungsministerium") is known; a generic term the
    // registry reads ("das Außenministerium": some foreign ministry) is resolved from context instead.
    if (m < doc.mentions.length && doc.mentions[m].start < end) continue
    if (doc.generics.some((g) => g.start < end && g.end > start && g.end - g.start >= end - start - 1)) continue
    out.push({ start, end, kind: 'ministry' })
  }
  // "Grenada's Prime Minister", "der mazedonische Premier": a generic body of a country the registry does not
  // know; a later "the Prime Minister" refers to it, not to a registered government named in between.
  for (const g of doc.generics) {
    if (spansOverlapping(doc.mentions, g.start, g.end).length) continue
    if (unknownNationality(doc, g.start) || unknownOwner(doc, g.end)) out.push({ start: g.start, end: g.end, kind: g.kind })
  }
  return out.sort((a, b) => a.start - b.start)
}

/**
 * A nationality adjective the registry does not know right before a generic body ("Australian Prime Minister",
 * "der mazedonische Premier"), or the possessive of a country it does not know ("Grenada's Prime Minister").
 */
export function unknownNationality(doc: Omit<ScannedText, 'generics'>, start: number): boolean {
  const before = /([\p{L}\p{M}'’-]+)\s+$/u.exec(doc.masked.slice(Math.max(0, start - 40), start))
  const prev = before?.[1]
  if (!prev) return false
  const prevStart = start - before[0].length
  if (spansOverlapping(doc.mentions, prevStart, prevStart + 1).length) return false
  // "Bayerns Wirtschaftsminister": the genitive of a place the registry does not know.
  if (doc.language === 'de') return /isch(?:e|en|er|es|em)?$/u.test(prev) || /^\p{Lu}\p{Ll}+s$/u.test(prev)
  if (doc.language === 'ru') return /(?:ск|цк)(?:ий|ая|ое|ого|ому|ой|им|их|ие|ую)$/u.test(prev)
  return /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ic)$/u.test(prev) || /^\p{Lu}\p{Ll}+['’]s$/u.test(prev)
}

const OWNER_AFTER: Record<string, RegExp> = {
  de: /^\s+(?:des|der|von|vom)\s+(?:\d+\.\s+)?\p{Lu}/u,
  en: /^\s+of\s+(?:the\s+)?(?:\d+\p{Ll}*\s+)?\p{Lu}/u,
}

/** "the president of the Federal Reserve Bank", "der Präsident des Roten Kreuzes": the office of a body the registry does not know. */
function unknownOwner(doc: Omit<ScannedText, 'generics'>, end: number): boolean {
  const m = OWNER_AFTER[doc.language]?.exec(doc.masked.slice(end, end + 30))
  if (!m) return false
  const owner = end + m[0].length - 1
  // "der UN-Klimakonferenz": a registered body that only begins a compound is not the owner.
  return !spansOverlapping(doc.mentions, owner, owner + 1).some((x) => !/^-\s?\p{L}/u.test(doc.masked.slice(x.end, x.end + 3)))
}
