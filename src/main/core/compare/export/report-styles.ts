import type { CompareLayout, PaperSize } from '../../../../shared/api/compare'
import type { ReportLabels } from './labels'
import { pageRule } from './pdf-options'

/** Background colours for recurring phrases; each phrase also gets an underline so grey printers keep it. */
export const PHRASE_COLOURS = ['#ffe08a', '#b8e2ff', '#c9f2c0', '#ffc9de', '#e0d0ff', '#ffd6b0', '#c8f0ec', '#f0f0a0'] as const

/** The class that colours a phrase's highlights. */
export function phraseClass(phraseId: number): string {
  return `p${(phraseId - 1) % PHRASE_COLOURS.length}`
}

/** Width of the row headings: a day is short, a theme's title needs room to wrap by words. */
export function rowheadMm(layout: CompareLayout): number {
  return layout === 'themes' ? 34 : 24
}

/** A CSS string literal: quotes and backslashes escaped, line breaks and '<' as code points so nothing ends the <style>. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r\u0000-\u001f]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`
}

/**
 * The report's stylesheet, inlined. Designed for paper: a real table whose header row Chromium repeats
 * on every page, rows and cards kept whole where they fit, colours printed as they are.
 * The @page margin box numbers pages when the HTML is printed from a browser's own dialog; a PDF
 * written with a footer template (page.pdf / printToPDF) numbers them there instead.
 */
