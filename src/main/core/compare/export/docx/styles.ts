import { AlignmentType, type IStylesOptions } from 'docx'
import { PHRASE_COLOURS } from '../report-styles'

/** Paragraph style ids of the briefing (Word shows the names; "Quote" is Word's own built-in name). */
export const STYLE = {
  quote: 'Quote',
  cardMeta: 'CardMeta',
  translation: 'CardTranslation',
  note: 'CardNote',
  small: 'Small',
  tableText: 'TableText',
} as const

/** The report's phrase colours without '#', as Word's shading fills. */
export const PHRASE_FILLS = PHRASE_COLOURS.map((c) => c.slice(1).toUpperCase())

/** Sizes are half-points (Word's unit): 18 = 9 pt. */
export const briefingStyles: IStylesOptions = {
  default: { document: { run: { font: 'Calibri', size: 20 } } },
  paragraphStyles: [
    {
      id: STYLE.quote,
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { italics: true, size: 18 },
      paragraph: { indent: { left: 200 }, spacing: { before: 20, after: 60 }, border: { left: { style: 'single', size: 8, color: '555555', space: 6 } } },
    },
    { id: STYLE.cardMeta, name: 'Card meta', basedOn: 'Normal', run: { size: 14, color: '444444' }, paragraph: { spacing: { before: 80, after: 10 } } },
    { id: STYLE.translation, name: 'Card translation', basedOn: 'Normal', run: { size: 16, color: '222233' }, paragraph: { spacing: { after: 40 } } },
    {
      id: STYLE.note,
      name: 'Card note',
      basedOn: 'Normal',
      run: { size: 16, color: '333333' },
      paragraph: { spacing: { after: 40 }, shading: { type: 'clear', fill: 'F2F2F2', color: 'auto' } },
    },
    { id: STYLE.small, name: 'Small', basedOn: 'Normal', run: { size: 16 } },
    // Word's own footnote style, smaller than its 10 pt default: a source with its SHA-256 is long.
    { id: 'FootnoteText', name: 'footnote text', basedOn: 'Normal', run: { size: 14 }, paragraph: { spacing: { after: 0 } } },
    { id: STYLE.tableText, name: 'Table text', basedOn: 'Normal', run: { size: 17 }, paragraph: { alignment: AlignmentType.LEFT, spacing: { after: 20 } } },
  ],
}
