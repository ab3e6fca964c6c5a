import type { ComparisonModel } from '../../../../shared/api/compare'

const BOM = '\uFEFF'

/** RFC 4180 field: quoted when it holds a quote, comma, CR or LF; quotes doubled. */
export function csvField(value: string | number | null): string {
  if (value === null) return ''
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * Spreadsheets run a cell that starts with = + - @ (or tab/CR) as a formula; an apostrophe in front
 * keeps an untrusted quote as text (OWASP's CSV-injection advice). Only free-text fields get it.
 */
export function defuseFormula(text: string | null): string | null {
  return text !== null && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

const HEADER = [
  'row',
  'actor_id',
  'actor',
  'date',
  'kind',
  'quote',
  'language',
  'translation',
  'note',
  'recurring_phrases',
  'outlet',
  'article_title',
  'article_id',
  'statement_id',
  'start',
  'end',
  'url',
  'published_at',
  'captured_at',
  'capture_sha256',
  'source_ref',
  'person_id',
  'person',
  'column',
] as const

/**
 * One line per card, in the report's order, UTF-8 with a byte-order mark so Excel reads Cyrillic
 * and umlauts right; CRLF line ends. `row` names the date or theme(s) the card stands in, `actor` the
 * body the statement counts for, `person` who said it where known, `column` the column it stands in.
 */
export function renderCsv(model: ComparisonModel): string {
  const rowsOf = new Map<number, string[]>()
  for (const r of model.rows) {
    const label = r.kind === 'date' ? r.date! : r.label || r.kind
    for (const cell of r.cells) for (const id of cell) rowsOf.set(id, [...(rowsOf.get(id) ?? []), label])
  }
  const phraseText = new Map(model.phrases.map((p) => [p.id, p.text]))
  const order = model.rows.flatMap((r) => r.cells.flat())
  const cards = new Map(model.cards.map((c) => [c.statementId, c]))
  // Body names: the actor columns', and the bodies of the person columns' offices.
  const bodies = new Map(model.columns.flatMap((col) => (col.actor.person ? [[col.actor.person.actorId, col.actor.person.actorName] as const] : [[col.actor.id, col.actor.name] as const])))
  const lines = [HEADER.join(',')]
  for (const id of new Set(order)) {
    const c = cards.get(id)!
    const column = model.columns[c.column].actor
    const phrases = [...new Set(c.highlights.map((h) => phraseText.get(h.phraseId)!))].join(' | ')
    const text = (s: string | null) => csvField(defuseFormula(s))
    lines.push(
      [
        text((rowsOf.get(id) ?? []).join('; ')),
        text(c.actorId),
        text(c.actorId ? (bodies.get(c.actorId) ?? c.actorId) : null),
        csvField(c.date),
        csvField(c.kind),
        text(c.quote),
        csvField(c.language),
        text(c.translation),
        text(c.note),
        text(phrases || null),
        text(c.outlet),
        text(c.articleTitle),
        csvField(c.articleId),
        csvField(c.statementId),
        csvField(c.start),
        csvField(c.end),
        text(c.url),
        csvField(c.publishedAt),
        csvField(c.capturedAt),
        csvField(c.captureSha256),
        csvField(c.ref),
        text(c.personId),
        text(c.personId ? c.speaker : null),
        text(column.name),
      ].join(','),
    )
  }
  return BOM + lines.join('\r\n') + '\r\n'
}
