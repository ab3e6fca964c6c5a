import { describe, expect, it } from 'vitest'
import { Inner, Letter, Lower, Mark, scanWords, Upper } from '../../../src/main/core/actors/word-scan'

function scanned(text: string, first: number, wordStart: boolean): [number, string][] {
  const out: [number, string][] = []
  scanWords(text, first, Letter | Mark | Inner, wordStart, (start, end) => out.push([start, text.slice(start, end)]))
  return out
}

function matched(text: string, re: RegExp): [number, string][] {
  return [...text.matchAll(re)].map((m) => [m.index, m[0]])
}

describe('scanWords', () => {
  it('finds what the regexes of its shape find, marks, apostrophes, astral letters and lone surrogates included', () => {
    const pieces = ['der', 'Müller', 'O’Brien', "d'Orsay", '-', '𐐀𐐨', '😀', '\ud801', '\udc28', 'e\u0301', '\u0301', '1', ' ', 'İstanbul', 'ǅ', 'Ⅻ', 'ß', 'Я', 'я', '.', 'McDonald', 'iPhone']
    let seed = 3
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    for (let k = 0; k < 3000; k++) {
      let text = ''
      for (let n = Math.floor(next() * 10); n >= 0; n--) text += pieces[Math.floor(next() * pieces.length)] + (next() < 0.3 ? ' ' : '')
      expect(scanned(text, Lower, true)).toEqual(matched(text, /(?<![\p{L}\p{M}\p{N}])\p{Ll}[\p{L}\p{M}'’-]*/gu))
      expect(scanned(text, Upper, true)).toEqual(matched(text, /(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}'’-]*/gu))
      expect(scanned(text, Upper, false)).toEqual(matched(text, /\p{Lu}[\p{L}\p{M}'’-]*/gu))
    }
  })

  it('reads a name with its apostrophe and hyphen as one word', () => {
    expect(scanned('Laut O’Brien und Müller-Lüdenscheidt', Upper, true)).toEqual([[0, 'Laut'], [5, 'O’Brien'], [17, 'Müller-Lüdenscheidt']])
  })
})

describe('tokenize on scanned runs', () => {
  it('joins runs across inner apostrophes and invisible characters, reads abbreviations and astral letters', async () => {
    const { tokenize } = await import('../../../src/main/core/actors/tokenize')
    const text = "Russia's Quai d'Orsay, Au\u00adßen\u200bamt, the U.S. and 𐐀𐐨 Belarus' MID"
    expect(tokenize(text).map((t) => [text.slice(t.start, t.end), t.norm, t.possessive])).toEqual([
      ["Russia's", 'russia', true],
      ['Quai', 'quai', false],
      ["d'Orsay", "d'orsay", false],
      ['Au\u00adßen\u200bamt', 'aussenamt', false],
      ['the', 'the', false],
      // The abbreviation's end takes in the character after its last dot (as before the scan).
      ['U.S. ', 'us', false],
      ['and', 'and', false],
      ['𐐀𐐨', '𐐨𐐨', false],
      ["Belarus'", 'belarus', true],
      ['MID', 'mid', false],
    ])
  })
})
