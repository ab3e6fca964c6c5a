import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { offsetOfPoint, segmentAt } from '../../../src/renderer/src/components/article-text/dom-offsets'

// The same structure ArticleText.vue renders for "Erster „Satz“.\n\nЗвезда."
const text = 'Erster „Satz“.\n\nЗвезда.'
const { document } = parseHTML(`<html><body><h1>Title</h1><div id="root">` +
  `<p><span data-start="0" data-end="7">Erster </span><mark data-start="7" data-end="13" data-ids="1">„Satz“</mark><span data-start="13" data-end="14">.</span></p>` +
  `<p><mark data-start="16" data-end="22" data-ids="1 2">Звезда</mark><span data-start="22" data-end="23">.</span></p>` +
  `</div><footer>after</footer></body></html>`)
const root = document.getElementById('root')!
const [p1, p2] = root.querySelectorAll('p')
const textOf = (el: Element) => el.firstChild!

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
    const h1 = document.querySelector('h1')!
    const footer = document.querySelector('footer')!
    expect(offsetOfPoint(root, textOf(h1), 2, text.length)).toBe(0)
    expect(offsetOfPoint(root, textOf(footer), 2, text.length)).toBe(text.length)
    const body = document.body
    const rootIndex = Array.from(body.childNodes).indexOf(root)
    expect(offsetOfPoint(root, body, rootIndex, text.length)).toBe(0)
    expect(offsetOfPoint(root, body, rootIndex + 1, text.length)).toBe(text.length)
  })
})

describe('segmentAt', () => {
  it('finds the segment holding an offset, or the next one between paragraphs', () => {
    expect(segmentAt(root, 9)?.textContent).toBe('„Satz“')
    expect(segmentAt(root, 15)?.textContent).toBe('Звезда')
    expect(segmentAt(root, 22)?.textContent).toBe('.')
    expect(segmentAt(root, 0)?.textContent).toBe('Erster ')
  })
})
