import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addArticle, tempLibrary, type TempLibrary } from './helpers'

/** Word forms in search: any inflected form finds the others, quotes mean exactly those forms. */
let lib: TempLibrary
beforeEach(() => (lib = tempLibrary()))
afterEach(() => lib.close())

const ids = (text: string, extra: object = {}) => lib.articles.search({ text, ...extra }).hits.map((h) => h.id)
const snippetOf = (text: string, id: number) => lib.articles.search({ text }).hits.find((h) => h.id === id)?.snippet

describe('word forms', () => {
  it('Russian: "Казахстан" finds "Казахстане" and "Казахстана", and each form finds the others', () => {
    const a = addArticle(lib, { language: 'ru', title: 'Визит', text: 'Министр прибыл в Казахстан во вторник.' })
    const b = addArticle(lib, { language: 'ru', title: 'Выборы', text: 'Выборы в Казахстане прошли спокойно.' })
    const c = addArticle(lib, { language: 'ru', title: 'Граница', text: 'Граница Казахстана закрыта для грузовиков.' })
    for (const form of ['Казахстан', 'Казахстане', 'казахстана']) expect(ids(form).sort(), form).toEqual([a, b, c])
  })

  it('German: "Unruhe" finds "Unruhen", "Außenministeriums" finds "Aussenministerium"', () => {
    const a = addArticle(lib, { language: 'de', title: 'Lage', text: 'In der Hauptstadt kam es zu Unruhen.' })
    const b = addArticle(lib, { language: 'de', title: 'Amt', text: 'Ein Sprecher des Außenministeriums widersprach.' })
    expect(ids('Unruhe')).toEqual([a])
    expect(ids('Aussenministerium')).toEqual([b])
    expect(ids('Außenministeriums')).toEqual([b])
  })

  it('English: "government" finds "governments" and "governed"', () => {
    const a = addArticle(lib, { language: 'en', title: 'Talks', text: 'Several governments sent envoys.' })
    const b = addArticle(lib, { language: 'en', title: 'History', text: 'The province was governed from the capital.' })
    expect(ids('government').sort()).toEqual([a, b])
  })

  it('a quoted word or phrase means exactly those forms', () => {
    const a = addArticle(lib, { language: 'ru', title: 'А', text: 'Выборы в Казахстане прошли спокойно.' })
    const b = addArticle(lib, { language: 'ru', title: 'Б', text: 'Граница Казахстана закрыта.' })
    expect(ids('"Казахстане"')).toEqual([a])
    expect(ids('«Казахстана»')).toEqual([b])
    const c = addArticle(lib, { language: 'en', title: 'C', text: 'The peace talks resumed.' })
    addArticle(lib, { language: 'en', title: 'D', text: 'Peaceful talking resumed.' })
    expect(ids('"peace talks"')).toEqual([c])
  })

  it('a prefix matches word beginnings, not stems', () => {
    const a = addArticle(lib, { language: 'de', title: 'A', text: 'Die Sanktionen wirken.' })
    expect(ids('sanktion*')).toEqual([a])
    expect(ids('sanktionenx*')).toEqual([])
  })

  it('ranks the exact form above other forms', () => {
    const inflected = addArticle(lib, { language: 'de', title: 'Eins', text: 'Berichte über Unruhen in der Stadt, die Polizei war vor Ort.' })
    const exact = addArticle(lib, { language: 'de', title: 'Zwei', text: 'Berichte über Unruhe in der Stadt, die Polizei war vor Ort.' })
    expect(ids('Unruhe')).toEqual([exact, inflected])
    expect(ids('Unruhen')).toEqual([inflected, exact])
  })

  it('language filters stem with the filtered language only, and still find word forms', () => {
    const a = addArticle(lib, { language: 'ru', title: 'А', text: 'Санкции против компаний.' })
    expect(ids('санкций', { languages: ['ru'] })).toEqual([a])
    expect(ids('санкций', { languages: ['de'] })).toEqual([])
  })

  it('articles in a language without a stemmer are found by their exact words', () => {
    const a = addArticle(lib, { language: 'pl', title: 'A', text: 'Rząd ogłosił nowe sankcje.' })
    const b = addArticle(lib, { language: null, title: 'B', text: 'Ohne Sprache: Unruhen.' })
    expect(ids('sankcje')).toEqual([a])
    expect(ids('Unruhen')).toEqual([b])
  })
})

