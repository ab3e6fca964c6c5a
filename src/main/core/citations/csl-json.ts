import type { CitationItem } from './citation-item'

/** A CSL-JSON item (citationstyles.org schema) of type article-newspaper, as Zotero exports one. */
export interface CslItem {
  id: string
  type: 'article-newspaper'
  title: string
  'container-title'?: string
  author?: ({ family: string; given: string } | { literal: string })[]
  issued?: { 'date-parts': number[][] }
  URL?: string
  accessed?: { 'date-parts': number[][] }
  language?: string
}

/** CSL-JSON: an array of items, pretty-printed UTF-8 (JSON escapes what needs escaping). */
export function toCslJson(items: readonly CitationItem[]): string {
  return `${JSON.stringify(items.map(cslItem), null, 2)}\n`
}

export function cslItem(item: CitationItem): CslItem {
  const csl: CslItem = { id: `parallax-${item.articleId}`, type: 'article-newspaper', title: item.title }
  if (item.outlet) csl['container-title'] = item.outlet
  if (item.authors.length) csl.author = item.authors
  if (item.issued) csl.issued = { 'date-parts': [item.issued] }
  if (item.url) csl.URL = item.url
  if (item.accessed) csl.accessed = { 'date-parts': [item.accessed] }
  if (item.language) csl.language = item.language
  return csl
}
