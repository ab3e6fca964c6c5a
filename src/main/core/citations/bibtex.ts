import type { CitationItem } from './citation-item'
import { citeKeys } from './cite-keys'
import type { CitedName } from './person-names'

/**
 * biblatex-style BibTeX, as Zotero and Better BibTeX write newspaper articles: @article with
 * journaltitle (the outlet), date and urldate as ISO dates, langid, url. Text stays UTF-8 (biber,
 * JabRef, Zotero and Citavi read it), with TeX's special characters escaped and braces balanced, so
 * no title can end a field early or start a command. Titles are braced twice: they are cited as written.
 */
export function toBibtex(items: readonly CitationItem[]): string {
  const keys = citeKeys(items)
  return items.map((item, i) => entry(item, keys[i])).join('\n')
}

function entry(item: CitationItem, key: string): string {
  const fields: [string, string | null][] = [
    ['title', `{${tex(item.title)}}`],
    ['author', item.authors.length ? item.authors.map(bibName).join(' and ') : null],
    ['journaltitle', item.outlet && tex(item.outlet)],
    ['date', isoDate(item.issued)],
    ['url', item.url && bibUrl(item.url)],
    ['urldate', isoDate(item.accessed)],
    ['langid', item.language && (LANGIDS[item.language] ?? item.language)],
  ]
  const body = fields
    .filter((f): f is [string, string] => !!f[1])
    .map(([name, value]) => `  ${name} = {${value}},`)
    .join('\n')
  return `@article{${key},\n${body}\n}\n`
}

/** Persons as "Family, Given"; an institution in braces, so BibTeX never splits it into names. */
function bibName(name: CitedName): string {
  return 'literal' in name ? `{${tex(name.literal)}}` : `${tex(name.family)}, ${tex(name.given)}`
}

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
}

/** Escapes TeX's special characters; everything else (umlauts, Cyrillic, typographic quotes) stays UTF-8. */
export function tex(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().replace(/[\\{}&%$#_~^]/g, (c) => SPECIAL[c])
}

/** URLs are read verbatim by biblatex; the characters that would unbalance the field are percent-encoded. */
function bibUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => encodeURIComponent(c))
}

function isoDate(parts: number[] | null): string | null {
  return parts ? parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('-') : null
}

/** biblatex's language names (babel/polyglossia) for the languages Parallax reads most. */
const LANGIDS: Record<string, string> = {
  de: 'german', en: 'english', ru: 'russian', fr: 'french', es: 'spanish', it: 'italian', pl: 'polish', uk: 'ukrainian',
  nl: 'dutch', pt: 'portuguese', sv: 'swedish', cs: 'czech', tr: 'turkish', fi: 'finnish', da: 'danish', be: 'belarusian',
}
