import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { buildComparisonModel } from '../../../src/main/core/compare/build-model'
import { renderCsv, renderHtmlReport, renderJson, pdfPrintOptions, reportLabels } from '../../../src/main/core/compare/export'
import { csvField, defuseFormula } from '../../../src/main/core/compare/export/csv'
import { BY, RU, card } from './cards'

const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)> & „Zitat“, "quoted"\nnew line'
const cards = [
  card('ru-mfa', hostile, '2022-01-06', { articleTitle: '</title><script>evil()</script>', url: 'javascript:alert(1)', note: '=HYPERLINK("http://evil")' }),
  card('ru-mfa', 'Die Unruhen seien von außen gesteuert.', '2022-01-07', { outlet: 'TASS <b>', translation: 'The unrest was steered from outside.' }),
  card('by-mfa', 'Минск считает, что беспорядки управлялись извне и были направлены «от внешних сил»; von außen gesteuert.', '2022-01-07', {
    language: 'ru',
    captureSha256: 'f'.repeat(64),
  }),
]
const model = buildComparisonModel({
  title: 'Kazakhstan <i>unrest</i>',
  scopeLabel: 'Tag: "kz" <b>',
  actors: [RU, { ...BY, name: 'Belarus <MFA>' }],
  cards,
  layout: 'timeline',
  now: new Date('2022-02-01T00:00:00Z'),
})

describe('CSV export', () => {
  it('quotes per RFC 4180 and starts with a BOM, lines ending in CRLF', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "no"')).toBe('"say ""no"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField(null)).toBe('')
    const csv = renderCsv(model)
    expect(csv.startsWith('\uFEFFrow,actor_id,actor,date,kind,quote,')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    // The quote's own newline stays inside its quoted field; records are separated by CRLF only.
    const records = csv.slice(1).split('\r\n').filter(Boolean)
    expect(records).toHaveLength(4)
    expect(csv).toContain('"<script>alert(""x"")</script><img src=x onerror=alert(1)> & „Zitat“, ""quoted""\nnew line"')
  })

  it('keeps Cyrillic and umlauts as UTF-8 and defuses spreadsheet formulas in free text', () => {
    const csv = renderCsv(model)
    expect(csv).toContain('Минск считает')
    expect(csv).toContain('von außen')
    expect(defuseFormula('=1+1')).toBe("'=1+1")
    expect(defuseFormula('-5 Grad')).toBe("'-5 Grad")
    expect(defuseFormula('Text')).toBe('Text')
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`)
    expect(csv).toContain('2022-01-07,Belarus <MFA>'.replace('2022-01-07,', '')) // actor name kept verbatim
  })

  it('names the recurring phrases of each card', () => {
    const lines = renderCsv(model).split('\r\n')
    expect(lines.find((l) => l.includes('Минск'))).toContain('von außen')
  })
})

describe('JSON export', () => {
  it('is the model, tagged with its format', () => {
    const parsed = JSON.parse(renderJson(model))
    expect(parsed.format).toBe('parallax-comparison')
    expect(parsed.version).toBe(2)
    expect(parsed.cards).toHaveLength(3)
    expect(parsed.rows).toEqual(model.rows)
  })
})

describe('HTML report', () => {
  const html = renderHtmlReport(model, { locale: 'en', paper: 'letter' })

  it('contains no script and no event handler, whatever the quotes say', () => {
    const { document } = parseHTML(html)
    expect(document.querySelectorAll('script, img, iframe, object, embed, link')).toHaveLength(0)
    const handlers = [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)))
    expect(handlers).toEqual([])
    expect(html).not.toMatch(/<script|<img|<i>|<b>|<MFA>/i)
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; „Zitat“')
    expect(html).toContain('Belarus &lt;MFA&gt;')
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`)
  })

  it('links only http(s) URLs', () => {
    expect(html).not.toContain('href="javascript:')
    expect(html).toContain('javascript:alert(1)</span>')
    expect(html).toContain('href="https://news.example/a/')
  })

  it('is a real table whose header row names every actor with count and span, for paper', () => {
    expect(html).toMatch(/@page \{ size: letter landscape;/)
    expect(html).toContain('<thead><tr><th scope="col">Date</th><th scope="col"><span class="actor">Russian MFA</span><span class="stats">2 statements · 6 Jan 2022 – 7 Jan 2022</span></th>')
    expect(html).toContain('break-inside: avoid')
    expect(html).toContain('counter(pages)')
  })

  it('shows gaps plainly, the title block, notes, translations and full sources', () => {
    expect(html).toContain('<td class="gap">— no statement —</td>')
    expect(html).toContain('<h1>Kazakhstan &lt;i&gt;unrest&lt;/i&gt;</h1>')
    expect(html).toContain('<dt>Scope</dt><dd>Tag: &quot;kz&quot; &lt;b&gt;</dd>')
    expect(html).toContain('<dt>Report date</dt><dd>1 Feb 2022</dd>')
    expect(html).toContain('<span class="label">Translation:</span> The unrest was steered from outside.')
    expect(html).toContain('<span class="label">Note:</span> =HYPERLINK(&quot;http://evil&quot;)')
    expect(html).toContain('<li id="src-3"><span class="n">[3]</span> Example News, “Article')
    expect(html).toContain('Published 2022-01-07 09:30 +03:00')
    expect(html).toContain('Captured 2022-01-20 08:00 UTC')
    expect(html).toContain(`SHA-256 of the capture: <span class="sha">${'f'.repeat(64)}</span>`)
    expect(html).toMatch(/<a class="ref" href="#src-1">\[1\]<\/a>/)
  })

  it('puts the cards of a day into slot rows, side by side, so pages break between cards', () => {
    const { document } = parseHTML(html)
    const day = [...document.querySelectorAll('table.comparison tbody tr')].filter((tr) => tr.textContent!.includes('7 Jan 2022') && tr.className.includes('row-date'))
    expect(day.map((tr) => tr.className)).toEqual(['row-date first'])
    const first = day[0]
    expect(first.querySelector('th')!.getAttribute('rowspan')).toBeNull()
    expect(first.querySelectorAll('td .card')).toHaveLength(2)
    const jan6 = [...document.querySelectorAll('tbody tr.first')].find((tr) => tr.textContent!.includes('6 Jan 2022'))!
    expect(jan6.querySelector('td.gap')!.textContent).toBe('— no statement —')
  })

  it('highlights recurring phrases inside the escaped quote', () => {
    expect(html).toMatch(/<mark class="p\d">von außen gesteuert<\/mark>/)
    expect(html).toContain('&lt;script&gt;')
  })

  it('speaks German when asked', () => {
    const de = renderHtmlReport(model, { locale: 'de' })
    expect(de).toContain('— keine Aussage —')
    expect(de).toContain('<h2>Quellen</h2>')
    expect(de).toMatch(/@page \{ size: A4 landscape;/)
  })

  it('leaves page numbers to the footer template when the PDF printer draws one', () => {
    const forPdf = renderHtmlReport(model, { pageNumbersInCss: false })
    expect(forPdf).not.toContain('counter(page)')
    const footer = pdfPrintOptions(model.title, reportLabels('en')).footerTemplate
    expect(footer).toContain('<span class="pageNumber"></span>')
    expect(footer).toContain('<span class="totalPages"></span>')
    expect(footer).toContain('Kazakhstan &lt;i&gt;unrest&lt;/i&gt;')
  })
})
