/**
 * Titles for text copied from a web page when its first line is no headline: the page's headline
 * where the paste carries it (a line whose words are the words of the URL's slug), else the slug
 * itself, else the file's own name. Never the article's first sentence cut short, which reads as a
 * title in every list and citation and is none.
 */

/** Path segments that are ids, not words: numbers, hashes, "a-52060881", "100". */
const ID_WORD = /^(?:\d+|[a-f0-9]{8,}|[a-z]\d+|id\w*|amp|html?|php|aspx?|index)$/i
const GENERIC_FILE = /^(?:untitled|unbenannt|neues? textdokument|new text document|document|dokument|text|article|artikel|page|seite|paste|clipboard|\d+)(?:[\s_-]*\(?\d*\)?)?$/i

/** The words of a URL's most wordy path segment ("berlin-confronts-germanys-colonial-past"), at least three. */
export function slugWords(url: string | null): string[] {
  let path: string
  try {
    path = decodeURIComponent(new URL(url ?? '').pathname)
  } catch {
    return []
  }
  const best = path
    .split('/')
    .map((segment) =>
      segment
        .replace(/\.[a-z0-9]{2,5}$/i, '')
        .split(/[-_+.,]+/)
        .filter((w) => /\p{L}/u.test(w) && !ID_WORD.test(w)),
    )
    .sort((a, b) => b.length - a.length)[0]
  return best && best.length >= 3 ? best : []
}

/** "Berlin confronts germanys colonial past": the slug as a readable title, or null when the URL has none. */
export function titleFromSlug(url: string | null): string | null {
  const words = slugWords(url)
  if (!words.length) return null
  const text = words.join(' ').toLowerCase()
  return text[0].toUpperCase() + text.slice(1)
}

/** Among the first lines, the one that is the page's headline: short, and made of the slug's words. */
export function headlineMatchingSlug(lines: readonly string[], url: string | null): string | null {
  const slug = new Set(slugWords(url).map(fold))
  if (slug.size < 3) return null
  for (const line of lines.slice(0, 12)) {
    const words = line.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(fold)
    // A headline is short and no sentence; a sentence of the text that mentions the same words is not one.
    if (words.length === 0 || words.length > 20 || /[.;,]$/u.test(line)) continue
    const shared = words.filter((w) => slug.has(w)).length
    if (shared >= 3 && shared / slug.size >= 0.6 && shared / words.length >= 0.5) return line
  }
  return null
}

/** A pasted file's own name as its title, unless it is a default name ("Neues Textdokument (2).txt"). */
export function titleFromFileName(fileName: string | null | undefined): string | null {
  const base = (fileName ?? '').replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]{1,5}$/i, '').replace(/[_]+/g, ' ').trim()
  if (!base || GENERIC_FILE.test(base) || !/\p{L}{2}/u.test(base) || base.split(/\s+|-/).length < 2) return null
  return base.replace(/-/g, ' ').replace(/\s+/g, ' ')
}

/** The first sentence when it is short enough to stand as a title, whole; null rather than cut. */
export function shortFirstSentence(text: string): string | null {
  const m = /^(.{10,140}?[.!?…])(?:\s|$)/u.exec(text)
  return m ? m[1] : text.length <= 140 ? text : null
}

/** Umlauts and ß as slugs write them: "Außenministerin" and "aussenministerin" compare equal. */
function fold(word: string): string {
  return word
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
}
