import { describe, expect, it } from 'vitest'
import { splitHighlights, stripHighlights } from '../../../src/renderer/src/lib/highlights'

const S = '\uE000'
const E = '\uE001'

describe('splitHighlights', () => {
  it('splits marked hits from the rest', () => {
    expect(splitHighlights(`… das ${S}Außenministerium${E} teilte mit, ${S}Moskau${E} …`)).toEqual([
      { text: '… das ', hit: false },
      { text: 'Außenministerium', hit: true },
      { text: ' teilte mit, ', hit: false },
      { text: 'Moskau', hit: true },
      { text: ' …', hit: false },
    ])
  })

  it('keeps markup-looking text as text (it is rendered by interpolation)', () => {
    expect(splitHighlights(`<img src=x onerror=alert(1)> ${S}МИД${E}`)).toEqual([
      { text: '<img src=x onerror=alert(1)> ', hit: false },
      { text: 'МИД', hit: true },
    ])
  })

  it('tolerates unbalanced, nested and adjacent markers', () => {
    expect(splitHighlights(`a${E}b${S}c`)).toEqual([
      { text: 'ab', hit: false },
      { text: 'c', hit: true },
    ])
    expect(splitHighlights(`${S}x${S}y${E}z${E}w`)).toEqual([
      { text: 'xyz', hit: true },
      { text: 'w', hit: false },
    ])
    expect(splitHighlights(`${S}${E}`)).toEqual([])
    expect(splitHighlights('')).toEqual([])
  })

  it('strips markers', () => {
    expect(stripHighlights(`${S}a${E}b`)).toBe('ab')
  })
})
