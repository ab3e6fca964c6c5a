import type { ArticleSummary } from '../../shared/api'

const HIT_START = '\uE000'
const HIT_END = '\uE001'

/** Stable JSON of an article in lists (the CLI's documented shape). */
export const listItem = (a: ArticleSummary) => ({
  id: a.id,
  title: a.title,
  siteName: a.siteName,
  url: a.url,
  publishedAt: a.publishedAt,
  language: a.language,
})

export const jsonLine = (value: unknown) => `${JSON.stringify(value)}\n`
export const jsonDocument = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

/** One line per article: id, date, language, outlet, title; titles cut to the terminal's width. */
export function articleTable(articles: readonly ArticleSummary[], columns: number | undefined): string {
  if (articles.length === 0) return ''
  const idWidth = Math.max(2, ...articles.map((a) => String(a.id).length))
  const sources = articles.map((a) => a.domain ?? a.siteName ?? '')
  const sourceWidth = Math.min(28, Math.max(6, ...sources.map((s) => s.length)))
  const fixed = idWidth + 2 + 10 + 2 + 2 + 2 + sourceWidth + 2
  const header = `${'ID'.padStart(idWidth)}  ${'DATE'.padEnd(10)}  LG  ${'SOURCE'.padEnd(sourceWidth)}  TITLE`
  const rows = articles.map((a, i) => {
    const source = truncate(sources[i], sourceWidth).padEnd(sourceWidth)
    const title = columns ? truncate(a.title, Math.max(20, columns - fixed)) : a.title
    return `${String(a.id).padStart(idWidth)}  ${(a.publishedAt ?? '').slice(0, 10).padEnd(10)}  ${(a.language ?? '').padEnd(2)}  ${source}  ${title}`
  })
  return `${[header, ...rows].join('\n')}\n`
}

/** A snippet with its hits in bold on a terminal, else between [brackets]. */
export function renderSnippet(snippet: string, tty: boolean): string {
  const [start, end] = tty ? ['\u001b[1m', '\u001b[22m'] : ['[', ']']
  return snippet.replaceAll(HIT_START, start).replaceAll(HIT_END, end).replace(/\s+/gu, ' ')
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`
}
