/**
 * Bodies named specifically that the registry does not know: "das Gesundheitsministerium", "the Ministry of
 * Education", "Barbados's health ministry", "Министерство сельского хозяйства Германии", "Минздрав". They take
 * part in the attribution context like any body, so that a later "das Ministerium" / "the ministry" /
 * "ведомство" resolves to them — to no actor — instead of jumping to a registered ministry named earlier.
 */
import type { StatementDocument } from './document'
import { matchesIn } from './patterns'

export interface UnregisteredBody {
  start: number
  end: number
}

const PATTERNS: Record<string, RegExp> = {
  // Compounds ("Gesundheitsministerium", "Bundesinnenministerium", "Gesundheitsbehörde") and "Ministerium für …".
  de: /(?<![\p{L}\p{N}])(?:\p{Lu}\p{Ll}+-?(?:ministerium|ministeriums|behörde|ressort)|(?:Ministerium|Ministeriums|Behörde)\s+(?:für|des|der)\s+\p{L}+(?:\s+(?:und|für)\s+\p{L}+)?)(?![\p{L}\p{N}])/gu,
  // "Ministry of Education", "Department of Health and Human Services", "the health ministry", "Health Ministry".
  en: /(?<![\p{L}\p{N}])(?:(?:Ministry|Department|Office|Agency)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}\p{L}+(?:\s+(?:and|of|for)\s+\p{Lu}\p{L}+)*|(?:health|education|interior|finance|justice|agriculture|defen[cs]e|labou?r|transport|energy|environment|economy|trade|culture|Health|Education|Interior|Finance|Justice|Agriculture|Defen[cs]e|Labou?r|Transport|Energy|Environment|Economy|Trade|Culture)\s+(?:ministry|Ministry|department|Department))(?![\p{L}\p{N}])/gu,
  // "министерство сельского хозяйства", "Министерства обороны" (not "иностранных дел"), "Минздрав", "Минобороны".
  ru: /(?<![\p{L}\p{N}])(?:[Мм]инистерств\p{L}*\s+(?!иностранных)\p{Ll}{2,}(?:ого|его|ой|ей|ы|и|а|я|ов|ев)(?:\s+\p{Ll}{3,}(?:а|ы|и|я|ов))?|Мин(?!ск|истр|ист)\p{Ll}{3,})(?![\p{L}\p{N}])/gu,
}

/** Specific body names outside the registry's mentions, sorted by position. */
export function findUnregisteredBodies(doc: Pick<StatementDocument, 'masked' | 'language' | 'mentions' | 'generics'>): UnregisteredBody[] {
  const re = PATTERNS[doc.language]
  if (!re) return []
  const out: UnregisteredBody[] = []
  let m = 0
  for (const hit of matchesIn(re, doc.masked, 0, doc.masked.length)) {
    const start = hit.index
    const end = start + hit[0].length
    while (m < doc.mentions.length && doc.mentions[m].end <= start) m++
    // A registry mention overlapping it ("das russische Verteidigungsministerium") is known; a generic term the
    // registry reads ("das Außenministerium": some foreign ministry) is resolved from context instead.
    if (m < doc.mentions.length && doc.mentions[m].start < end) continue
    if (doc.generics.some((g) => g.start < end && g.end > start && g.end - g.start >= end - start - 1)) continue
    out.push({ start, end })
  }
  return out
}
