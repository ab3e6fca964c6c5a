import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../../src/main/core/services'
import { article } from './helpers'

let dir: string
let services: Services
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-meta-stmt-'))
  services = createServices({ libraryPath: join(dir, 'library.sqlite'), importWorkers: 1 })
})
afterEach(async () => {
  await services.close()
  rmSync(dir, { recursive: true, force: true })
})

const TEXT = 'Frank-Walter Steinmeier sagte am Montag in Berlin, die Lage sei sehr ernst und verlange Besonnenheit von allen Seiten.'

describe('statement extraction after a metadata edit', () => {
  it('reads the corrected publication date: the office held on that day decides the actor', () => {
    const id = services.articles.add(article({ text: TEXT, language: 'de', publishedAt: '2015-06-01' }), null, 'test').articleId
    services.statementExtraction.extractArticle(id)
    const before = services.statements.forArticle(id).map((s) => s.actor?.id ?? null)
    expect(before).toContain('de-mfa')

    services.articles.metadata.update(id, { publishedAt: '2020-06-01' })
    services.statementExtraction.extractArticle(id)
    const after = services.statements.forArticle(id).map((s) => s.actor?.id ?? null)
    expect(after).toContain('de-pres')
    expect(after).not.toContain('de-mfa')
    // The edit is still the analyst's after the statement re-run.
    expect(services.articles.get(id)!).toMatchObject({ publishedAt: '2020-06-01', editedFields: ['publishedAt'] })
  })
})
