import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TAG_PALETTE } from '../../../src/main/core/library/tag-colors'
import { addArticle, tempLibrary, type TempLibrary } from './helpers'

let lib: TempLibrary
let a: number
let b: number
let c: number
beforeEach(() => {
  lib = tempLibrary()
  a = addArticle(lib)
  b = addArticle(lib)
  c = addArticle(lib)
})
afterEach(() => lib.close())

const tagNames = (id: number) => lib.articles.get(id)!.tags.map((t) => t.name)

describe('TagStore', () => {
  it('creates tags with palette colours in turn, or the colour given', () => {
    const first = lib.tags.create('Sanktionen')
    const second = lib.tags.create('Ukraine')
    const third = lib.tags.create('Eigene Farbe', '#AABBCC')
    expect(first).toEqual({ id: expect.any(Number), name: 'Sanktionen', color: TAG_PALETTE[0], articleCount: 0 })
    expect(second.color).toBe(TAG_PALETTE[1])
    expect(third.color).toBe('#aabbcc')
  })

  it('lists tags by name with article counts', () => {
    lib.tags.addToArticles([a, b], 'zeta')
    lib.tags.addToArticles([c], 'Alpha')
    expect(lib.tags.list().map((t) => [t.name, t.articleCount])).toEqual([
      ['Alpha', 1],
      ['zeta', 2],
    ])
  })

  it('refuses a second tag of the same name in any case, Cyrillic included', () => {
    lib.tags.create('Россия')
    expect(() => lib.tags.create('россия')).toThrow(/already exists/u)
    expect(() => lib.tags.create('  РОССИЯ ')).toThrow(/already exists/u)
    const other = lib.tags.create('Украина')
    expect(() => lib.tags.rename(other.id, 'РОССИЯ')).toThrow(/already exists/u)
    expect(lib.tags.rename(other.id, 'УКРАИНА').name).toBe('УКРАИНА')
  })

  it('adds by name, reusing an existing tag case-insensitively', () => {
    const created = lib.tags.addToArticles([a], 'Sanktionen')
    const reused = lib.tags.addToArticles([b, a], 'SANKTIONEN')
    expect(reused.id).toBe(created.id)
    expect(reused.articleCount).toBe(2)
    expect(tagNames(a)).toEqual(['Sanktionen'])
  })

  it('removes a tag from some articles only', () => {
    const tag = lib.tags.addToArticles([a, b, c], 'x')
    lib.tags.removeFromArticles([a, c], tag.id)
    expect(lib.tags.get(tag.id).articleCount).toBe(1)
    expect(tagNames(b)).toEqual(['x'])
  })

  it('renames and recolours', () => {
    const tag = lib.tags.create('alt')
    expect(lib.tags.rename(tag.id, ' neu  name ')).toMatchObject({ name: 'neu name' })
    expect(lib.tags.recolor(tag.id, '#123456')).toMatchObject({ color: '#123456' })
    expect(() => lib.tags.recolor(tag.id, 'red')).toThrow(/#rrggbb/u)
    expect(() => lib.tags.rename(tag.id, '   ')).toThrow(/needs a name/u)
  })

  it('merges one tag into another, keeping every article once', () => {
    const from = lib.tags.addToArticles([a, b], 'Sanktion')
    const into = lib.tags.addToArticles([b, c], 'Sanktionen')
    const merged = lib.tags.merge(from.id, into.id)
    expect(merged).toMatchObject({ id: into.id, name: 'Sanktionen', articleCount: 3 })
    expect(lib.tags.list().map((t) => t.name)).toEqual(['Sanktionen'])
    expect(() => lib.tags.merge(into.id, into.id)).toThrow(/into itself/u)
  })

  it('deletes a tag and its links, never the articles', () => {
    const tag = lib.tags.addToArticles([a, b], 'weg')
    lib.tags.remove(tag.id)
    expect(lib.tags.list()).toEqual([])
    expect(tagNames(a)).toEqual([])
    expect(lib.articles.info().articleCount).toBe(3)
  })

  it('names what is missing', () => {
    expect(() => lib.tags.rename(999, 'x')).toThrow(/Tag 999 does not exist/u)
    expect(() => lib.tags.remove(999)).toThrow(/Tag 999 does not exist/u)
    expect(() => lib.tags.merge(999, 1)).toThrow(/does not exist/u)
    expect(() => lib.tags.removeFromArticles([a], 999)).toThrow(/does not exist/u)
    expect(() => lib.tags.addToArticles([a, 999], 'x')).toThrow(/1 of the 2 articles do not exist/u)
    // Nothing was created by the refused call.
    expect(lib.tags.list()).toEqual([])
  })

  it('drops tag links when an article is deleted', () => {
    const tag = lib.tags.addToArticles([a, b], 'x')
    lib.articles.remove(a)
    expect(lib.tags.get(tag.id).articleCount).toBe(1)
  })
})
