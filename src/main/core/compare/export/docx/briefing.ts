import {
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Footer,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  AlignmentType,
  ShadingType,
} from 'docx'
import type { ComparisonCard, ComparisonModel, ComparisonRow, ExportOptions } from '../../../../../shared/api/compare'
import { summarise } from '../../summary/summarise'
import { excerpt } from '../../summary/strongest'
import { formatDay, formatSpan } from '../format'
import { officeLabel, reportLabels, type ReportLabels } from '../labels'
import { cardParagraphs, labelled } from './cards'
import { FootnoteCiter, sourceRuns } from './citations'
import { briefingStyles, STYLE } from './styles'

export interface DocxOptions extends ExportOptions {
  /** The same comparison in the themes layout: lends a timeline briefing its actor × theme table. */
  themesModel?: ComparisonModel
}

/** Twips (1/1440 inch) of the paper, portrait; Word turns them for landscape. */
const PAPER = { a4: { width: 11906, height: 16838 }, letter: { width: 12240, height: 15840 } } as const
const MARGIN = 720

/**
 * The comparison as a Word briefing (DOCX, via the `docx` library): title and scope, the summary (who said
 * what, how often, first and last day, strongest statement), the actor × theme table (counts and the
 * strongest statement per cell), the side-by-side rows as a table whose header row repeats on every page,
 * quotes in Word's Quote style with their sources as real footnotes, the analyst's translations and notes,
 * and the numbered sources. Everything is text Word lays out itself, so it can be edited and re-flowed.
 */
export async function renderDocx(model: ComparisonModel, options: DocxOptions = {}): Promise<Uint8Array> {
  const labels = reportLabels(options.locale)
  const title = model.title || labels.defaultTitle
  const sources = new Map(model.sources.map((s) => [s.ref, s]))
  const citer = new FootnoteCiter(sources, labels)
  const cards = new Map(model.cards.map((c) => [c.statementId, c]))
  const summary = summarise(model, options.themesModel)
  const paper = PAPER[options.paper ?? 'a4']
  const landscape = options.landscape ?? true
  const pageWidth = (landscape ? paper.height : paper.width) - 2 * MARGIN

  // Made in reading order: footnote numbers follow the order their references are made.
  const body: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    ...titleFacts(model, labels),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(labels.summary)] }),
    summaryTable(summary, labels, citer, pageWidth),
  ]
  if (summary.themes.length) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(labels.themesByActor)] }))
    body.push(themeTable(summary, model, labels, citer, pageWidth))
  }
  body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(labels.sideBySide)] }))
  body.push(comparisonTable(model, cards, labels, citer, pageWidth))
  const annotated = model.rows.flatMap((r) => r.cells.flat()).map((id) => cards.get(id)!).filter((c, i, all) => (c.note || c.translation) && all.indexOf(c) === i)
  if (annotated.length) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(labels.notesAndTranslations)] }))
    for (const c of annotated) body.push(...annotation(c, model, labels))
  }
  body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(labels.sources)] }))
  for (const s of model.sources) body.push(new Paragraph({ style: STYLE.small, keepLines: true, children: sourceRuns(s, labels) }))

  const doc = new Document({
    creator: 'Parallax',
    title,
    description: model.scopeLabel,
    styles: briefingStyles,
    sections: [
      {
        properties: {
          page: {
            size: { width: paper.width, height: paper.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: `${title} · ${labels.page} `, size: 14 }), new TextRun({ children: [PageNumber.CURRENT], size: 14 })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

function titleFacts(model: ComparisonModel, labels: ReportLabels): Paragraph[] {
  const facts: [string, string][] = [
    [labels.scope, model.scopeLabel],
    [labels.actors, model.columns.map((c) => c.actor.name).join(' · ')],
    [labels.reportDate, formatDay(model.generatedAt.slice(0, 10), labels)],
    [labels.layout, labels.layouts[model.layout]],
  ]
  if (model.phrases.length) facts.push([labels.recurringPhrases, model.phrases.map((p) => p.text).join(' · ')])
  return facts.map(([k, v]) => new Paragraph({ children: [new TextRun({ text: `${k}: `, bold: true }), new TextRun(v)] }))
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: '999999' }
const BORDERS = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin }
const HEAD_FILL = { type: ShadingType.CLEAR, fill: 'ECEFF3', color: 'auto' }

function cell(children: Paragraph[], width: number, head = false): TableCell {
  return new TableCell({
    children: children.length ? children : [new Paragraph('')],
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(head ? { shading: HEAD_FILL } : {}),
  })
}

const text = (t: string, extra: object = {}) => new Paragraph({ style: STYLE.tableText, children: [new TextRun({ text: t, ...extra })] })

/** Widths in twips that add up to the page: the first column `first`, the rest shared evenly. */
function widths(total: number, first: number, n: number): number[] {
  const rest = Math.floor((total - first) / n)
  return [first, ...Array.from({ length: n }, () => rest)]
}

function table(rows: TableRow[], columnWidths: number[]): Table {
  return new Table({ rows, columnWidths, width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, borders: BORDERS })
}

/** A strongest statement: an excerpt in quotation marks and its footnote. */
function strongestParagraph(card: ComparisonCard | null, labels: ReportLabels, citer: FootnoteCiter): Paragraph {
  if (!card) return text('—')
  return new Paragraph({ style: STYLE.tableText, children: [new TextRun({ text: labels.quoted(excerpt(card.quote, 200)), italics: true }), citer.cite(card)] })
}

function summaryTable(summary: ReturnType<typeof summarise>, labels: ReportLabels, citer: FootnoteCiter, pageWidth: number): Table {
  const w = [0.2, 0.13, 0.15, 0.17, 0.35].map((f) => Math.floor(f * pageWidth))
  const head = new TableRow({
    tableHeader: true,
    children: [labels.who, labels.howOften, labels.firstLast, labels.speakers, labels.strongest].map((h, i) => cell([text(h, { bold: true })], w[i], true)),
  })
  const rows = summary.columns.map(
    (c) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell([text(c.name, { bold: true })], w[0]),
          cell([text(String(c.count), { bold: true }), text(labels.kindCounts(c.kinds), { size: 14 })], w[1]),
          cell([text(formatSpan(c.firstDate, c.lastDate, labels) || '—'), text(labels.articles(c.articles), { size: 14 })], w[2]),
          cell([text(c.speakers.map((s) => `${s.name} (${s.count})`).join(', ') || '—')], w[3]),
          cell([strongestParagraph(c.strongest, labels, citer)], w[4]),
        ],
      }),
  )
  return table([head, ...rows], w)
}

function themeTable(summary: ReturnType<typeof summarise>, model: ComparisonModel, labels: ReportLabels, citer: FootnoteCiter, pageWidth: number): Table {
  const w = widths(pageWidth, Math.floor(pageWidth * 0.18), model.columns.length)
  const head = new TableRow({
    tableHeader: true,
    children: [cell([text(labels.theme, { bold: true })], w[0], true), ...model.columns.map((c, i) => cell([text(c.actor.name, { bold: true })], w[i + 1], true))],
  })
  const rows = summary.themes.map(
    (t) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell([...(t.suggested ? [text(labels.suggested.toUpperCase(), { size: 13, color: '555555' })] : []), text(t.label, { bold: true })], w[0]),
          ...t.cells.map((c, i) => cell(c.count ? [text(labels.statements(c.count), { bold: true }), strongestParagraph(c.strongest, labels, citer)] : [text('—')], w[i + 1])),
        ],
      }),
  )
  return table([head, ...rows], w)
}

