import type { ComparisonModel } from '../../../../shared/api/compare'
import type { ReportSummary } from '../summary/summarise'
import { excerpt } from '../summary/strongest'
import { escapeHtml, safeLang } from './escape'
import { formatSpan } from './format'
import type { ReportLabels } from './labels'

/**
 * The summary under the title: per column who said how much, first and last day, who spoke, and the
 * strongest statement with its source number; then, where the report has themes, the actor × theme table.
 */
export function summaryHtml(summary: ReportSummary, model: ComparisonModel, labels: ReportLabels): string {
  const rows = summary.columns.map((c) => {
    const s = c.strongest
    const speakers = c.speakers.map((p) => `${escapeHtml(p.name)} (${p.count})`).join(', ')
    const lang = s ? safeLang(s.language) : null
    return `<tr><th scope="row">${escapeHtml(c.name)}</th><td class="num">${c.count}<span class="sub">${escapeHtml(labels.kindCounts(c.kinds))}</span></td><td>${escapeHtml(
      formatSpan(c.firstDate, c.lastDate, labels),
    )}<span class="sub">${escapeHtml(labels.articles(c.articles))}</span></td><td>${speakers || '—'}</td><td>${
      s ? `<q${lang ? ` lang="${lang}"` : ''}>${escapeHtml(excerpt(s.quote))}</q> <a class="ref" href="#src-${s.ref}">[${s.ref}]</a>` : '—'
    }</td></tr>`
  })
  const themes = summary.themes.length
    ? `<table class="summary themes">
<thead><tr><th scope="col">${escapeHtml(labels.theme)}</th>${model.columns.map((c) => `<th scope="col">${escapeHtml(c.actor.name)}</th>`).join('')}</tr></thead>
<tbody>
${summary.themes
  .map(
    (t) =>
      `<tr><th scope="row">${t.suggested ? `<span class="kind">${escapeHtml(labels.suggested)}</span>` : ''}${escapeHtml(t.label)}</th>${t.cells
        .map((cell) => `<td class="num">${cell.count || '—'}</td>`)
        .join('')}</tr>`,
  )
  .join('\n')}
</tbody>
</table>`
    : ''
  return `<section class="summary-block">
<h2>${escapeHtml(labels.summary)}</h2>
<table class="summary">
<colgroup><col class="who"><col class="n"><col class="span"><col class="speakers"><col></colgroup>
<thead><tr><th scope="col">${escapeHtml(labels.who)}</th><th scope="col">${escapeHtml(labels.howOften)}</th><th scope="col">${escapeHtml(labels.firstLast)}</th><th scope="col">${escapeHtml(
    labels.speakers,
  )}</th><th scope="col">${escapeHtml(labels.strongest)}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
${themes}
</section>`
}
