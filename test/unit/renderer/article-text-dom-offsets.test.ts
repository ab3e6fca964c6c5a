import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { offsetOfPoint, segmentAt, type DomElement, type DomNode } from '../../../src/renderer/src/lib/article-text/dom-offsets'

// The same structure ArticleText.vue renders for "Erster „Satz“.\n\nЗвезда."
const text = 'Erster „Satz“.\n\nЗвезда.'
const { document } = parseHTML(`<html><body><h1>Title</h1><div id="root">` +
  `<p><span data-start="0" data-end="7">Erster </span><mark data-start="7" data-end="13" data-ids="1">„Satz“</mark><span data-start="13" data-end="14">.</span></p>` +
  `<p><mark data-start="16" data-end="22" data-ids="1 2">Звезда</mark><span data-start="22" data-end="23">.</span></p>` +
  `</div><footer>after</footer></body></html>`)
const root = document.getElementById('root') as unknown as DomElement
const [p1, p2] = Array.from(root.querySelectorAll('p'))
const textOf = (el: DomElement) => el.childNodes[0] as DomNode

describe('offsetOfPoint', () => {
  it('maps a point in a text node to its offset in the article text', () => {
    const mark = p1.querySelector('mark')!
    expect(offsetOfPoint(root, textOf(mark), 1, text.length)).toBe(8)
    expect(text.slice(8, 12)).toBe('Satz')
    const cyr = p2.querySelector('mark')!
    expect(offsetOfPoint(root, textOf(cyr), 6, text.length)).toBe(22)
  })

  it('maps element points to the neighbouring segment boundary', () => {
    expect(offsetOfPoint(root, p1, 0, text.length)).toBe(0)
    expect(offsetOfPoint(root, p1, 1, text.length)).toBe(7)
    expect(offsetOfPoint(root, p1, 3, text.length)).toBe(14)
    expect(offsetOfPoint(root, root, 1, text.length)).toBe(16)
    expect(offsetOfPoint(root, root, 2, text.length)).toBe(23)
  })

  it('clamps points outside the text to its start or end', () => {
    const h1 = document.querySelector('h1') as unknown as DomElement
    const footer = document.querySelector('footer') as unknown as DomElement
    expect(offsetOfPoint(root, textOf(h1), 2, text.length)).toBe(0)
    expect(offsetOfPoint(root, textOf(footer), 2, text.length)).toBe(text.length)
    const body = document.body as unknown as DomElement
    const rootIndex = Array.from(body.childNodes).indexOf(root)
    expect(offsetOfPoint(root, body, rootIndex, text.length)).toBe(0)
    expect(offsetOfPoint(root, body, rootIndex + 1, text.length)).toBe(text.length)
  })
})

const text_ = (el: DomElement | null) => (el as unknown as { textContent: string } | null)?.textContent

describe('segmentAt', () => {
  it('finds the segment holding an offset, or the next one between paragraphs', () => {
    expect(text_(segmentAt(root, 9))).toBe('„Satz“')
    expect(text_(segmentAt(root, 15))).toBe('Звезда')
    expect(text_(segmentAt(root, 22))).toBe('.')
    expect(text_(segmentAt(root, 0))).toBe('Erster ')
  })
})