describe('snippets', () => {
  it('mark the words as written, whichever form matched', () => {
    const a = addArticle(lib, { language: 'ru', title: 'Выборы', text: 'Выборы в Казахстане прошли спокойно.' })
    expect(snippetOf('Казахстан', a)).toBe('Выборы в \uE000Казахстане\uE001 прошли спокойно.')
    const b = addArticle(lib, { language: 'de', title: 'Amt', text: 'Ein Sprecher des Außenministeriums widersprach.' })
    expect(snippetOf('aussenministerium', b)).toBe('Ein Sprecher des \uE000Außenministeriums\uE001 widersprach.')
    const c = addArticle(lib, { language: 'en', title: 'Talks', text: 'Several governments sent envoys; the government agreed.' })
    expect(snippetOf('government', c)).toBe('Several \uE000governments\uE001 sent envoys; the \uE000government\uE001 agreed.')
  })

  it('start a few words before the first hit, so a one-line list shows it', () => {
    const words = Array.from({ length: 12 }, (_, i) => `wort${i}`).join(' ')
    const a = addArticle(lib, { language: 'de', title: 'T', text: `${words} und dann die Unruhen in der Stadt.` })
    expect(snippetOf('Unruhe', a)).toBe('…wort11 und dann die \uE000Unruhen\uE001 in der Stadt.')
  })

  it('mark both quoted and unquoted hits when a query has both, cut to a window', () => {
    const words = Array.from({ length: 60 }, (_, i) => `wort${i}`).join(' ')
    const a = addArticle(lib, {
      language: 'de',
      title: 'Amt',
      text: `${words} Das Auswärtige Amt äußerte sich zu den Unruhen am Montag. ${words}`,
    })
    const snippet = snippetOf('"Auswärtige Amt" Unruhe', a)!
    expect(snippet).toContain('\uE000Auswärtige Amt\uE001')
    expect(snippet).toContain('\uE000Unruhen\uE001')
    expect(snippet.startsWith('…') && snippet.endsWith('…')).toBe(true)
    expect(snippet.split(/\s+/u).length).toBeLessThanOrEqual(34)
  })

  it('stay aligned after text the stemmer leaves alone (emoji, digits, decomposed letters, punctuation)', () => {
    const text = 'Am 3. März 🥰🤔 schrieb Mu\u0308ller: «Die Unruhen gehen weiter» – x²y¹ … und die Unruhen enden nie.'
    const a = addArticle(lib, { language: 'de', title: 'T', text })
    const snippet = snippetOf('Unruhe', a)!
    expect(snippet.match(/\uE000([^\uE001]*)\uE001/gu)).toEqual(['\uE000Unruhen\uE001', '\uE000Unruhen\uE001'])
  })
})

describe('index in step with the articles', () => {
  it('follows edits of title, text and language, and deletions', () => {
    const a = addArticle(lib, { language: 'de', title: 'Alt', text: 'Es gab Unruhen.' })
    lib.db.prepare('UPDATE articles SET text = ? WHERE id = ?').run('Es gab Proteste.', a)
    expect(ids('Unruhe')).toEqual([])
    expect(ids('Protest')).toEqual([a])
    lib.db.prepare('UPDATE articles SET title = ? WHERE id = ?').run('Neue Regierungen', a)
    expect(ids('Regierung')).toEqual([a])
    // English stems leave "Regierungen" whole: the index follows the language.
    lib.db.prepare("UPDATE articles SET language = 'en' WHERE id = ?").run(a)
    expect(ids('Regierung')).toEqual([])
    expect(ids('Regierungen')).toEqual([a])
    lib.articles.remove(a)
    expect(ids('Proteste')).toEqual([])
    expect(lib.db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 0)").run()).toBeTruthy()
  })
})
