/**
 * One document root whatever the server or CMS wrote around it (dom.ts): real pages of ../shared/bench/extraction-de
 * printed PHP warnings before the doctype, pasted a whole document into an article, commented out a <body> tag, or
 * spelled "<body onload=…" in a script.
 */
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/main/core/extraction/dom'

const ARTICLE = '<p>Vergangene Woche ereignete sich in Südtirol eine blutige Begegnung zwischen einem Spaziergänger und einem Rudel Wölfe.</p>'
const bodyText = (html: string) => parseDocument(html).body?.textContent ?? ''

describe('parseDocument', () => {
  it('drops server output before the doctype', () => {
    const html = `<br />\n<b>Warning</b>: mysql_get_server_info(): Access denied<br />\n<!DOCTYPE html><html><head><title>t</title></head><body>${ARTICLE}</body></html>`
    expect(bodyText(html)).toContain('Vergangene Woche')
    expect(bodyText(html)).not.toContain('Warning')
  })

  it('keeps the content of a whole document pasted into the body', () => {
    const html = `<!DOCTYPE html><html><head></head><body><div class="wrapper"><article><h1>Wölfe</h1><!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><html><body>${ARTICLE}</body></html></article></div><footer>Impressum</footer></body></html>`
    const doc = parseDocument(html)
    expect(doc.body?.textContent).toContain('Vergangene Woche')
    expect(doc.body?.textContent).toContain('Impressum')
    expect(doc.querySelectorAll('body')).toHaveLength(1)
  })

  it('reads neither a commented-out <body> nor one in a script string as the body', () => {
    const commented = `<!DOCTYPE html><html><head><!-- </head>\n<body text="#000000"> --></head><body>${ARTICLE}</body></html>`
    expect(bodyText(commented)).toContain('Vergangene Woche')
    const scripted = `<html><head><script>var r='<body onload="s()">';</script></head><body>${ARTICLE}<script>document.write('</body>')</script></body></html>`
    expect(bodyText(scripted)).toContain('Vergangene Woche')
  })
})
