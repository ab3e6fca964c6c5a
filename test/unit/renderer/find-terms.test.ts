import { describe, expect, it } from 'vitest'
import { findTermRanges, foldWithMap, queryTerms } from '../../../src/renderer/src/lib/find-terms'

const found = (text: string, query: string) => findTermRanges(text, query).map((s) => text.slice(s.start, s.end))

describe('queryTerms', () => {
  it('folds words, keeps quoted phrases and drops operators and stars', () => {
    expect(queryTerms('Außenministerium "große Besorgnis" OR Moskau*')).toEqual(['aussenministerium', 'grosse besorgnis', 'moskau'])
    expect(queryTerms('  ')).toEqual([])
    expect(queryTerms('"" *')).toEqual([])
  })
})

describe('foldWithMap', () => {
  it('maps every folded unit back to its original offset', () => {
    const { folded, origin } = foldWithMap('Straße É😀ё')
    expect(folded).toBe('strasse e😀е')
    // "ss" both come from "ß" at 4; the emoji's two units from 7; "ё" (one unit, folded to "е") at 9.
    expect(origin).toEqual([0, 1, 2, 3, 4, 4, 5, 6, 7, 8, 8, 10, 11])
  })
})

describe('findTermRanges', () => {
  it('finds inflected German forms with or without umlauts and ß', () => {
    const text = 'Das Außenministerium teilte mit; laut Aussenministeriums-Kreisen und dem AUSSENMINISTERIUM.'
    expect(found(text, 'außenministerium')).toEqual(['Außenministerium', 'Aussenministeriums', 'AUSSENMINISTERIUM'])
    expect(found(text, 'Aussenministerium')).toHaveLength(3)
  })

  it('finds Russian forms by word start, with ё folded', () => {
    const text = 'МИД России заявил, что… Позже представители заявили: «Всё решено». Незаявленный визит.'
    expect(found(text, 'заявил')).toEqual(['заявил', 'заявили'])
    expect(found(text, 'все')).toEqual(['Всё'])
  })

  it('matches a phrase across punctuation and prefers it to its first word', () => {
    const text = 'Sie äußerte „große Besorgnis“. Große Teile blieben ruhig; große, tiefe Besorgnis.'
    expect(found(text, '"große Besorgnis"')).toEqual(['große Besorgnis'])
    expect(found(text, '"große Besorgnis" große')).toEqual(['große Besorgnis', 'Große', 'große'])
  })

  it('does not match inside words, and treats regex characters as text', () => {
    expect(found('Restraint, not strain.', 'strain')).toEqual(['strain'])
    expect(found('a+b (c) [d]', '(c)+')).toEqual(['c'])
    expect(found('a+b (c) [d]', '"c) [d"')).toEqual(['c) [d'])
    expect(found('price 3.5 percent', '3.5')).toEqual(['3', '5'])
  })
})
