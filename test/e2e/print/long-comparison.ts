/**
 * A comparison made to stress paper: four columns with long names (one a person's), three languages,
 * quotes from one line to most of a page, notes and translations, an analyst's theme whose title has
 * a 40-letter German compound, suggested themes, and enough days for several pages in either layout.
 */
import { buildComparisonModel } from '../../../src/main/core/compare/build-model'
import { shippedTermGroups } from '../../../src/main/core/compare/storage/term-groups'
import { TermIndex } from '../../../src/main/core/compare/text/terms'
import type { CompareActor, CompareLayout, ComparisonModel, StatementCard } from '../../../src/shared/api/compare'
import { card } from '../../unit/compare/cards'

export const ACTORS: CompareActor[] = [
  { id: 'ru-mfa', name: 'Russian Ministry of Foreign Affairs (Министерство иностранных дел Российской Федерации)', country: 'ru' },
  { id: 'by-mfa', name: 'Belarusian Ministry of Foreign Affairs', country: 'by' },
  {
    id: 'person:maria-zakharova',
    name: 'Maria Zakharova',
    country: 'ru',
    person: { id: 'maria-zakharova', role: 'spokesperson', actorId: 'ru-mfa', actorName: 'Russian Ministry of Foreign Affairs' },
  },
  { id: 'csto', name: 'Collective Security Treaty Organization (ОДКБ / OVKS / CSTO)', country: null },
]

export const LONG_THEME = 'Friedenssicherungskontingentsentsendungsbeschlüsse der OVKS und ihre Folgen für Zentralasien'

const SENTENCES: Record<'de' | 'en' | 'ru', string[]> = {
  de: [
    'Die Friedenstruppen der OVKS würden nach Kasachstan entsandt, um strategische Objekte zu schützen.',
    'Es handle sich um einen von außen gesteuerten Versuch, die Sicherheit und Integrität des Staates mit Gewalt zu untergraben.',
    'Für die Staatsbürger würden Sonderflüge aus Almaty organisiert; die Botschaft arbeite rund um die Uhr.',
    'Der Abzug des Kontingents beginne, sobald die Lage in Kasachstan stabil sei.',
    'Man lehne jede Einmischung in die inneren Angelegenheiten eines souveränen Staates entschieden ab.',
  ],
  en: [
    'CSTO peacekeepers were sent to Kazakhstan to protect strategic facilities and would leave once the situation was stable.',
    'The unrest was an attempt inspired from outside to undermine the security and integrity of the state by force.',
    'Special flights from Almaty are being organised for citizens, and the embassy is working around the clock.',
    'Any interference in the internal affairs of a sovereign state is firmly rejected.',
  ],
  ru: [
    'Миротворцы ОДКБ будут охранять стратегические объекты в Казахстане до стабилизации обстановки.',
    'События в Казахстане являются инспирированной извне попыткой силой подорвать безопасность и целостность государства.',
    'Для граждан организованы специальные рейсы из Алматы, посольство работает круглосуточно.',
    'Вывод контингента ОДКБ из Казахстана начнётся после стабилизации обстановки.',
  ],
}

const LANGS = ['de', 'en', 'ru'] as const

/** Day n of January 2022, for n in 2..31. */
const day = (n: number) => `2022-01-${String(n).padStart(2, '0')}`

export function longCards(): StatementCard[] {
  const out: StatementCard[] = []
  let k = 0
  const keys = ['ru-mfa', 'by-mfa', 'maria-zakharova', 'csto']
  for (let d = 3; d <= 20; d++) {
    keys.forEach((key, col) => {
      // Not every column speaks every day: the gaps are part of what prints.
      if ((d + col) % 3 === 0) return
      const lang = LANGS[(d + col) % 3]
      const list = SENTENCES[lang]
      // Mostly a sentence or two; every seventh card most of a page long.
      const length = k % 7 === 3 ? 14 : 1 + (k % 3)
      const quote = Array.from({ length }, (_, i) => list[(k + i) % list.length]).join(' ')
      const person = key === 'maria-zakharova'
      out.push(
        card(person ? 'ru-mfa' : key, quote, day(d), {
          language: lang,
          personId: person ? 'maria-zakharova' : null,
          speaker: person ? 'Maria Zakharova' : k % 5 === 0 ? 'Alexander Lukashenko’s press secretary Natalia Eismont' : null,
          kind: (['direct', 'partial', 'reported'] as const)[k % 3],
          outlet: k % 4 === 0 ? 'Ostwelt Nachrichten – Das Portal für Osteuropa und Zentralasien' : 'TASS',
          articleTitle: `Erklärung zur Lage in Kasachstan, Teil ${k}`,
          articleId: 500 + Math.floor(k / 2),
          translation: lang === 'ru' && k % 4 !== 1 ? SENTENCES.en[k % SENTENCES.en.length] : null,
          note: k % 6 === 1 ? 'Wording identical to the statement of the day before; compare the Belarusian column.' : null,
        }),
      )
      k++
    })
  }
  return out
}

export function longComparison(layout: CompareLayout): ComparisonModel {
  const cards = longCards()
  // The analyst's theme: every card that names the peacekeepers' withdrawal.
  const withdrawal = cards.filter((c) => /Abzug|Вывод|leave once/u.test(c.quote)).map((c) => c.statementId)
  return buildComparisonModel({
    title: 'Kazakhstan, January 2022: Moscow, Minsk, Zakharova and the CSTO — a long comparison for paper',
    scopeLabel: 'Event: Unrest in Kazakhstan, January 2022 · 2 Jan 2022 – 31 Jan 2022',
    actors: ACTORS,
    cards,
    layout,
    themes: layout === 'themes' ? [{ id: 'withdrawal', title: LONG_THEME, statementIds: withdrawal }] : [],
    terms: new TermIndex(shippedTermGroups()),
    now: new Date('2022-02-01T10:00:00Z'),
  })
}
