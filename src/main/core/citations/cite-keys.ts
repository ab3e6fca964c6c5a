import type { CitationItem } from './citation-item'

/** Cyrillic letters in the ISO 9 / scholarly style reference managers use for keys. */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'j', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'ju', я: 'ja', і: 'i', ї: 'ji', є: 'je', ґ: 'g', ў: 'u',
}
const STOP_WORDS = new Set(['the', 'a', 'an', 'der', 'die', 'das', 'ein', 'eine', 'le', 'la', 'les', 'el', 'il'])

/** ASCII letters and digits only: what BibTeX accepts in a key everywhere. */
export function asciiWord(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/gu, 'ss')
    .replace(/[\u0400-\u04ff]/gu, (c) => CYRILLIC[c] ?? '')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '')
}

/**
 * Keys in the Zotero/Better BibTeX manner, authoryear plus the title's first word: "mueller2024aussenministerium";
 * the outlet stands in for a missing author. Repeats get a, b, c… so every key is unique in the file.
 */
export function citeKeys(items: readonly CitationItem[]): string[] {
  const seen = new Map<string, number>()
  return items.map((item) => {
    const first = item.authors[0]
    const who = asciiWord(first ? ('literal' in first ? first.literal : first.family) : (item.outlet ?? '')).slice(0, 20) || 'article'
    const word = item.title.split(/\s+/u).map(asciiWord).find((w) => w.length > 0 && !STOP_WORDS.has(w)) ?? ''
    const base = `${who}${item.issued?.[0] ?? ''}${word.slice(0, 20)}`
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    return n === 0 ? base : `${base}${suffix(n)}`
  })
}

/** 1 → a, 26 → z, 27 → aa. */
function suffix(n: number): string {
  let s = ''
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s
  return s
}
