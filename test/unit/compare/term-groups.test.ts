/** The analyst extends the term-equivalence layer; comparisons built afterwards match on the new group. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compareHandlers, compareSchemas } from '../../../src/main/api/namespaces/compare'
import type { ApiContext } from '../../../src/main/api/types'
import { createServices, type Services } from '../../../src/main/core/services'
import { addArticle } from './library-fixture'

let dir: string
let services: Services

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-terms-'))
  services = createServices({ libraryPath: join(dir, 'library.db'), importWorkers: 1 })
  const put = (title: string, text: string, language: string, quote: string, actorId: string) => {
    const a = addArticle(services.articles, { title, text, publishedAt: '2022-01-07T10:00:00+01:00', language })
    const start = text.indexOf(quote)
    services.db
      .prepare(`INSERT INTO statements (article_id, actor_id, quote, kind, start_offset, end_offset) VALUES (?, ?, ?, 'direct', ?, ?)`)
      .run(a, actorId, quote, start, start + quote.length)
  }
  put('Minsk', 'Minsk erklärte: Die Bündnispflicht gilt für alle.', 'de', 'Die Bündnispflicht gilt für alle.', 'by-mfa')
  put('Москва', 'МИД России заявил: Союзнический долг обязывает всех.', 'ru', 'Союзнический долг обязывает всех.', 'ru-mfa')
  put('Minsk', 'Minsk erklärte: Das Treffen mit Sergej Lawrow sei nützlich gewesen.', 'de', 'Das Treffen mit Sergej Lawrow sei nützlich gewesen.', 'by-mfa')
  put('Москва', 'МИД России заявил: Встреча Сергея Лаврова прошла продуктивно.', 'ru', 'Встреча Сергея Лаврова прошла продуктивно.', 'ru-mfa')
})
afterAll(async () => {
  await services?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe("the analyst's groups of equivalent terms", () => {
  const spec = { scope: {}, actorIds: ['ru-mfa', 'by-mfa'], layout: 'timeline' as const }
  const handlers = () => compareHandlers({ services, platform: {} as ApiContext['platform'], emit: () => undefined })

  it('are matched by the next comparison built', async () => {
    const shared = () =>
      services.comparisons
        .build(spec)
        .phrases.filter((p) => p.columns.length === 2 && /Bündnis|долг/iu.test(p.text))
        .map((p) => p.text)
    expect(shared()).toEqual([])
    const groups = await handlers().addTermGroup(['Bündnispflicht@de', 'союзнический долг'])
    expect(groups.own.map((g) => g.terms)).toEqual([['Bündnispflicht@de', 'союзнический долг']])
    expect(groups.shipped.find((g) => g.id === 'csto')!.terms).toContain('OVKS')
    expect(shared()).toEqual(['Bündnispflicht / Союзнический долг'])
    await handlers().removeTermGroup(groups.own[0].id)
    expect(shared()).toEqual([])
  })

  it("take in the registry's persons: a person's full names in every language", () => {
    const phrases = services.comparisons.build(spec).phrases.filter((p) => p.columns.length === 2).map((p) => p.text)
    expect(phrases).toContainEqual(expect.stringMatching(/^(Sergej Lawrow \/ Сергея Лаврова|Сергея Лаврова \/ Sergej Lawrow)$/))
  })

  it('need two terms, checked before the handler runs', () => {
    expect(compareSchemas.addTermGroup.safeParse([['ОДКБ']]).success).toBe(false)
    expect(compareSchemas.addTermGroup.safeParse([['ОДКБ', 'OVKS']]).success).toBe(true)
    expect(() => handlers().addTermGroup(['ОДКБ', ' ОДКБ '])).toThrow(/two different terms/)
  })
})
