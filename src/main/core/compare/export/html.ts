import type { ComparisonCard, ComparisonModel, ComparisonRow, ExportOptions, Highlight, SourceRef } from '../../../../shared/api/compare'
import { summarise } from '../summary/summarise'
import { cardPieces, pieceBudget, type CardPiece } from './card-pieces'
import { escapeHtml, safeHref, safeLang } from './escape'
import { formatDay, formatSpan, formatTimestamp } from './format'
import { summaryHtml } from './html-summary'
import { officeLabel, reportLabels, type ReportLabels } from './labels'
import { phraseClass, reportStyles, rowheadMm } from './report-styles'

/** Up to this many columns a card's translation stands beside its quote; more, and it stands below. */
const MAX_COLUMNS_FOR_BESIDE = 3

export interface HtmlReportOptions extends ExportOptions {
  /**
   * Number pages with a CSS @page margin box (for a browser's own print dialog). Off when the
   * PDF is written with Chromium's footer template, which would number them a second time.
   */
  pageNumbersInCss?: boolean
}

/**
 * The comparison as one standalone HTML document for paper: no scripts (a CSP forbids them too),
 * no external resources, styles inlined, every piece of text escaped. The app prints exactly this.
 */
export function renderHtmlReport(model: ComparisonModel, options: HtmlReportOptions = {}): string {
  const labels = reportLabels(options.locale)
  const paper = options.paper ?? 'a4'
  const landscape = options.landscape ?? true
  const cards = new Map(model.cards.map((c) => [c.statementId, c]))
  const title = model.title || labels.defaultTitle
  const lang = options.locale ?? 'en'
  const budget = pieceBudget(model.columns.length, paper, landscape, rowheadMm(model.layout))

  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="Parallax">
<title>${escapeHtml(title)}</title>
<style>${reportStyles(paper, landscape, labels, (options.pageNumbersInCss ?? true) && { title }, model.layout)}</style>
</head>
<body>
${titleBlock(model, title, labels)}
${summaryHtml(summarise(model), model, labels)}
<table class="comparison">
<colgroup><col class="rowhead">${model.columns.map(() => '<col>').join('')}</colgroup>
<thead><tr><th scope="col">${escapeHtml(model.layout === 'timeline' ? labels.date : labels.theme)}</th>${model.columns
    .map(
      (c) =>
        `<th scope="col"${c.actor.person ? ' class="person"' : ''}><span class="actor">${escapeHtml(c.actor.name)}</span>${
          c.actor.person ? `<span class="office">${escapeHtml(officeLabel(labels, c.actor.person.role, c.actor.person.actorName))}</span>` : ''
        }<span class="stats">${escapeHtml(
          [labels.statements(c.count), formatSpan(c.firstDate, c.lastDate, labels)].filter(Boolean).join(' · '),
        )}</span></th>`,
    )
    .join('')}</tr></thead>
<tbody>
${model.rows.map((r) => row(r, model, cards, labels, budget)).join('\n')}
</tbody>
</table>
${sourcesSection(model.sources, labels)}
</body>
</html>
`
}

function titleBlock(model: ComparisonModel, title: string, labels: ReportLabels): string {
  const entries: [string, string][] = [
    [labels.scope, escapeHtml(model.scopeLabel)],
    [labels.actors, model.columns.map((c) => escapeHtml(c.actor.name)).join(' · ')],
    [labels.reportDate, escapeHtml(formatDay(model.generatedAt.slice(0, 10), labels))],
    [labels.layout, escapeHtml(labels.layouts[model.layout])],
  ]
  if (model.phrases.length) {
    entries.push([
      labels.recurringPhrases,
      `<span class="legend">${model.phrases.map((p) => `<mark class="${phraseClass(p.id)}">${escapeHtml(p.text)}</mark>`).join(' ')}</span>`,
    ])
  }
  return `<header class="title-block">
<h1>${escapeHtml(title)}</h1>
<dl>${entries.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('')}</dl>
</header>`
}

/**
 * One day or theme. Its cards, cut into pieces shorter than a page (card-pieces.ts), go into slot rows —
 * the first piece of every column side by side, then the second, … — so a page may break between slots
 * but never inside one, and what stands side by side stays aligned. No cell spans rows (Chromium would
 * then move the whole group to the next page): the heading stands in the first slot, and every later
 * slot repeats it, muted and marked as continued, so a row that runs onto the next page is still named there.
 */
function row(r: ComparisonRow, model: ComparisonModel, cards: Map<number, ComparisonCard>, labels: ReportLabels, budget: number): string {
  const span = model.columns.length + 1
  const gap = r.gapDaysBefore > 0 ? `<tr class="days-gap"><td colspan="${span}">${escapeHtml(labels.daysWithout(r.gapDaysBefore))}</td></tr>\n` : ''
  // A translation stands beside its quote where columns are wide enough; each half then holds half as much.
  const beside = model.columns.length <= MAX_COLUMNS_FOR_BESIDE
  const pieces = r.cells.map((ids) => ids.flatMap((id) => cardPieces(cards.get(id)!, beside && cards.get(id)!.translation ? Math.floor(budget / 2) : budget)))
  const slots = Math.max(1, ...pieces.map((p) => p.length))
  const lines: string[] = []
  for (let slot = 0; slot < slots; slot++) {
    let html =
      slot === 0
        ? `<th scope="row">${rowHeading(r, labels)}</th>`
        : `<th class="cont"><span class="cont-label">${escapeHtml(rowLabel(r, labels))} (${escapeHtml(labels.continued)})</span></th>`
    pieces.forEach((list, column) => {
      const piece = list[slot]
      if (piece) html += `<td${piece.first ? '' : ' class="cont-piece"'}>${cardPiece(piece, model, labels, column, beside)}</td>`
      else if (list.length === 0) html += slot === 0 ? `<td class="gap">${escapeHtml(labels.noStatement)}</td>` : '<td class="gap cont"></td>'
      else html += '<td class="rest"></td>'
    })
    lines.push(`<tr class="row-${r.kind}${slot === 0 ? ' first' : ''}">${html}</tr>`)
  }
  return gap + lines.join('\n')
}

function rowHeading(r: ComparisonRow, labels: ReportLabels): string {
  switch (r.kind) {
    case 'date':
      return escapeHtml(formatDay(r.date, labels, true))
    case 'suggestion':
      return `<span class="kind">${escapeHtml(labels.suggested)}</span>${escapeHtml(r.label)}`
    default:
      return escapeHtml(rowLabel(r, labels))
  }
}

/** The row's name in words, as a continued slot repeats it. */
function rowLabel(r: ComparisonRow, labels: ReportLabels): string {
  switch (r.kind) {
    case 'date':
      return formatDay(r.date, labels)
    case 'undated':
      return labels.undated
    case 'unassigned':
      return labels.unassigned
    default:
      return r.label
  }
}

/**
 * A card's piece: the first carries kind, speaker, date and outlet; the quote's last words carry the
 * source number, footnote style ([n] → the numbered sources at the end, where outlet, title, date, URL
 * and the capture's SHA-256 stand); translation and note follow the quote they belong to.
 */
function cardPiece(piece: CardPiece, model: ComparisonModel, labels: ReportLabels, column: number, beside: boolean): string {
  const c = piece.card
  const lang = safeLang(c.language)
  let head = ''
  if (piece.first) {
    // In a person's own column the header names them already.
    const speaker = model.columns[column]?.actor.person ? null : c.speaker
    const meta = [
      `<span class="kind">${escapeHtml(labels.kinds[c.kind])}</span>`,
      speaker ? `<span class="speaker">${escapeHtml(speaker)}</span>` : '',
      c.date ? escapeHtml(formatDay(c.date, labels)) : '',
      c.outlet ? escapeHtml(c.outlet) : '',
    ].filter(Boolean)
    head = `<div class="meta">${meta.join(' · ')}</div>\n`
  }
  const quoteRuns = piece.runs.filter((r) => r.part === 'quote')
  const quoteEnds = piece.runs.some((r) => r.part !== 'quote') || piece.last
  let quote = ''
  if (quoteRuns.length) {
    const text = quoteRuns.map((r) => highlighted(r.text, r.highlights)).join(' ')
    const ref = quoteEnds ? ` <a class="ref" href="#src-${c.ref}">[${c.ref}]</a>` : ''
    quote = `<blockquote${lang ? ` lang="${lang}"` : ''}>${text}${ref}</blockquote>`
  }
  const extra = (part: 'translation' | 'note') => {
    const runs = piece.runs.filter((r) => r.part === part)
    if (!runs.length) return ''
    // The label goes with the part's first words only.
    const opening = c[part]!.startsWith(runs[0].text)
    const label = opening ? `<span class="label">${escapeHtml(labels[part])}:</span> ` : ''
    return `<div class="${part}">${label}${escapeHtml(runs.map((r) => r.text).join(' '))}</div>`
  }
  const translation = extra('translation')
  const note = extra('note')
  // The analyst's translation beside the original, so the two read line by line; stacked in narrow columns.
  const body = beside && quote && translation ? `<div class="pair">${quote}${translation}</div>` : [quote, translation].filter(Boolean).join('\n')
  return `<div class="card kind-${c.kind}${piece.first ? '' : ' cont'}">${head}${body}${note ? `\n${note}` : ''}</div>`
}

/** Text with recurring phrases wrapped in <mark>; every piece escaped on its own. */
function highlighted(text: string, highlights: readonly Highlight[]): string {
  let out = ''
  let at = 0
  for (const h of highlights) {
    if (h.start < at || h.end > text.length) continue
    out += escapeHtml(text.slice(at, h.start))
    out += `<mark class="${phraseClass(h.phraseId)}">${escapeHtml(text.slice(h.start, h.end))}</mark>`
    at = h.end
  }
  return out + escapeHtml(text.slice(at))
}

function sourcesSection(sources: readonly SourceRef[], labels: ReportLabels): string {
  const items = sources.map((s) => {
    const href = safeHref(s.url)
    const url = s.url ? (href ? `<a class="url" href="${escapeHtml(href)}">${escapeHtml(s.url)}</a>` : `<span class="url">${escapeHtml(s.url)}</span>`) : ''
    const day = s.publishedAt ? formatDay(s.publishedAt.slice(0, 10), labels) : ''
    const parts = [
      [s.outlet, labels.quoted(s.title), day].filter(Boolean).map((x) => escapeHtml(x!)).join(', '),
      url,
      s.publishedAt ? `${escapeHtml(labels.published)} ${escapeHtml(formatTimestamp(s.publishedAt))}` : '',
      s.capturedAt ? `${escapeHtml(labels.captured)} ${escapeHtml(formatTimestamp(s.capturedAt))}` : '',
      s.captureSha256 ? `${escapeHtml(labels.sha256)}: <span class="sha">${escapeHtml(s.captureSha256)}</span>` : '',
    ].filter(Boolean)
    return `<li id="src-${s.ref}"><span class="n">[${s.ref}]</span> ${parts.join('. ')}</li>`
  })
  return `<section class="sources">
<h2>${escapeHtml(labels.sources)}</h2>
<ol>
${items.join('\n')}
</ol>
</section>
`
}
