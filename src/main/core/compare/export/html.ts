import type { ComparisonCard, ComparisonModel, ComparisonRow, ExportOptions, SourceRef } from '../../../../shared/api/compare'
import { escapeHtml, safeHref, safeLang } from './escape'
import { formatDay, formatSpan, formatTimestamp } from './format'
import { officeLabel, reportLabels, type ReportLabels } from './labels'
import { phraseClass, reportStyles } from './report-styles'

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

  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="Parallax">
<title>${escapeHtml(title)}</title>
<style>${reportStyles(paper, landscape, labels, (options.pageNumbersInCss ?? true) && { title })}</style>
</head>
<body>
${titleBlock(model, title, labels)}
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
${model.rows.map((r) => row(r, model, cards, labels)).join('\n')}
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
 * One day or theme. Its cards go into slot rows — the first card of every column side by side, then
 * the second, … — so a page may break between slots but never inside a card, and what stands side
 * by side stays aligned. No cell spans rows (Chromium would then move the whole group to the next
 * page): the heading and a column's gap are written in the first slot, later slots continue them.
 */
function row(r: ComparisonRow, model: ComparisonModel, cards: Map<number, ComparisonCard>, labels: ReportLabels): string {
  const span = model.columns.length + 1
  const gap = r.gapDaysBefore > 0 ? `<tr class="days-gap"><td colspan="${span}">${escapeHtml(labels.daysWithout(r.gapDaysBefore))}</td></tr>\n` : ''
  const slots = Math.max(1, ...r.cells.map((c) => c.length))
  const lines: string[] = []
  for (let slot = 0; slot < slots; slot++) {
    let html = slot === 0 ? `<th scope="row">${rowHeading(r, labels)}</th>` : '<th class="cont"></th>'
    for (const ids of r.cells) {
      if (slot < ids.length) html += `<td>${card(cards.get(ids[slot])!, model, labels)}</td>`
      else if (ids.length === 0) html += slot === 0 ? `<td class="gap">${escapeHtml(labels.noStatement)}</td>` : '<td class="gap cont"></td>'
      else html += '<td class="rest"></td>'
    }
    lines.push(`<tr class="row-${r.kind}${slot === 0 ? ' first' : ''}">${html}</tr>`)
  }
  return gap + lines.join('\n')
}

function rowHeading(r: ComparisonRow, labels: ReportLabels): string {
  switch (r.kind) {
    case 'date':
      return escapeHtml(formatDay(r.date, labels, true))
    case 'undated':
      return escapeHtml(labels.undated)
    case 'theme':
      return escapeHtml(r.label)
    case 'suggestion':
      return `<span class="kind">${escapeHtml(labels.suggested)}</span>${escapeHtml(r.label)}`
    case 'unassigned':
      return escapeHtml(labels.unassigned)
  }
}

function card(c: ComparisonCard, model: ComparisonModel, labels: ReportLabels): string {
  const lang = safeLang(c.language)
  // In a person's own column the header names them already.
  const speaker = model.columns[c.column]?.actor.person ? null : c.speaker
  const meta = [
    `<span class="kind">${escapeHtml(labels.kinds[c.kind])}</span>`,
    speaker ? `<span class="speaker">${escapeHtml(speaker)}</span>` : '',
    c.date ? escapeHtml(formatDay(c.date, labels)) : '',
    c.outlet ? escapeHtml(c.outlet) : '',
  ].filter(Boolean)
  return `<div class="card kind-${c.kind}">
<div class="meta">${meta.join(' · ')}</div>
<blockquote${lang ? ` lang="${lang}"` : ''}>${highlighted(c)}</blockquote>${
    c.translation ? `\n<div class="translation"><span class="label">${escapeHtml(labels.translation)}:</span> ${escapeHtml(c.translation)}</div>` : ''
  }${c.note ? `\n<div class="note"><span class="label">${escapeHtml(labels.note)}:</span> ${escapeHtml(c.note)}</div>` : ''}
<div class="source">${escapeHtml(c.articleTitle)} <a class="ref" href="#src-${c.ref}">[${c.ref}]</a></div>
</div>`
}

/** The quote with recurring phrases wrapped in <mark>; every piece escaped on its own. */
function highlighted(c: ComparisonCard): string {
  let out = ''
  let at = 0
  for (const h of c.highlights) {
    if (h.start < at || h.end > c.quote.length) continue
    out += escapeHtml(c.quote.slice(at, h.start))
    out += `<mark class="${phraseClass(h.phraseId)}">${escapeHtml(c.quote.slice(h.start, h.end))}</mark>`
    at = h.end
  }
  return out + escapeHtml(c.quote.slice(at))
}

function sourcesSection(sources: readonly SourceRef[], labels: ReportLabels): string {
  const items = sources.map((s) => {
    const href = safeHref(s.url)
    const url = s.url ? (href ? `<a class="url" href="${escapeHtml(href)}">${escapeHtml(s.url)}</a>` : `<span class="url">${escapeHtml(s.url)}</span>`) : ''
    const parts = [
      [s.outlet, labels.quoted(s.title)].filter(Boolean).map((x) => escapeHtml(x!)).join(': '),
      url,
      s.publishedAt ? `${escapeHtml(labels.published)} ${escapeHtml(formatTimestamp(s.publishedAt))}` : '',
      s.capturedAt ? `${escapeHtml(labels.captured)} ${escapeHtml(formatTimestamp(s.capturedAt))}` : '',
      s.captureSha256 ? `${escapeHtml(labels.sha256)}: <span class="sha">${escapeHtml(s.captureSha256)}</span>` : '',
    ].filter(Boolean)
    return `<li id="src-${s.ref}" value="${s.ref}">${parts.join('. ')}</li>`
  })
  return `<section class="sources">
<h2>${escapeHtml(labels.sources)}</h2>
<ol>
${items.join('\n')}
</ol>
</section>`
}
