import { describe, expect, it } from 'vitest'
import { lexiconFor } from '../../../src/main/core/statements/lexicon'
import { isSpace, lastLetterRuns, matchesIn, matchesNear, tokens } from '../../../src/main/core/statements/patterns'

const all = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, ...m])

describe('matchesNear', () => {
  it('finds what the full scan finds, where matches touch, repeat or hold astral letters', () => {
    const re = /(?<![\p{L}])(\p{Ll}+(?:e|en|er|es|em))\s+(?:Amts)?[Kk]olleg(?:e|en|in|innen)(?![\p{L}])/gu
    const texts = [
      'mit seinem armenischen Kollegen und ihrer ukrainischen Amtskollegin sowie dem 𐐨𐐨ischen Kollegen',
      'armenischen kollegen kollegen Kollegen',
      'Kollegen, seinem Kollegen armenischen  Kollegen-Treffen 𐐀armenischen Kollegen',
      'ohne Treffer',
    ]
    for (const text of texts) expect(all(matchesNear(re, /olleg/g, /[\p{L}\s]/u, text))).toEqual(all(matchesIn(re, text, 0, text.length)))
    expect(matchesNear(re, /olleg/g, /[\p{L}\s]/u, texts[0]).map((m) => m[1])).toEqual(['armenischen', 'ukrainischen', '𐐨𐐨ischen'])
  })

  it('serves the lexicon counterparts', () => {
    const texts: [string, string][] = [
      ['de', 'Lawrow traf seinen armenischen Kollegen Ararat Mirsojan und seine Amtskollegin aus Kiew.'],
      ['en', 'Lavrov met his Armenian counterpart Ararat Mirzoyan and their Turkish counterparts.'],
      ['ru', 'Лавров встретился с армянским коллегой Араратом Мирзояном.'],
    ]
    for (const [language, text] of texts) {
      const { re, anchor } = lexiconFor(language).counterpart
      const found = matchesNear(re, anchor, /[\p{L}\s]/u, text)
      expect(found.length).toBeGreaterThan(0)
      expect(all(found)).toEqual(all(matchesIn(re, text, 0, text.length)))
    }
  })
})

describe('lastLetterRuns', () => {
  it('ends as the list of letter runs in the window ends, surrogate pairs and window edges included', () => {
    const pieces = ['der', ' ', 'neue', ', ', 'Sprecher', '𐐨𐐩', '😀', '1', 'é', 'e\u0301', '\ud801', '\udc28', '„', 'Ärzte', '-']
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    for (let k = 0; k < 3000; k++) {
      let text = ''
      for (let n = Math.floor(next() * 10); n >= 0; n--) text += pieces[Math.floor(next() * pieces.length)]
      const from = Math.floor(next() * text.length)
      const to = from + Math.floor(next() * (text.length - from + 1))
      const words = text.slice(from, to).match(/\p{L}+/gu) ?? []
      expect(lastLetterRuns(text, from, to, 2)).toEqual(words.slice(-2).reverse())
    }
  })
})

describe('tokens', () => {
  it('are the words the regex finds in the slice, joiners, surrogate pairs and cut pairs included', () => {
    const re = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*/gu
    const pieces = ['der', 'U.S.', 'O’Brien', "d'Orsay", '-', 'x-', "'", '..', '𐐀𐐨', '😀', '\ud801', '\udc28', 'e\u0301', '1', '2.5', ' ', 'ß', 'я', '’s']
    let seed = 5
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    for (let k = 0; k < 3000; k++) {
      let text = ''
      for (let n = Math.floor(next() * 10); n >= 0; n--) text += pieces[Math.floor(next() * pieces.length)]
      const from = Math.floor(next() * (text.length + 1))
      const to = from + Math.floor(next() * (text.length - from + 1))
      const expected = [...text.slice(from, to).matchAll(re)].map((m) => ({ text: m[0], start: m.index + from, end: m.index + from + m[0].length }))
      expect(tokens(text, from, to)).toEqual(expected)
    }
    expect(tokens('Die US-Regierung, sagte O’Brien in U.S.-Medien.').map((t) => t.text)).toEqual(['Die', 'US-Regierung', 'sagte', 'O’Brien', 'in', 'U.S', 'Medien'])
  })
})

describe('isSpace', () => {
  it('is what \\s matches, for every UTF-16 unit', () => {
    for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) throw new Error(`unit ${c.toString(16)}`)
  })
})
