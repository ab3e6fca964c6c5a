/**
 * Which capitalised words of a text are names. A word is a name when the text shows it as one: inside a run
 * of capitalised words that does not open a sentence ("Herbert Diess", "Kris de Decker"), or — in English and
 * Russian, where only names are capitalised — capitalised mid-sentence and never written in lower case. A lone
 * capitalised word that only ever opens a sentence ("Zugleich", "Asked", "Mittlerweile") is not a name.
 */
import { Inner, Letter, Lower, Mark, scanWords, Upper } from '../actors/word-scan'
import type { StatementDocument } from './document'

/** Between two words of a run of capitalised words: spaces, and at most one particle ("Charles de Gaulle"). */
const RUN_GAP = /^[ \u00a0]+(?:(?:van|von|de|der|al|bin|ibn|da|di|du|la|le|v\.(?:[ \u00a0]*d\.)?)[ \u00a0]+)?$/u
/** What follows a word's first letter: letters, marks, apostrophes and hyphens ([\p{L}\p{M}'’-]*). */
const WORD_REST = Letter | Mark | Inner
const SENTENCE_START = /(?:^|[.!?:;„“"«»(–—]\s*|\n\s*)$/u
/** German number words open sentences capitalised ("Zwei Jahre zuvor …"): never part of a name. */
const NUMBER = /^(?:ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend|beide|viele|einige|mehrere|alle)$/iu
/**
 * A German word seen after a determiner, or a determiner and an inflected adjective, is a common noun ("die Jahre",
 * "der neue Sprecher"), not a name; after a preposition it may be one ("die von Hundt entwickelte Methode").
 */
const AFTER_DETERMINER = /(?<![\p{L}])(?:[Dd](?:er|ie|as|en|em|es|iese|ieser|ieses)|[Ee]in(?:e|er|em|en|es)?|[Kk]eine?|[Jj]ede[rs]?)\s+(?:\p{Ll}+(?:e|en|er|es|em)\s+)?(\p{Lu}[\p{L}\p{M}'’-]*)/gu
const ARTICLE = /^(?:der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines|the|a|an|im|am|vom|zum|zur|in|on|at)$/iu

/**
 * Every run of two or more capitalised words, as /\p{Lu}[\p{L}\p{M}'’-]*(?:GAP\p{Lu}[\p{L}\p{M}'’-]*)+/gu finds them:
 * put together from the text's capitalised words (word-scan.ts), which a regex would try at every capital letter.
 */
function forEachRun(text: string, found: (run: string) => void): void {
  let start = 0
  let end = 0
  let words = 0
  scanWords(text, Upper, WORD_REST, false, (s, e) => {
    if (words > 0 && RUN_GAP.test(text.slice(end, s))) {
      end = e
      words++
      return
    }
    if (words >= 2) found(text.slice(start, end))
    start = s
    end = e
    words = 1
  })
  if (words >= 2) found(text.slice(start, end))
}

export function isNameWord(doc: StatementDocument, start: number, end: number): boolean {
  return nameWords(doc).has(key(doc.text.slice(start, end)))
}

/** A German capitalised word the text also uses after a determiner ("der Sprecher"). */
export function isCommonNoun(doc: StatementDocument, word: string): boolean {
  return commonNouns(doc).has(key(word))
}

function key(word: string): string {
  return word.replace(/['’]s?$/u, '').toLowerCase()
}

function commonNouns(doc: StatementDocument & { commonNouns?: Set<string> }): Set<string> {
  if (doc.commonNouns) return doc.commonNouns
  const out = new Set<string>()
  AFTER_DETERMINER.lastIndex = 0
  for (let m = AFTER_DETERMINER.exec(doc.masked); m; m = AFTER_DETERMINER.exec(doc.masked)) out.add(key(m[1]))
  return (doc.commonNouns = out)
}

function nameWords(doc: StatementDocument & { nameWords?: Set<string> }): Set<string> {
  if (doc.nameWords) return doc.nameWords
  const text = doc.masked
  const names = new Set<string>()
  forEachRun(text, (run) => {
    const parts = run.split(/[ \u00a0]+/u)
    let i = 0
    // "Der AStA", "The Kremlin": a capitalised article opens the run; the name is what follows it.
    while (i < parts.length && ARTICLE.test(parts[i])) i++
    const rest = parts.slice(i).filter((p) => /^\p{Lu}/u.test(p) && !NUMBER.test(p))
    if (doc.language === 'de' && rest.length && commonNouns(doc).has(key(rest[rest.length - 1]))) return
    if (rest.length < 2 && !(i > 0 && rest.length === 1)) return
    if (i > 0 && rest.length === 1) return
    for (const p of rest) names.add(key(p))
  })
  if (doc.language !== 'de') {
    // Every word of the text is read here: scanned (word-scan.ts) rather than matched by regex.
    const lower = new Set<string>()
    scanWords(text, Lower, WORD_REST, true, (start, end) => lower.add(text.slice(start, end).toLowerCase()))
    scanWords(text, Upper, WORD_REST, true, (start, end) => {
      const word = text.slice(start, end)
      const k = key(word)
      if (names.has(k) || lower.has(k) || word.length < 2) return
      // "Democratic", "American": an English adjective of party or nationality qualifies, it does not name.
      if (doc.language === 'en' && /(?:ic|ian|ese|ish|can)$/u.test(k)) return
      if (!SENTENCE_START.test(text.slice(Math.max(0, start - 3), start))) names.add(k)
    })
  }
  // People the person registry knows are names wherever they stand ("Lawrow sagte", "Zugleich kritisierte Peskow").
  for (const m of doc.personMentions) for (const w of doc.text.slice(m.start, m.end).split(/\s+/u)) names.add(key(w))
  doc.nameWords = names
  return names
}
