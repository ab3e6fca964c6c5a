import { ExternalHyperlink, FootnoteReferenceRun, Paragraph, TextRun } from 'docx'
import type { ComparisonCard, SourceRef } from '../../../../../shared/api/compare'
import { safeHref } from '../escape'
import { formatDay, formatTimestamp } from '../format'
import type { ReportLabels } from '../labels'

/** "Outlet, “Title”, 5 Jan 2022" — how a source is named, in the report's language. */
export function sourceName(s: SourceRef, labels: ReportLabels): string {
  return [s.outlet, labels.quoted(s.title), s.publishedAt ? formatDay(s.publishedAt.slice(0, 10), labels) : ''].filter(Boolean).join(', ')
}

/** A source in full: name, URL (a link only for http(s)), publication and capture times, SHA-256 of the capture. */
export function sourceRuns(s: SourceRef, labels: ReportLabels, size?: number): (TextRun | ExternalHyperlink)[] {
  const text = (t: string, extra: object = {}) => new TextRun({ text: t, size, ...extra })
  const runs: (TextRun | ExternalHyperlink)[] = [text(`[${s.ref}] ${sourceName(s, labels)}.`)]
  if (s.url) {
    const href = safeHref(s.url)
    runs.push(text(' '))
    runs.push(href ? new ExternalHyperlink({ link: href, children: [text(s.url, { style: 'Hyperlink' })] }) : text(s.url))
    runs.push(text('.'))
  }
  if (s.publishedAt) runs.push(text(` ${labels.published} ${formatTimestamp(s.publishedAt)}.`))
  if (s.capturedAt) runs.push(text(` ${labels.captured} ${formatTimestamp(s.capturedAt)}.`))
  if (s.captureSha256) runs.push(text(` ${labels.sha256}: `), text(s.captureSha256, { font: 'Consolas' }))
  return runs
}

/**
 * Word footnotes for the cards' sources: the first note citing an article gives it in full, later ones
 * name it and point back to that note ("See note 3."), as briefings cite. Footnote numbers are Word's own,
 * in the order the references stand in the document, which is the order they are made here.
 */
export class FootnoteCiter {
  private readonly firstNote = new Map<number, number>()
  private notes = 0

  constructor(
    private readonly sources: ReadonlyMap<number, SourceRef>,
    private readonly labels: ReportLabels,
  ) {}

  /** A footnote reference for the card's source, to stand right after its quote. */
  cite(card: ComparisonCard): FootnoteReferenceRun {
    const n = ++this.notes
    const source = this.sources.get(card.ref)!
    const first = this.firstNote.get(card.ref)
    if (first === undefined) this.firstNote.set(card.ref, n)
    const children =
      first === undefined
        ? [new Paragraph({ children: sourceRuns(source, this.labels) })]
        : [new Paragraph({ children: [new TextRun(`[${source.ref}] ${sourceName(source, this.labels)}. ${this.labels.seeNote(first)}`)] })]
    return new FootnoteReferenceRun({ children })
  }

  get count(): number {
    return this.notes
  }
}
