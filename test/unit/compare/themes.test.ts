import { describe, expect, it } from 'vitest'
import { suggestThemes, suggestionId, type ThemeDocument } from '../../../src/main/core/compare/suggest-themes'
import { analyse } from '../../../src/main/core/compare/text/analyse'
import { conflateKeys } from '../../../src/main/core/compare/text/conflate'

let id = 0
const docs = (specs: [number, string, string][]): ThemeDocument[] => {
  const out = specs.map(([column, text, lang]) => ({ statementId: ++id, column, text, tokens: analyse(text, lang) }))
  conflateKeys(out.map((d) => d.tokens))
  return out
}

const set = docs([
  // CSTO peacekeepers
  [0, 'Die Friedenstruppen der OVKS würden nach Kasachstan entsandt, um strategische Objekte zu schützen.', 'de'],
  [1, 'Belarus entsendet Friedenstruppen der OVKS nach Kasachstan zum Schutz strategischer Objekte.', 'de'],
  [1, 'Миротворцы ОДКБ будут охранять стратегические объекты в Казахстане.', 'ru'],
  // external interference, terrorists
  [0, 'Es handle sich um einen von außen gesteuerten Versuch, die Sicherheit mit Gewalt zu untergraben, mit ausgebildeten bewaffneten Terroristen.', 'de'],
  [1, 'Hinter den Unruhen stünden von außen gesteuerte Terroristen, die den Staat mit Gewalt untergraben wollten.', 'de'],
  // citizens and flights
  [0, 'Für russische Staatsbürger werden Sonderflüge aus Almaty organisiert; die Botschaft arbeitet rund um die Uhr.', 'de'],
  [1, 'Die Botschaft organisiert Sonderflüge aus Almaty für belarussische Staatsbürger.', 'de'],
])

describe('theme suggestions', () => {
  const suggestions = suggestThemes(set)
  const groups = suggestions.map((s) => s.statementIds)

  it('groups statements on the same sub-topic across columns', () => {
    const ids = (from: number, to: number) => set.slice(from, to).map((d) => d.statementId)
    expect(groups).toContainEqual(ids(0, 3))
    expect(groups).toContainEqual(ids(3, 5))
    expect(groups).toContainEqual(ids(5, 7))
    for (const s of suggestions) expect(s.columns).toEqual([0, 1])
  })

  it('labels a group with its shared words as written', () => {
    const flights = suggestions.find((s) => s.statementIds.includes(set[5].statementId))!
    expect(flights.label).toMatch(/Sonderflüge|Almaty|Botschaft|Staatsbürger/)
  })

  it('gives a suggestion a stable id from its statements', () => {
    expect(suggestions[0].id).toBe(suggestionId([...suggestions[0].statementIds].reverse()))
    expect(suggestThemes(set).map((s) => s.id)).toEqual(suggestions.map((s) => s.id))
  })

  it('suggests nothing that stays within one column', () => {
    const one = docs([
      [0, 'Sonderflüge aus Almaty für Staatsbürger.', 'de'],
      [0, 'Weitere Sonderflüge aus Almaty für Staatsbürger.', 'de'],
      [1, 'Миротворцы ОДКБ прибыли.', 'ru'],
    ])
    expect(suggestThemes(one)).toEqual([])
  })
})
