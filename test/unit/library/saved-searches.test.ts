import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SavedSearchStore } from '../../../src/main/core/library/saved-searches'
import { addArticle, tempLibrary, type TempLibrary } from './helpers'

let lib: TempLibrary
let store: SavedSearchStore
beforeEach(() => {
  lib = tempLibrary()
  store = new SavedSearchStore(lib.db, (query, afterId) => lib.articles.countNewer(query, afterId))
})
afterEach(() => lib.close())

describe('saved searches', () => {
  it('saves a query with its filters and lists it by name', () => {
    const tag = lib.tags.create('Zentralasien')
    const b = store.save('  Unruhen   Kasachstan ', { text: 'Unruhen', tagIds: [tag.id], languages: ['de'], from: '2024-01-01', sort: 'date-desc' })
    const a = store.save('Armenien', { text: '' })
    expect(store.list().map((s) => s.name)).toEqual(['Armenien', 'Unruhen Kasachstan'])
    expect(b.query).toEqual({ text: 'Unruhen', tagIds: [tag.id], languages: ['de'], from: '2024-01-01', sort: 'date-desc' })
    expect(a.query).toEqual({})
    expect(b.newCount).toBe(0)
    expect(b.openedAt).toBeNull()
  })

  it('counts matching articles that arrive after saving, in any word form, and resets on opening', () => {
    addArticle(lib, { language: 'ru', title: 'Старое', text: 'Выборы в Казахстане.' })
    const saved = store.save('Казахстан', { text: 'Казахстан' })
    expect(saved.newCount).toBe(0)
    addArticle(lib, { language: 'ru', title: 'Новое', text: 'Граница Казахстана закрыта.' })
    addArticle(lib, { language: 'ru', title: 'Другое', text: 'Погода в Москве.' })
    addArticle(lib, { language: 'ru', title: 'Ещё', text: 'Президент Казахстана заявил.' })
    expect(store.get(saved.id).newCount).toBe(2)
    const opened = store.open(saved.id)
    expect(opened.newCount).toBe(0)
    expect(opened.openedAt).not.toBeNull()
    addArticle(lib, { language: 'ru', title: 'Потом', text: 'Казахстан и Китай.' })
    expect(store.list()[0].newCount).toBe(1)
  })

  it('counts by filters alone, and applies the filters to new articles', () => {
    const saved = store.save('Deutsch', { languages: ['de'] })
    addArticle(lib, { language: 'de', text: 'Ein neuer Artikel.' })
    addArticle(lib, { language: 'en', text: 'A new article.' })
    expect(store.get(saved.id).newCount).toBe(1)
    const words = store.save('Deutsch und Wort', { text: 'Artikel', languages: ['en'] })
    addArticle(lib, { language: 'de', text: 'Noch ein Artikel.' })
    expect(store.get(words.id).newCount).toBe(0)
  })

  it('replaces a search saved under the same name (any case), keeping its id', () => {
    const first = store.save('Sanktionen', { text: 'Sanktionen' })
    const second = store.save('sanktionen', { text: 'Sanktionen', languages: ['de'] })
    expect(second.id).toBe(first.id)
    expect(store.list()).toHaveLength(1)
    expect(store.list()[0].query.languages).toEqual(['de'])
  })

  it('deletes, and refuses unknown ids and empty names', () => {
    const s = store.save('X', { text: 'x' })
    store.remove(s.id)
    expect(store.list()).toEqual([])
    expect(() => store.remove(s.id)).toThrow(/does not exist/)
    expect(() => store.open(s.id)).toThrow(/does not exist/)
    expect(() => store.save('   ', { text: 'x' })).toThrow(/needs a name/)
  })
})
