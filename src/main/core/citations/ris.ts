import type { CitationItem } from './citation-item'

/**
 * RIS as Zotero writes and reads it: "TAG  - value" lines (two spaces, hyphen, space), TY NEWS for a
 * newspaper article, T2 its publication, AU "Family, Given", DA "YYYY/MM/DD/", Y2 the access date,
 * one record ending in "ER  - " and a blank line. Values never span lines: line breaks and control
 * characters in a value would start a garbled tag, so they become spaces. CRLF line ends, as the
 * format's specification and Citavi and EndNote expect; UTF-8 throughout.
 */
export function toRis(items: readonly CitationItem[]): string {
  return items.map(record).join('')
}

function record(item: CitationItem): string {
  const lines: [string, string | null][] = [
    ['TY', 'NEWS'],
    ['TI', item.title],
    ...item.authors.map((a): [string, string] => ['AU', 'literal' in a ? a.literal : `${a.family}, ${a.given}`]),
    ['T2', item.outlet],
    ['PY', item.issued ? String(item.issued[0]) : null],
    ['DA', risDate(item.issued)],
    ['UR', item.url],
    ['Y2', risDate(item.accessed)],
    ['LA', item.language],
    ['ID', `parallax-${item.articleId}`],
  ]
  const body = lines
    .map(([tag, value]) => [tag, value === null ? '' : oneLine(value)] as const)
    .filter(([, value]) => value !== '')
    .map(([tag, value]) => `${tag}  - ${value}\r\n`)
    .join('')
  return `${body}ER  - \r\n\r\n`
}

/** "2024/03/17/": year, month and day with the RIS separators; unknown parts stay empty. */
function risDate(parts: number[] | null): string | null {
  if (!parts) return null
  const [year, month, day] = parts
  return `${year}/${month ? String(month).padStart(2, '0') : ''}/${day ? String(day).padStart(2, '0') : ''}/`
}

function oneLine(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/gu, ' ').replace(/\s+/gu, ' ').trim()
}
