/**
 * Persons learned from titles in articles: stored once with their article and title, found again in later
 * articles (full name, or surname where the text names the same body), never merged by surname alone, and
 * the analyst's confirmation, renaming, merging and deletion hold when the articles are read again.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../../src/main/core/services'

let dir: string
let services: Services

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-text-persons-'))
  services = createServices({ libraryPath: join(dir, 'library.db'), importWorkers: 1 })
})
afterEach(async () => {
  await services.close()
  rmSync(dir, { recursive: true, force: true })
})

function addArticle(text: string, language: string, publishedAt: string | null, title = 'T'): number {
  return services.articles.add(
    { title, byline: null, siteName: null, url: null, publishedAt, language, excerpt: null, cleanHtml: '', text, wordCount: 20, mediaType: 'text/plain' },
    null,
    'test',
  ).articleId
}

const statementsOf = (articleId: number) =>
  services.db.prepare('SELECT speaker, actor_id AS actorId, person_id AS personId FROM statements WHERE article_id = ? ORDER BY start_offset').all(articleId) as {
    speaker: string | null
    actorId: string | null
    personId: string | null
  }[]
const learned = () => services.persons.list().filter((p) => p.source === 'text')

const FIRST = 'Die Lage sei ernst, sagte Anna Müllerowa, Sprecherin des russischen Außenministeriums, am Montag in Moskau.'
// Her body is named in the article, not for her: with her surname, that is evidence enough.
const SECOND = 'Das russische Außenministerium kündigte Gegenmaßnahmen an. Müllerowa sagte am Dienstag, Moskau werde auf die Sanktionen reagieren.'

describe('persons learned from the text', () => {
  it('are learned once, with role, body, article and title, and their later statements link by surname', () => {
    const a = addArticle(FIRST, 'de', '2024-03-04', 'Moskau warnt')
    services.statementExtraction.extractArticles([a])
    expect(learned()).toEqual([
      {
        id: 'anna-mullerowa',
        name: 'Anna Müllerowa',
        names: { de: ['Anna Müllerowa'] },
        gender: 'f',
        surnameAlone: true,
        source: 'text',
        learnedFrom: { articleId: a, articleTitle: 'Moskau warnt', phrase: 'Anna Müllerowa, Sprecherin des russischen Außenministeriums' },
        offices: [{ actorId: 'ru-mfa', actorName: 'Russian Ministry of Foreign Affairs', role: 'spokesperson', from: '2024-03', to: null }],
      },
    ])
    expect(statementsOf(a)).toEqual([{ speaker: 'Anna Müllerowa, Sprecherin des russischen Außenministeriums', actorId: 'ru-mfa', personId: 'anna-mullerowa' }])

    // A later article names her by surname only: the person links, and speaks for her body then.
    const b = addArticle(SECOND, 'de', '2024-03-05')
    services.statementExtraction.extractArticles([b])
    expect(statementsOf(b)).toContainEqual({ speaker: 'Müllerowa', actorId: 'ru-mfa', personId: 'anna-mullerowa' })
    // Without her full name or her body, her surname is anybody's.
    const c = addArticle('Müllerowa sagte am Mittwoch, das Wetter werde besser.', 'de', '2024-03-06')
    services.statementExtraction.extractArticles([c])
    expect(statementsOf(c)).toEqual([{ speaker: 'Müllerowa', actorId: null, personId: null }])

    // Reading everything again learns nobody twice and changes nothing.
    const all = () => services.db.prepare('SELECT id, quote, speaker, actor_id, person_id, confidence, reasons FROM statements ORDER BY id').all()
    const before = all()
    services.statementExtraction.extractLibrary()
    expect(learned().map((p) => p.id)).toEqual(['anna-mullerowa'])
    expect(all()).toEqual(before)
    expect(services.statements.countByPerson()['anna-mullerowa']).toBe(2)
  })

  it('keeps two people with one surname apart: another first name, or a surname alone without the body, is not them', () => {
    services.statementExtraction.extractArticles([addArticle(FIRST, 'de', '2024-03-04')])
    const other = addArticle('Die Sanktionen seien falsch, sagte Peter Müllerowa, Sprecher des belarussischen Außenministeriums.', 'de', '2024-03-06')
    const bare = addArticle('Ein Herr Müllerowa sagte, das Wetter werde besser.', 'de', '2024-03-07')
    services.statementExtraction.extractArticles([other, bare])
    expect(learned().map((p) => [p.id, p.offices.map((o) => o.actorId)])).toEqual([
      ['anna-mullerowa', ['ru-mfa']],
      ['peter-mullerowa', ['by-mfa']],
    ])
    expect(statementsOf(other).map((s) => s.personId)).toEqual(['peter-mullerowa'])
    expect(statementsOf(bare).map((s) => s.personId)).toEqual([null])
  })

  it('are confirmed, renamed, merged and deleted by the analyst, and reading again respects it', () => {
    const a = addArticle(FIRST, 'de', '2024-03-04')
    const b = addArticle('Kremlin spokesman John Doeman said on Monday that talks would continue.', 'en', '2024-03-04')
    const c = addArticle('Kremlin spokesman Jon Doman said on Tuesday that talks had failed.', 'en', '2024-03-05')
    services.statementExtraction.extractArticles([a, b, c])
    expect(learned().map((p) => p.id)).toEqual(['anna-mullerowa', 'john-doeman', 'jon-doman'])

    // The same man, spelt two ways: merged, his statements and names go to one person.
    const merged = services.persons.merge('jon-doman', 'john-doeman')
    expect(merged.names).toEqual({ en: ['John Doeman', 'Jon Doman'] })
    expect(statementsOf(c).map((s) => s.personId)).toEqual(['john-doeman'])
    // Renamed: the new name is the display name; the text's name still finds him.
    expect(services.persons.rename('john-doeman', { names: { en: ['John Doe-Man'] } }).name).toBe('John Doe-Man')
    // Deleted: she is not learned again.
    services.persons.remove('anna-mullerowa')
    services.statementExtraction.extractLibrary()
    expect(learned().map((p) => p.id)).toEqual(['john-doeman'])
    expect(statementsOf(a).map((s) => [s.actorId, s.personId])).toEqual([['ru-mfa', null]])
    expect(statementsOf(b).map((s) => s.personId)).toEqual(['john-doeman'])
    expect(statementsOf(c).map((s) => s.personId)).toEqual(['john-doeman'])

    // Confirmed: the analyst's own from now on, still showing where it was learned.
    const confirmed = services.persons.confirm('john-doeman')
    expect(confirmed).toMatchObject({ source: 'analyst', learnedFrom: { articleId: b } })
    expect(() => services.persons.confirm('john-doeman')).toThrow(/already your own/)
    expect(() => services.persons.merge('maria-zakharova', 'john-doeman')).toThrow(/Only a person learned/)
  })

  it('take a spelling variant at the same body as the same person, and an earlier title as an earlier start', () => {
    const ids = [
      addArticle('Kremlin spokesman Dmitry Doeman said on Monday that talks would continue.', 'en', '2024-03-04'),
      addArticle('Kremlin spokesman Dmitri Doeman said on Friday that talks had failed.', 'en', '2023-05-12'),
      addArticle('Kremlin spokesman Peter Doeman said the weather was fine.', 'en', '2024-03-06'),
    ]
    services.statementExtraction.extractArticles(ids)
    expect(learned().map((p) => [p.id, p.names, p.offices.map((o) => [o.actorId, o.from])])).toEqual([
      ['dmitry-doeman', { en: ['Dmitry Doeman', 'Dmitri Doeman'] }, [['ru-pres', '2023-05']]],
      ['peter-doeman', { en: ['Peter Doeman'] }, [['ru-pres', '2024-03']]],
    ])
    expect(ids.map((id) => statementsOf(id)[0].personId)).toEqual(['dmitry-doeman', 'dmitry-doeman', 'peter-doeman'])
  })

  it('stay when the article they were learned from is deleted', () => {
    const a = addArticle(FIRST, 'de', '2024-03-04')
    services.statementExtraction.extractArticles([a])
    services.articles.remove(a)
    expect(learned()).toMatchObject([{ id: 'anna-mullerowa', learnedFrom: { articleId: null, articleTitle: null } }])
  })
})

describe('importing articles', () => {
  it('makes one person of the text of two articles that title the same person, with both statements', async () => {
    const pages = join(dir, 'pages')
    mkdirSync(pages)
    writeFileSync(join(pages, 'a.txt'), `Moskau warnt\n\n${FIRST}\n`)
    writeFileSync(join(pages, 'b.txt'), 'Moskau droht\n\nSanktionen würden beantwortet, sagte Anna Müllerowa, Sprecherin des russischen Außenministeriums, am Dienstag.\n')
    const summary = await services.importer.run([pages])
    expect(summary.imported).toBe(2)
    expect(learned().map((p) => p.id)).toEqual(['anna-mullerowa'])
    const rows = services.db.prepare("SELECT person_id AS personId, actor_id AS actorId FROM statements WHERE person_id IS NOT NULL").all()
    expect(rows).toEqual([
      { personId: 'anna-mullerowa', actorId: 'ru-mfa' },
      { personId: 'anna-mullerowa', actorId: 'ru-mfa' },
    ])
  }, 120_000)

  it('links her surname in another article of the same import, read before the library knew her', async () => {
    const pages = join(dir, 'pages')
    mkdirSync(pages)
    writeFileSync(join(pages, 'a.txt'), `Moskau warnt\n\n${FIRST}\n`)
    writeFileSync(join(pages, 'b.txt'), `Moskau droht\n\n${SECOND}\n`)
    writeFileSync(join(pages, 'c.txt'), 'Wetter\n\nDer Sprecher des Wetterdienstes sagte am Mittwoch, es werde wärmer.\n')
    const summary = await services.importer.run([pages])
    expect(summary.imported).toBe(3)
    const rows = services.db
      .prepare('SELECT a.origin, s.speaker, s.person_id AS personId FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.person_id IS NOT NULL ORDER BY a.id')
      .all() as { speaker: string; personId: string }[]
    expect(rows.map((r) => [r.speaker, r.personId])).toEqual([
      ['Anna Müllerowa, Sprecherin des russischen Außenministeriums', 'anna-mullerowa'],
      ['Müllerowa', 'anna-mullerowa'],
    ])
  }, 120_000)
})
