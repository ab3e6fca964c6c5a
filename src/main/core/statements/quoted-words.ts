/**
 * Whose words a quote after a colon gives, where the sentence says they are someone else's: the subject quotes,
 * recalls or points to them ("Baerbock zitierte die Worte von Lawrow: „…“", "erinnerte an Lawrows Worte: „…“",
 * "Blinken quoted Lavrov’s statement: “…”", "Blinken quoted Lavrov: “…”", "привёл слова Лаврова: «…»"). Giving
 * such a quote to the subject would file one minister's words under another's ministry.
 */
import { refGroupsIn } from './attribution'
import type { RefGroup } from './annotations'
import type { AttributionContext } from './context'
import type { StatementDocument } from './document'
import { matchesIn, MEDIUM_BEFORE } from './patterns'
import { resolveGroup, type SpeakerResolution } from './speakers'

/** Verbs of quoting: their object is whose words follow. */
const QUOTING = /(?<![\p{L}])(?:zitier(?:t|te|ten|en|e)?|quot(?:e|es|ed|ing)|cit(?:e|es|ed|ing)|процитировал[аио]?|цитирует|цитировал[аио]?|цитируя|привёл\s+слова|привел\s+слова|привела\s+слова)(?![\p{L}])/iu
/**
 * Verbs that pass on words, quoting, recalling or pointing to them: only after one of these are the words of the
 * noun's owner. "Lawrow wies die Kritik Baerbocks zurück: „…“" answers the criticism; the quote is Lavrov's.
 */
const PASSING_ON = /(?<![\p{L}])(?:zitier\p{L}*|erinner(?:t|te|ten|n)?\s+(?:\p{L}+\s+){0,3}?an|verw(?:ies|eist|iesen)\s+(?:\p{L}+\s+){0,3}?auf|las\s|veröffentlich\p{L}*|verbreitete\p{L}*|quot\p{L}*|publish(?:es|ed)?|releas(?:es|ed)|read(?:s|ing)?|cit(?:e|es|ed|ing)|recall(?:s|ed|ing)?|referr?(?:s|ed|ing)?\s+to|pointed\s+to|read\s+out|repeat(?:s|ed|ing)?|привёл|привел|привела|процитировал\p{L}*|цитир\p{L}*|напомнил\p{L}*|опубликовал\p{L}*|распространил\p{L}*|сослал\p{L}*\s+на)(?![\p{L}])/iu
/** "words", "response": no speech nouns of the lexicon (they would read "the words that …" as content), but whose they are counts here. */
const WORDS = /(?<![\p{L}])(?:words|response|reply|answer|Worte|Wörter|слова)(?![\p{L}])/gu
/** Between a noun and its owner after it: a genitive article, "von", "of", "by" (Russian puts the genitive right after). */
const OWNER_AFTER = /^\s+(?:(?:des|der|von|vom|of|by|from)\s+(?:(?:the|dem|den)\s+)?)?$/iu
/** Between an owner and its noun: "Lavrov’s", "Lawrows" (the group ends in its genitive -s), adjectives. */
const OWNER_BEFORE = /^(?:['’]s?)?\s+(?:\p{Ll}+\s+){0,2}$/u

/**
 * The owner of the words the colon quote gives, resolved; null where the subject quotes someone the sentence does
 * not name; undefined where the sentence gives the words to nobody else (the usual inquit rules apply).
 */
export function quotedWordsOwner(doc: StatementDocument, ctx: AttributionContext, from: number, colon: number): SpeakerResolution | null | undefined {
  const text = doc.masked
  const nouns = [...(doc.lex.speechNoun ? matchesIn(doc.lex.speechNoun, text, from, colon) : []), ...matchesIn(WORDS, text, from, colon)]
  const groups = refGroupsIn(doc, from, colon)
  const passing = PASSING_ON.exec(text.slice(from, colon))
  const passedFrom = passing ? from + passing.index : colon
  for (const noun of nouns.sort((a, b) => b.index - a.index)) {
    const start = noun.index
    if (start < passedFrom) continue
    const end = start + noun[0].length
    if (MEDIUM_BEFORE.test(text.slice(Math.max(from, start - 40), start))) continue
    const owner = ownerAfter(doc, groups, end, colon) ?? ownerBefore(doc, groups, start)
    if (owner) return resolveGroup(doc, ctx, owner)
  }
  const quoting = QUOTING.exec(text.slice(from, colon))
  if (!quoting) return undefined
  // "Blinken quoted Lavrov: “…”", "zitierte den Kremlsprecher mit den Worten: „…“": the object after the verb.
  const verbEnd = from + quoting.index + quoting[0].length
  const object = groups.find((g) => g.start >= verbEnd && !/[,;]/u.test(text.slice(verbEnd, g.start)))
  return object ? resolveGroup(doc, ctx, object) : null
}

function ownerAfter(doc: StatementDocument, groups: readonly RefGroup[], nounEnd: number, colon: number): RefGroup | undefined {
  return groups.find((g) => g.start >= nounEnd && g.end <= colon && g.start - nounEnd <= 16 && OWNER_AFTER.test(doc.masked.slice(nounEnd, g.start)))
}

function ownerBefore(doc: StatementDocument, groups: readonly RefGroup[], nounStart: number): RefGroup | undefined {
  const g = [...groups].reverse().find((x) => x.end <= nounStart)
  if (!g) return undefined
  const gap = doc.masked.slice(g.end, nounStart)
  // A possessor is written as one: "Lavrov’s", German "Lawrows"; a plain subject before the noun is no owner.
  const written = doc.masked.slice(g.start, g.end)
  const genitive = /^['’]/u.test(gap) || /['’]s?$/u.test(written) || (doc.language === 'de' && /s$/u.test(written) && /^\s/u.test(gap))
  return genitive && OWNER_BEFORE.test(gap) ? g : undefined
}