export function reportStyles(
  paper: PaperSize,
  landscape: boolean,
  labels: ReportLabels,
  pageNumbersInCss: false | { title: string },
  layout: CompareLayout = 'timeline',
): string {
  const phraseRules = PHRASE_COLOURS.map((c, i) => `mark.p${i} { background: ${c}; }`).join('\n')
  const pageNumbers = pageNumbersInCss
    ? `@page {
  @bottom-left { content: ${cssString(pageNumbersInCss.title)}; font: 7.5pt 'DejaVu Sans', Arial, sans-serif; color: #444; }
  @bottom-right { content: ${cssString(labels.page + ' ')} counter(page) ${cssString(' ' + labels.of + ' ')} counter(pages); font: 7.5pt 'DejaVu Sans', Arial, sans-serif; color: #444; }
}`
    : ''
  return `
${pageRule(paper, landscape)}
${pageNumbers}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 8.5pt; line-height: 1.35; color: #111; background: #fff; }
@media screen { body { max-width: 1400px; margin: 16px auto; padding: 0 16px; } }
h1 { font-size: 15pt; margin: 0 0 2mm; }
h2 { font-size: 11pt; margin: 5mm 0 2mm; }
.title-block { border-bottom: 1.5pt solid #111; padding-bottom: 2mm; margin-bottom: 3mm; break-after: avoid; }
.title-block dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.5mm 4mm; margin: 0; }
.title-block dt { font-weight: bold; }
.title-block dd { margin: 0; }
.legend mark { margin-right: 2mm; }
table.comparison { width: 100%; border-collapse: collapse; table-layout: fixed; border-bottom: 0.75pt solid #777; }
table.comparison col.rowhead { width: ${rowheadMm(layout)}mm; }
thead { display: table-header-group; }
thead th { text-align: left; vertical-align: bottom; background: #eceff3; border: 0.75pt solid #777; padding: 1.5mm 2mm; }
thead th .actor { font-size: 10pt; display: block; }
thead th .stats { font-weight: normal; font-size: 7.5pt; color: #333; display: block; }
thead th .office { font-weight: normal; font-style: italic; font-size: 8pt; display: block; }
tbody tr { break-inside: avoid; }
tbody th { text-align: left; vertical-align: top; font-weight: bold; padding: 1.5mm 2mm; border-left: 0.75pt solid #999; border-right: 0.75pt solid #999; background: #f7f7f7; overflow-wrap: anywhere; hyphens: manual; }
tbody th .cont-label { display: block; font-weight: normal; font-size: 7pt; color: #666; }
thead th { overflow-wrap: anywhere; }
tbody tr.first > * { border-top: 0.75pt solid #777; }
tbody tr:not(.first) > * { border-top: 0.5pt dashed #aaa; }
tbody tr:not(.first) > .cont, tbody tr:not(.first) > .rest { border-top: none; }
tbody th .kind { display: block; font-weight: normal; font-size: 7pt; color: #555; text-transform: uppercase; letter-spacing: 0.03em; }
tbody td { vertical-align: top; padding: 1mm 1.5mm; border-left: 0.75pt solid #999; border-right: 0.75pt solid #999; }
tbody td.gap { color: #666; text-align: center; vertical-align: middle; font-style: italic; }
tr.days-gap { break-after: avoid; }
tr.days-gap td { border-left: none; border-right: none; text-align: center; color: #555; font-size: 7.5pt; padding: 0.6mm; background: repeating-linear-gradient(135deg, #fff 0 4px, #f1f1f1 4px 8px); }
.card { break-inside: avoid; padding: 0.5mm 0 1mm; }
.card.cont { padding-top: 0; }
.card blockquote, .card .translation, .card .note { orphans: 3; widows: 3; }
.card .meta { font-size: 7pt; color: #444; margin-bottom: 0.6mm; }
.card .meta .kind { font-weight: bold; text-transform: uppercase; letter-spacing: 0.03em; }
.card .meta .speaker { font-weight: bold; }
.card blockquote { margin: 0; padding-left: 1.6mm; border-left: 1.2pt solid #555; white-space: pre-wrap; overflow-wrap: anywhere; }
.card.kind-reported blockquote { font-style: italic; border-left-style: dotted; }
.card .translation, .card .note { margin-top: 0.8mm; font-size: 7.8pt; white-space: pre-wrap; overflow-wrap: anywhere; }
.card .translation { color: #223; }
.card .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 2mm; }
.card .pair .translation { margin-top: 0; padding-left: 1.6mm; border-left: 0.75pt solid #bbb; }
.card .note { color: #333; background: #f5f5f5; padding: 0.5mm 1mm; }
.card .label { font-weight: bold; }
.card .source { margin-top: 0.6mm; font-size: 7pt; color: #444; overflow-wrap: anywhere; }
a { color: inherit; }
a.ref { text-decoration: none; font-weight: bold; }
mark { color: inherit; border-bottom: 1pt solid #333; padding: 0 0.2mm; }
${phraseRules}
.sources { break-before: auto; }
.sources ol { margin: 0; padding-left: 0; list-style: none; font-size: 7.5pt; }
.sources li { padding-left: 9mm; text-indent: -9mm; }
.sources .n { display: inline-block; width: 9mm; text-indent: 0; font-weight: bold; }
.summary-block { margin-bottom: 4mm; }
.summary-block h2 { margin-top: 0; }
table.summary { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: 3mm; font-size: 8pt; }
table.summary col.who { width: 22%; }
table.summary col.n { width: 12%; }
table.summary col.span { width: 16%; }
table.summary col.speakers { width: 18%; }
table.summary th, table.summary td { border: 0.5pt solid #999; padding: 1mm 1.5mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
table.summary thead th { background: #eceff3; }
table.summary tr { break-inside: avoid; }
table.summary .sub { display: block; font-size: 7pt; color: #555; }
table.summary .kind { display: block; font-weight: normal; font-size: 6.5pt; color: #555; text-transform: uppercase; }
table.summary q { font-style: italic; }
table.summary.themes td.num { text-align: center; }
.sources li { break-inside: avoid; margin-bottom: 1mm; overflow-wrap: anywhere; }
.sources .sha { font-family: 'DejaVu Sans Mono', Consolas, monospace; font-size: 6.8pt; word-break: break-all; }
.sources .url { word-break: break-all; }
`
}
