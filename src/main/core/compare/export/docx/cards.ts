import { Paragraph, ShadingType, TextRun } from 'docx'
import type { ComparisonCard, ComparisonModel } from '../../../../../shared/api/compare'
import { formatDay } from '../format'
import type { ReportLabels } from '../labels'
import type { FootnoteCiter } from './citations'
import { PHRASE_FILLS, STYLE } from './styles'

/** Word's language tag for a card's ISO 639-1 code, so spelling and hyphenation follow the quote's language. */
function wordLanguage(code: string | null): string | undefined {
  const map: Record<string, string> = { de: 'de-DE', en: 'en-GB', ru: 'ru-RU', uk: 'uk-UA', fr: 'fr-FR' }
  return code ? (map[code] ?? code) : undefined
}

/** The quote as runs: recurring phrases shaded in their colour, the language set on every run. */
function quoteRuns(card: ComparisonCard): TextRun[] {
  const language = wordLanguage(card.language)
  const lang = language ? { language: { value: language } } : {}
  const runs: TextRun[] = []
  let at = 0
  for (const h of card.highlights) {
    if (h.start < at || h.end > card.quote.length) continue
    if (h.start > at) runs.push(new TextRun({ text: card.quote.slice(at, h.start), ...lang }))
    const fill = PHRASE_FILLS[(h.phraseId - 1) % PHRASE_FILLS.length]
    runs.push(new TextRun({ text: card.quote.slice(h.start, h.end), shading: { type: ShadingType.CLEAR, fill, color: 'auto' }, ...lang }))
    at = h.end
  }
  if (at < card.quote.length) runs.push(new TextRun({ text: card.quote.slice(at), ...lang }))
  return runs
}

/**
 * A card in Word: a meta line (kind · speaker · date · outlet), the quote in the Quote style with its
 * source as a footnote, then the analyst's translation and note, each labelled.
 */
export function cardParagraphs(card: ComparisonCard, model: ComparisonModel, labels: ReportLabels, citer: FootnoteCiter): Paragraph[] {
  const speaker = model.columns[card.column]?.actor.person ? null : card.speaker
  const meta = [labels.kinds[card.kind].toUpperCase(), speaker, card.date ? formatDay(card.date, labels) : null, card.outlet].filter(Boolean).join(' · ')
  const out = [
    new Paragraph({ style: STYLE.cardMeta, keepNext: true, children: [new TextRun(meta)] }),
    new Paragraph({ style: STYLE.quote, children: [...quoteRuns(card), citer.cite(card)] }),
  ]
  if (card.translation) out.push(labelled(labels.translation, card.translation, STYLE.translation))
  if (card.note) out.push(labelled(labels.note, card.note, STYLE.note))
  return out
}

export function labelled(label: string, text: string, style: string): Paragraph {
  return new Paragraph({ style, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(text)] })
}
