import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDispatcher, type Dispatch } from '../../../src/main/api/dispatch'
import { ApiError, type Platform } from '../../../src/main/api/types'
import { createServices, type Services } from '../../../src/main/core/services'
import type { Article } from '../../../src/shared/api'
import { article } from '../library/helpers'

let dir: string
let services: Services
let saved: { text: string; name: string }[]
const platform = (withSave: boolean): Platform => ({
  openExternal: async () => undefined,
  pickImportPaths: async () => null,
  ...(withSave ? { saveTextFile: async (text: string, o: { suggestedName: string }) => (saved.push({ text, name: o.suggestedName }), `/chosen/${o.suggestedName}`) } : {}),
})
const dispatcher = (withSave = true): Dispatch => createDispatcher({ services, platform: platform(withSave), emit: () => undefined })

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-api-meta-'))
  services = createServices({ libraryPath: join(dir, 'library.sqlite'), importWorkers: 1 })
  saved = []
})
afterEach(async () => {
  await services.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('metadata and citations over the API', () => {
  it('updates metadata and returns the article with its edited fields; refusals are API refusals with core’s message', async () => {
    const id = services.articles.add(article({ title: 'Alt' }), null, 'test').articleId
    const updated = (await dispatcher()('metadata', 'update', [id, { title: 'Neu', language: 'de' }])) as Article
    expect(updated).toMatchObject({ title: 'Neu', language: 'de', editedFields: ['title', 'language'] })

    const refused = dispatcher()('metadata', 'update', [id, { publishedAt: '2024-02-30' }])
    await expect(refused).rejects.toBeInstanceOf(ApiError)
    await expect(refused).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('not a day of the calendar') })
    await expect(dispatcher()('metadata', 'update', [id, { headline: 'x' }])).rejects.toMatchObject({ code: 'invalid-arguments' })
    await expect(dispatcher()('metadata', 'revert', [id, ['headline']])).rejects.toMatchObject({ code: 'invalid-arguments' })
    await expect(dispatcher()('metadata', 'update', [999, { title: 'x' }])).rejects.toMatchObject({ code: 'not-found' })
  })

  it('renders citations and saves them through the platform’s save dialog', async () => {
    const a = services.articles.add(article({ title: 'Erster', byline: 'Anna Müller' }), null, 'test').articleId
    const b = services.articles.add(article({ title: 'Zweiter' }), null, 'test').articleId
    const rendered = (await dispatcher()('citations', 'render', [{ ids: [b, a] }, 'csl-json'])) as { text: string; count: number; fileName: string }
    expect(rendered.count).toBe(2)
    expect(rendered.fileName).toBe('citations.json')
    expect(JSON.parse(rendered.text).map((i: { title: string }) => i.title)).toEqual(['Zweiter', 'Erster'])

    expect(await dispatcher()('citations', 'save', [{ ids: [a] }, 'bibtex'])).toEqual({ path: '/chosen/citations.bib', count: 1 })
    expect(saved[0].text).toContain('author = {Müller, Anna}')
    await expect(dispatcher(false)('citations', 'save', [{ ids: [a] }, 'ris'])).rejects.toMatchObject({ code: 'refused' })
    await expect(dispatcher()('citations', 'save', [{ query: 'nothingmatchesthis' }, 'ris'])).rejects.toThrow('selection is empty')
    await expect(dispatcher()('citations', 'render', [{}, 'endnote'])).rejects.toMatchObject({ code: 'invalid-arguments' })
    await expect(dispatcher()('citations', 'render', [{ ids: [999] }, 'ris'])).rejects.toMatchObject({ code: 'not-found' })
    await expect(dispatcher()('citations', 'render', [{ tag: 'nope' }, 'ris'])).rejects.toMatchObject({ code: 'not-found' })
  })
})
