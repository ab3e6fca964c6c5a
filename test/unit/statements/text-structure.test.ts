import { describe, expect, it } from 'vitest'
import { scanQuotes } from '../../../src/main/core/statements/quotes'
import { splitParagraphs, splitSentences } from '../../../src/main/core/statements/text-structure'
import { lexiconFor } from '../../../src/main/core/statements/lexicon'

function sentences(text: string, language = 'de'): string[] {
  const paragraphs = splitParagraphs(text)
  return splitSentences(text, paragraphs, scanQuotes(text), language).map((s) => text.slice(s.start, s.end))
}

describe('paragraphs', () => {
  it('marks short lines without final punctuation as headings, quotes and all', () => {
    const ps = splitParagraphs('Reaktion aus Moskau\n\nDas Ministerium erklärte das.\n\nLawrow: „Wir reagieren“\n\nGefällt mir 14')
    expect(ps.map((p) => p.heading)).toEqual([true, false, true, true])
  })

  it('finds datelines in agency styles', () => {
    for (const [text, dateline] of [
      ['Moskau (dpa) – Der Kreml erklärte das.', 'Moskau (dpa) – '],
      ['KYIV/MOSCOW, Jan 6 (Reuters) - Russia said so.', 'KYIV/MOSCOW, Jan 6 (Reuters) - '],
      ['BERLIN -- The agency said so.', 'BERLIN -- '],
      ['(Reuters) — The ministry said so.', '(Reuters) — '],
      ['МОСКВА, 6 января. /ТАСС/. МИД России заявил это.', 'МОСКВА, 6 января. /ТАСС/. '],
      ['WASHINGTON ― Top lawmakers said so.', 'WASHINGTON ― '],
      ['13.47 Uhr: Kremlsprecher Peskow sagte das.', '13.47 Uhr: '],
      ['By Aaron Humes: The Americas cannot ignore the risk, the director warned.', 'By Aaron Humes: '],
    ]) {
      const [p] = splitParagraphs(text)
      expect(text.slice(p.start, p.bodyStart)).toBe(dateline)
    }
    const [plain] = splitParagraphs('Das Ministerium (MID) – so heißt es – erklärte das.')
    expect(plain.bodyStart).toBe(plain.start)
  })
})

describe('sentences', () => {
  it('does not split at abbreviations, initials and German ordinals', () => {
    expect(sentences('Am 6. Januar sagte Dr. Müller, M. Sacharowa habe z.B. recht. Dann ging er.')).toEqual([
      'Am 6. Januar sagte Dr. Müller, M. Sacharowa habe z.B. recht.',
      'Dann ging er.',
    ])
    expect(sentences('The U.S. side said so. Mr. Price agreed.', 'en')).toEqual(['The U.S. side said so.', 'Mr. Price agreed.'])
    // Legal references in German press releases and court reports (extraction-de).
    expect(sentences('Auf Grundlage des § 3 Abs. 2 CoronaVO habe der Landkreis die Masken vorgeschrieben. Das gelte nach Art. 5 GG auch hier.')).toEqual([
      'Auf Grundlage des § 3 Abs. 2 CoronaVO habe der Landkreis die Masken vorgeschrieben.',
      'Das gelte nach Art. 5 GG auch hier.',
    ])
  })

  it('keeps an inquit after a quote that ends in a question or exclamation mark, with the lexicon\'s verbs of saying', () => {
    // news-dev and scrapinghub (real English news): no comma can follow "?" or "!".
    const text = '“Are you concerned about your candidate of choice?” King asked. “No, not really,” Scott said. “We won!” He said the vote was fair.'
    const paragraphs = splitParagraphs(text)
    const split = splitSentences(text, paragraphs, scanQuotes(text), 'en', lexiconFor('en').speechVerb).map((s) => text.slice(s.start, s.end))
    expect(split).toEqual(['“Are you concerned about your candidate of choice?” King asked.', '“No, not really,” Scott said.', '“We won!”', 'He said the vote was fair.'])
  })

  it('keeps a quotation and its attribution in one sentence', () => {
    expect(sentences('„Wir bleiben. Wir kämpfen.“ Das sagte sie. „Ja“, sagte er.')).toEqual([
      '„Wir bleiben. Wir kämpfen.“',
      'Das sagte sie.',
      '„Ja“, sagte er.',
    ])
  })

  it('splits after a quote that ends a sentence', () => {
    expect(sentences('Er sagte: „Wir gehen.“ Dann ging er.')).toEqual(['Er sagte: „Wir gehen.“', 'Dann ging er.'])
    // A closing mark set apart from its full stop (text rebuilt from tokens, redewiedergabe-de-dev).
    expect(sentences('Er sagte: „Wir gehen. "Der Bericht hebt hervor: „Ja.“')).toEqual(['Er sagte: „Wir gehen. "', 'Der Bericht hebt hervor: „Ja.“'])
  })
})