function rowLabel(r: ComparisonRow, labels: ReportLabels): Paragraph[] {
  switch (r.kind) {
    case 'date':
      return [text(formatDay(r.date, labels, true), { bold: true })]
    case 'undated':
      return [text(labels.undated, { bold: true })]
    case 'unassigned':
      return [text(labels.unassigned, { bold: true })]
    case 'suggestion':
      return [text(labels.suggested.toUpperCase(), { size: 13, color: '555555' }), text(r.label, { bold: true })]
    default:
      return [text(r.label, { bold: true })]
  }
}

/**
 * The side-by-side rows as one table: a header row with the columns (repeated on every page by Word),
 * then a row per day or theme with every column's cards in its cell, "— no statement —" for a gap.
 */
function comparisonTable(model: ComparisonModel, cards: Map<number, ComparisonCard>, labels: ReportLabels, citer: FootnoteCiter, pageWidth: number): Table {
  const w = widths(pageWidth, model.layout === 'themes' ? 2000 : 1400, model.columns.length)
  const head = new TableRow({
    tableHeader: true,
    children: [
      cell([text(model.layout === 'timeline' ? labels.date : labels.theme, { bold: true })], w[0], true),
      ...model.columns.map((c, i) =>
        cell(
          [
            text(c.actor.name, { bold: true }),
            ...(c.actor.person ? [text(officeLabel(labels, c.actor.person.role, c.actor.person.actorName), { italics: true, size: 15 })] : []),
            text([labels.statements(c.count), formatSpan(c.firstDate, c.lastDate, labels)].filter(Boolean).join(' · '), { size: 14 }),
          ],
          w[i + 1],
          true,
        ),
      ),
    ],
  })
  const rows: TableRow[] = []
  for (const r of model.rows) {
    if (r.gapDaysBefore > 0) {
      rows.push(
        new TableRow({
          children: [new TableCell({ columnSpan: model.columns.length + 1, children: [text(labels.daysWithout(r.gapDaysBefore), { italics: true, size: 14, color: '555555' })] })],
        }),
      )
    }
    rows.push(
      new TableRow({
        children: [
          cell(rowLabel(r, labels), w[0]),
          ...r.cells.map((ids, i) =>
            cell(ids.length ? ids.flatMap((id) => cardParagraphs(cards.get(id)!, model, labels, citer)) : [text(labels.noStatement, { italics: true, color: '666666' })], w[i + 1]),
          ),
        ],
      }),
    )
  }
  return table([head, ...rows], w)
}

/** A translated or annotated card again, for reading the analyst's work in one place. */
function annotation(c: ComparisonCard, model: ComparisonModel, labels: ReportLabels): Paragraph[] {
  const who = model.columns[c.column]?.actor.name ?? ''
  const out = [
    new Paragraph({ style: STYLE.cardMeta, keepNext: true, children: [new TextRun({ text: [who, c.date ? formatDay(c.date, labels) : null, `[${c.ref}]`].filter(Boolean).join(' · '), bold: true })] }),
    new Paragraph({ style: STYLE.quote, keepNext: true, children: [new TextRun(c.quote)] }),
  ]
  if (c.translation) out.push(labelled(labels.translation, c.translation, STYLE.translation))
  if (c.note) out.push(labelled(labels.note, c.note, STYLE.note))
  return out
}
