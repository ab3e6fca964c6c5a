/**
 * Statements about the same thing, in German, Russian and English, meet: the term-equivalence layer makes
 * "ОДКБ", "OVKS" and "CSTO" (and "Friedenstruppen", "миротворцы", "peacekeepers"; "von außen", "извне",
 * "from outside") one word in any inflection, so themes are suggested across languages with a key phrase
 * as their title, and recurring phrases are matched across languages too.
 */
import { describe, expect, it } from 'vitest'
import { buildComparisonModel } from '../../../src/main/core/compare/build-model'
import { shippedTermGroups, parseTerm } from '../../../src/main/core/compare/storage/term-groups'
import { analyse } from '../../../src/main/core/compare/text/analyse'
import { TermIndex } from '../../../src/main/core/compare/text/terms'
import { BY, KZ, RU, card } from './cards'

const terms = new TermIndex(shippedTermGroups())

describe('the term-equivalence layer', () => {
  it('makes an organisation one word in every language, abbreviation and inflection', () => {
    const keyOf = (text: string, lang: string) => {
      const tokens = analyse(text, lang)
      terms.annotate(tokens, text)
      return tokens.filter((t) => t.concept).map((t) => [t.key, t.surface])
    }
    expect(keyOf('Die Truppen der OVKS rücken ein.', 'de')).toEqual([['§csto', 'OVKS']])
    expect(keyOf('Миротворцы ОДКБ прибыли.', 'ru')).toEqual([['§peacekeepers', 'Миротворцы'], ['§csto', 'ОДКБ']])
    expect(keyOf('The Collective Security Treaty Organization said so.', 'en')).toEqual([['§csto', 'Collective Security Treaty Organization']])
    expect(keyOf('Генсек Организации Договора о коллективной безопасности', 'ru')).toEqual([['§csto', 'Организации Договора о коллективной безопасности']])
    expect(keyOf('Беспорядки в Казахстане', 'ru').map(([k]) => k)).toEqual(['§unrest', '§kazakhstan'])
    expect(keyOf('Unrest in Kazakhstan', 'en').map(([k]) => k)).toEqual(['§unrest', '§kazakhstan'])
  })

  it("joins groups that share a term, so the analyst's group extends a shipped one", () => {
    const index = new TermIndex([...shippedTermGroups(), { id: 'own-1', terms: ['ОДКБ', 'Ташкентский договор'].map(parseTerm) }])
    const tokens = analyse('Ташкентский договор и ОДКБ', 'ru')
    index.annotate(tokens, 'Ташкентский договор и ОДКБ')
    const keys = tokens.filter((t) => t.concept).map((t) => t.key)
    expect(keys).toHaveLength(2)
    expect(new Set(keys).size).toBe(1)
  })

  it('reads "Kasachstan@de" as a term with its language', () => {
    expect(parseTerm('Kasachstan@de')).toEqual({ text: 'Kasachstan', language: 'de' })
    expect(parseTerm('user@example.org')).toEqual({ text: 'user@example.org', language: null })
  })
})

describe('a comparison across German, Russian and English', () => {
  const cards = [
    card('ru-mfa', 'Die Friedenstruppen der OVKS sollen strategische Objekte in Kasachstan schützen.', '2022-01-06', { language: 'de' }),
    card('by-mfa', 'Миротворцы ОДКБ будут охранять стратегические объекты в Казахстане.', '2022-01-06', { language: 'ru' }),
    card('kz-mfa', 'CSTO peacekeepers will guard strategic facilities in Kazakhstan.', '2022-01-07', { language: 'en' }),
    card('ru-mfa', 'Die Unruhen seien von außen gesteuert worden.', '2022-01-07', { language: 'de' }),
    card('by-mfa', 'Беспорядки были инспирированы извне.', '2022-01-08', { language: 'ru' }),
    card('kz-mfa', 'The unrest was inspired from outside, the ministry said.', '2022-01-08', { language: 'en' }),
    card('ru-mfa', 'Wir bleiben mit unseren befreundeten Partnern im Land in engem Kontakt und leisten Hilfe.', '2022-01-09', { language: 'de' }),
    card('by-mfa', 'Мы оказываем помощь дружественной стране и поддерживаем тесный контакт.', '2022-01-09', { language: 'ru' }),
  ]
  const model = buildComparisonModel({
    title: 'Unruhen in Kasachstan, Januar 2022',
    scopeLabel: 'Ereignis: Unruhen in Kasachstan',
    actors: [RU, BY, KZ],
    cards,
    layout: 'themes',
    terms,
  })
  const ids = (from: number, to: number) => cards.slice(from, to).map((c) => c.statementId).sort((a, b) => a - b)

  it('groups the same topic across languages into one suggested theme each', () => {
    const groups = model.suggestions.map((s) => s.statementIds)
    expect(groups).toContainEqual(ids(0, 3))
    expect(groups).toContainEqual(ids(3, 6))
    for (const s of model.suggestions.filter((x) => x.statementIds.length === 3)) expect(s.columns).toEqual([0, 1, 2])
  })

  it('titles a theme with a key phrase, not a word list', () => {
    const title = (from: number) => model.suggestions.find((s) => s.statementIds.includes(cards[from].statementId))!.label
    for (const t of [title(0), title(3)]) {
      expect(t).not.toContain(' · ')
      expect(t.charAt(0)).toBe(t.charAt(0).toLocaleUpperCase())
    }
    expect(title(0)).toMatch(/Friedenstruppen der OVKS|Миротворцы ОДКБ|CSTO peacekeepers|[Ss]trategische Objekte|стратегические объекты|strategic facilities/i)
    expect(title(3)).toMatch(/von außen|извне|from outside/i)
  })

  it('finds recurring phrases across languages, and none made of filler words', () => {
    const texts = model.phrases.map((p) => p.text)
    expect(texts.some((t) => /OVKS|ОДКБ|CSTO/.test(t) && t.includes(' / '))).toBe(true)
    expect(texts.some((t) => /von außen|извне|from outside/.test(t))).toBe(true)
    for (const filler of ['befreundeten', 'Hilfe', 'Land', 'помощь', 'стране']) expect(texts).not.toContain(filler)
  })
})
