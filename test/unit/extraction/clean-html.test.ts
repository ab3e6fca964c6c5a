import { describe, expect, it } from 'vitest'
import { cleanHtml } from '../../../src/main/core/extraction/clean-html'

describe('cleanHtml', () => {
  it('keeps structure and emphasis, turns sections into divs and the top heading into h2', () => {
    expect(cleanHtml('<section class="x"><h1 id="t">Heading</h1><p>Text with <em>emphasis</em> and <strong>weight</strong>.</p></section>', null)).toBe(
      '<div><h2>Heading</h2><p>Text with <em>emphasis</em> and <strong>weight</strong>.</p></div>',
    )
  })

  it('drops media, frames, forms, scripts, styles, attributes and handlers', () => {
    const html =
      '<p style="color:red" onclick="x()">A<img src="https://t.example/p.gif"><iframe src="https://t.example"></iframe><script>x()</script><style>p{}</style><video src="v.mp4"></video><form><input></form></p>'
    expect(cleanHtml(html, null)).toBe('<p>A</p>')
  })

  it('keeps only http(s) links, made absolute, with rel=noopener', () => {
    const html = '<p><a href="/a" target="_blank">rel</a> <a href="javascript:alert(1)">js</a> <a href="data:text/html,x">data</a> <a href="https://x.example/b">abs</a></p>'
    expect(cleanHtml(html, 'https://news.example/story')).toBe(
      '<p><a href="https://news.example/a" rel="noopener noreferrer">rel</a> <a>js</a> <a>data</a> <a href="https://x.example/b" rel="noopener noreferrer">abs</a></p>',
    )
  })

  it('drops elements left empty by the cleanup', () => {
    expect(cleanHtml('<p>Text</p><ul> <li> </li> </ul><p> </p><blockquote></blockquote><table><tr><td> </td></tr></table>', null)).toBe('<p>Text</p>')
  })
})
