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
    expect(keyOf('Die Truppen der OVKS rücken ein.', 'de')).toEqual([['§troops', 'Truppen'], ['§csto', 'OVKS']])
    expect(keyOf('The troops of the CSTO move in.', 'en')).toEqual([['§troops', 'troops'], ['§csto', 'CSTO']])
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

  it('matches a term only in words stemmed alike, never by chance across languages and scripts', () => {
    const index = new TermIndex([
      { id: 'capital-jp', terms: ['Токио', 'Tokio@de', 'Tokyo@en'].map(parseTerm) },
      { id: 'capital-az', terms: ['Баку', 'Baku@de', 'Baku@en'].map(parseTerm) },
      { id: 'person-rishi-sunak', terms: ['Риши Сунак', 'Rishi Sunak@de', 'Rishi Sunak@en'].map(parseTerm) },
      { id: 'person-sergey-lavrov', terms: ['Сергей Лавров', 'Sergej Lawrow@de', 'Sergey Lavrov@en'].map(parseTerm) },
      ...shippedTermGroups(),
    ])
    const concepts = (text: string, lang: string) => {
      const tokens = analyse(text, lang)
      index.annotate(tokens, text)
      return tokens.filter((t) => t.concept).map((t) => t.concept)
    }
    // Lossy romanised keys met here: "took"/"Токио", "back"/"Баку"; "use" stems to "us"; "sell" and "shell".
    expect(concepts('They took it back and will use the money to sell more.', 'en')).toEqual([])
    expect(concepts('Zunächst wolle man die Masse der Anträge abzugeben prüfen.', 'de')).toEqual([])
    expect(concepts('A threat to the treaty.', 'en')).toEqual(['treaty'])
    expect(concepts('Встреча Сергея Лаврова в Токио прошла продуктивно.', 'ru')).toEqual(['person-sergey-lavrov', 'capital-jp'])
    expect(concepts('Der Abzug der Truppen aus Baku beginnt.', 'de')).toEqual(['withdrawal', 'troops', 'capital-az'])
  })

  it('never makes a function word a term, though its stem meets one ("Athen" stems to "at")', () => {
    const index = new TermIndex([{ id: 'capital-gr', terms: ['Athen@de', 'Athens@en', 'Афины'].map(parseTerm) }, ...shippedTermGroups()])
    const concepts = (text: string, lang: string) => {
      const tokens = analyse(text, lang)
      index.annotate(tokens, text)
      return tokens.filter((t) => t.concept).map((t) => `${t.surface}=${t.concept}`)
    }
    expect(concepts('The troops were sent at the request of the authorities.', 'en')).toEqual(['troops=troops'])
    expect(concepts('Die Botschaft in Athen bleibt geöffnet.', 'de')).toEqual(['Botschaft=embassy', 'Athen=capital-gr'])
    // An acronym stays a term though its letters make a function word ("US" and "us").
    const withUs = new TermIndex([{ id: 'usa', terms: ['US@en', 'USA', 'США'].map(parseTerm) }])
    const tokens = analyse('Let us talk to the US.', 'en')
    withUs.annotate(tokens, 'Let us talk to the US.')
    expect(tokens.filter((t) => t.concept).map((t) => t.surface)).toEqual(['US'])
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

describe("one topic that each actor words its own way", () => {
  // Moscow speaks of the peacekeepers' limited stay, Minsk of its soldiers guarding strategic facilities
  // (the statements of test/fixtures/compare as the engine finds them):
  // within each column the statements are closer to each other than to the other column's, yet it is one
  // sub-topic, and a theme that kept to one column would be no row to compare.
  const cards = [
    card('ru-mfa', 'миротворческие силы ОДКБ направляются в Казахстан на ограниченный период времени для стабилизации и нормализации обстановки', '2022-01-06', { language: 'ru' }),
    card('ru-mfa', 'the peacekeeping forces of the Collective Security Treaty Organisation would stay in Kazakhstan for a limited period to stabilise and normalise the situation', '2022-01-06', { language: 'en' }),
    card('ru-mfa', 'The CSTO peacekeepers were sent at the request of the legitimate authorities of Kazakhstan and will leave as soon as the situation is stabilised,', '2022-01-07', { language: 'en' }),
    card('ru-mfa', 'Die Friedenstruppen hätten ihre Aufgabe erfüllt', '2022-01-10', { language: 'de' }),
    card('by-mfa', 'военнослужащие Беларуси в составе миротворческого контингента ОДКБ будут охранять стратегические объекты', '2022-01-06', { language: 'ru' }),
    card('by-mfa', 'Belarussische Soldaten würden als Teil der Friedenstruppe der OVKS strategische Objekte schützen', '2022-01-07', { language: 'de' }),
    card('by-mfa', 'Belarusian peacekeepers had guarded the airport and other strategic facilities without incident', '2022-01-11', { language: 'en' }),
    card('by-mfa', 'Миротворческая миссия ОДКБ выполнила свою задачу: стратегические объекты взяты под охрану, конституционный порядок восстановлен', '2022-01-13', { language: 'ru' }),
    card('ru-mfa', 'Die Ereignisse in Kasachstan sind eine innere Angelegenheit des Landes, und Belehrungen aus Washington brauchen wir nicht', '2022-01-07', { language: 'de' }),
    card('by-mfa', 'the crisis in Kazakhstan had followed the playbook of a colour revolution', '2022-01-11', { language: 'en' }),
    // The rest of what both said about the event: other sub-topics around it.
    ...([
    ['ru-mfa', 'Wir treten für eine friedliche Lösung aller Probleme im verfassungsrechtlichen Rahmen und durch Dialog ein, nicht durch Straßenunruhen und die Verletzung von Gesetzen', '2022-01-05', 'de'],
    ['ru-mfa', 'Man verfolge die Entwicklung in dem befreundeten Nachbarland aufmerksam und stehe in ständigem Kontakt mit den kasachischen Partnern', '2022-01-05', 'de'],
    ['ru-mfa', 'Мы расцениваем последние события в дружественной стране как инспирированную извне попытку насильственным путем подорвать безопасность и целостность государства с использованием подготовленных и организованных вооруженных формирований', '2022-01-06', 'ru'],
    ['ru-mfa', 'the violent unrest in Kazakhstan as a foreign-inspired attempt to undermine the security of its Central Asian ally', '2022-01-06', 'en'],
    ['ru-mfa', 'We regard the recent events in a friendly country as an attempt, inspired from outside, to undermine the security and integrity of the state by force, using trained and organised armed formations,', '2022-01-06', 'en'],
    ['by-mfa', 'Minsk regards what is happening as an attempted coup d\'état directed from outside,', '2022-01-06', 'en'],
    ['by-mfa', 'поддержку руководству Казахстана', '2022-01-06', 'ru'],
    ['by-mfa', 'Мы расцениваем происходящее в Казахстане как попытку государственного переворота, организованную извне. Колонны вооруженных людей, нападающих на государственные учреждения, — это не мирный протест, а терроризм', '2022-01-06', 'ru'],
    ['by-mfa', 'Was in Kasachstan geschieht, ist ein von außen gesteuerter Putschversuch', '2022-01-07', 'de'],
    ['by-mfa', 'Terroristen hätten in Almaty Verwaltungsgebäude gestürmt und Waffen erbeutet', '2022-01-07', 'de'],
    ['ru-mfa', 'the unrest had been an attempt to seize power by force', '2022-01-07', 'en'],
    ['ru-mfa', 'нападения в Алма-Ате носили скоординированный характер', '2022-01-08', 'ru'],
    ['ru-mfa', 'Колонны боевиков действовали по единому плану, захватывая аэропорт, здания администрации и оружейные склады. Это не имеет никакого отношения к мирному протесту', '2022-01-08', 'ru'],
    ['ru-mfa', 'попытки представить происходящее как мирные демонстрации вводят мировое сообщество в заблуждение', '2022-01-08', 'ru'],
    ['ru-mfa', 'in Kasachstan habe man es mit gut ausgebildeten terroristischen Gruppen zu tun gehabt', '2022-01-10', 'de'],
    ['by-mfa', 'terroristischen Gruppen', '2022-01-10', 'de'],
    ['by-mfa', 'Peaceful protests were hijacked by terrorists who had been trained abroad, and columns of armed men attacked state buildings,', '2022-01-11', 'en'],
    ['ru-mfa', 'миссия ОДКБ показала свою эффективность', '2022-01-13', 'ru'],
    ['ru-mfa', 'Вывод контингента завершится в течение десяти дней', '2022-01-13', 'ru'],
    ] as const).map(([actor, quote, date, language]) => card(actor, quote, date, { language })),
  ]
  const build = (locale: string) =>
    buildComparisonModel({ title: 'Unrest in Kazakhstan', scopeLabel: 'Event: Unrest in Kazakhstan', actors: [RU, BY], cards, layout: 'themes', terms, locale })

  it('joins the two columns into one suggested theme', () => {
    const peacekeeping = cards.slice(0, 8).map((c) => c.statementId)
    const theme = build('en').suggestions.find((s) => s.statementIds.includes(peacekeeping[0]))
    expect(theme?.columns).toEqual([0, 1])
    expect(theme!.statementIds.filter((id) => peacekeeping.includes(id)).length).toBeGreaterThanOrEqual(7)
    // The unrelated statements stay out of it.
    expect(theme!.statementIds).not.toContain(cards[8].statementId)
    expect(theme!.statementIds).not.toContain(cards[9].statementId)
  })

  it("titles it in the report's language where the statements say it so", () => {
    const title = (locale: string) => build(locale).suggestions[0].label
    expect(title('en')).toMatch(/^(CSTO peacekeepers|Peacekeepers|Strategic facilities)$/)
    expect(title('de')).toMatch(/^(Friedenstruppe der OVKS|Friedenstruppen|Strategische Objekte)$/)
    expect(title('ru')).toMatch(/^(Миротворческие силы ОДКБ|Миротворцы|Стратегические объекты)$/)
  })

  it('takes a term named in the report\'s language over a phrase only another language says', () => {
    // Both statements that say "terroristischen Gruppen" are German: an English report calls the theme "Terrorists".
    const groups = cards.find((c) => c.quote === 'terroristischen Gruppen')!.statementId
    const title = (locale: string) => build(locale).suggestions.find((s) => s.statementIds.includes(groups))?.label
    expect(title('en')).toBe('Terrorists')
    expect(title('de')).toMatch(/^Terrorist/)
  })
})
