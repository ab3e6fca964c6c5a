import { describe, expect, it } from 'vitest'
import { findRecurringPhrases, type PhraseDocument } from '../../../src/main/core/compare/phrases'
import { analyse } from '../../../src/main/core/compare/text/analyse'
import { conflateKeys } from '../../../src/main/core/compare/text/conflate'

const doc = (column: number, text: string, language: string | null = null): PhraseDocument => ({ column, text, tokens: analyse(text, language) })
const marked = (d: PhraseDocument, highlights: { start: number; end: number }[]) => highlights.map((h) => d.text.slice(h.start, h.end))

describe('recurring phrases', () => {
  it('matches inflected forms through stems, across German, English and Russian', () => {
    const docs = [
      doc(0, 'Terroristen hätten Verwaltungsgebäude gestürmt.', 'de'),
      doc(1, 'Armed terrorists stormed administrative buildings.', 'en'),
      doc(2, 'Террористы захватили здания администрации.', 'ru'),
    ]
    const { phrases, highlights } = findRecurringPhrases(docs)
    const terror = phrases.find((p) => p.key === 'terorist')
    expect(terror?.columns).toEqual([0, 1, 2])
    expect(terror?.text).toBe('Terroristen / terrorists / Террористы')
    expect(marked(docs[0], highlights[0])).toContain('Terroristen')
    expect(marked(docs[1], highlights[1])).toContain('terrorists')
    expect(marked(docs[2], highlights[2])).toContain('Террористы')
  })

  it('highlights the whole inflected Russian word ("колонн…")', () => {
    const docs = [doc(0, 'Колонна боевиков двигалась к аэропорту.', 'ru'), doc(1, 'Видели колоннами идущих людей.', 'ru')]
    const { highlights } = findRecurringPhrases(docs)
    expect(marked(docs[0], highlights[0])).toEqual(['Колонна'])
    expect(marked(docs[1], highlights[1])).toEqual(['колоннами'])
  })

  it('keeps a function word that every occurrence shares ("von außen")', () => {
    const docs = [
      doc(0, 'Ein von außen gesteuerter Umsturzversuch.', 'de'),
      doc(1, 'Die Unruhen seien von außen organisiert worden.', 'de'),
    ]
    const { phrases, highlights } = findRecurringPhrases(docs)
    expect(phrases.map((p) => p.text)).toContain('von außen')
    expect(marked(docs[0], highlights[0])).toEqual(['von außen'])
    expect(marked(docs[1], highlights[1])).toEqual(['von außen'])
  })

  it('prefers the longest shared phrase and drops its parts when they never occur alone', () => {
    const docs = [
      doc(0, 'Es handle sich um einen gut organisierten Putschversuch gegen die Regierung.', 'de'),
      doc(1, 'Minsk spricht von einem gut organisierten Putschversuch.', 'de'),
    ]
    const { phrases } = findRecurringPhrases(docs)
    expect(phrases.map((p) => p.text)).toEqual(['gut organisierten Putschversuch'])
  })

  it('needs two columns: repetition within one column is not a recurring phrase', () => {
    const docs = [doc(0, 'Putschversuch und Putschversuch.', 'de'), doc(0, 'Ein Putschversuch.', 'de'), doc(1, 'Nichts davon.', 'de')]
    expect(findRecurringPhrases(docs).phrases).toEqual([])
  })

  it('ignores function words and bare numbers', () => {
    const docs = [
      doc(0, 'Die Lage in Almaty bleibt angespannt, sagte er am 5. Januar 2022.', 'de'),
      doc(1, 'Die Lage in Almaty sei stabil, hieß es am 6. Januar 2022.', 'de'),
    ]
    expect(findRecurringPhrases(docs).phrases.map((p) => p.text).sort()).toEqual(['Januar 2022', 'Lage in Almaty'])
  })

  it('leaves out the topic itself: words of the event title are no shared formulation', () => {
    const docs = [doc(0, 'Kasachstan braucht Ruhe.', 'de'), doc(1, 'Ситуация в Казахстане остаётся трудной.', 'ru')]
    expect(findRecurringPhrases(docs).phrases.map((p) => p.text)).toEqual(['Kasachstan / Казахстане'])
    const topicKeys = new Set(analyse('Unrest in Kazakhstan', 'en').map((t) => t.key))
    expect(findRecurringPhrases(docs, { topicKeys }).phrases).toEqual([])
  })

  it('merges stems that differ by a short tail (Snowball stems "Казахстан" and "Казахстане" apart)', () => {
    const docs = [doc(0, 'Казахстан переживает трудные дни.', 'ru'), doc(1, 'Kasachstan braucht Ruhe.', 'de'), doc(1, 'В Казахстане спокойно.', 'ru')]
    expect(findRecurringPhrases(docs).phrases).toEqual([])
    conflateKeys(docs.map((d) => d.tokens))
    const { phrases, highlights } = findRecurringPhrases(docs)
    expect(phrases.map((p) => p.columns)).toEqual([[0, 1]])
    expect(highlights.map((h, i) => marked(docs[i], h))).toEqual([['Казахстан'], ['Kasachstan'], ['Казахстане']])
  })

  it('never lets a phrase run across punctuation or quotation marks', () => {
    const docs = [doc(0, 'Sicherheit. Stabilität wurde betont.', 'de'), doc(1, 'Sicherheit und Stabilität.', 'de')]
    const texts = findRecurringPhrases(docs).phrases.map((p) => p.text)
    expect(texts).toEqual(expect.arrayContaining(['Sicherheit', 'Stabilität']))
    expect(texts.some((t) => t.includes('.'))).toBe(false)
  })
})

describe('recurring phrases: what is shown', () => {
  it('never offers reporting verbs or subjunctive auxiliaries as shared wording', () => {
    const docs = [
      doc(0, 'Die Lage sei ernst, sagte er; Terroristen hätten angegriffen.', 'de'),
      doc(1, 'Die Lage sei ruhig, sagte sie; Soldaten hätten geholfen.', 'de'),
    ]
    const texts = findRecurringPhrases(docs).phrases.map((p) => p.text)
    // "Lage" is a filler word too: shared by every report on anything, no formulation of its own.
    expect(texts).toEqual([])
  })

  it('marks the longest shared wording whole, and lists only phrases that are marked somewhere', () => {
    const docs = [
      doc(0, 'Это не мирный протест, а терроризм.', 'ru'),
      doc(1, 'Но это не мирный протест.', 'ru'),
      doc(1, 'Мирные граждане пострадали, протест утих, терроризм осуждён.', 'ru'),
      doc(0, 'Протест был мирным.', 'ru'),
    ]
    const { phrases, highlights } = findRecurringPhrases(docs)
    expect(highlights.map((h, i) => marked(docs[i], h))).toEqual([
      ['Это не мирный протест', 'терроризм'],
      ['это не мирный протест'],
      ['Мирные', 'протест', 'терроризм'],
      ['Протест', 'мирным'],
    ])
    for (const p of phrases) expect(highlights.flat().some((h) => h.phraseId === p.id), p.text).toBe(true)
  })
})
