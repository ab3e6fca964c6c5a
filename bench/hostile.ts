/**
 * Hostile imports (issue 13): pages built to break the extraction — huge, deeply nested, nested
 * JSON-LD, UTF-16 without BOM, Cyrillic without spaces, binary — run through the real import (worker
 * threads, a library on disk). Prints per case the outcome and time, and the totals the issue asks
 * for: cases, crashes (a worker lost), hangs (over HANG_MS), rejected with a reason, imported.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServices } from '../src/main/core/services'

const HANG_MS = 30_000
const PROSE = 'Der Außenminister sagte am Dienstag in Berlin, die Gespräche über die Waffenruhe würden fortgesetzt. '
const INTRO = `<p>${'The minister said on Tuesday that the talks would continue next week, officials in Berlin confirmed. '.repeat(3)}</p>`
const page = (head: string, body: string) => `<!doctype html><html><head><title>Hostile page</title>${head}</head><body>${body}</body></html>`

function cases(): [name: string, bytes: () => Buffer][] {
  const article = (n: number) => `<article><h1>Waffenruhe</h1>${`<p>${PROSE.repeat(4)}</p>`.repeat(n)}</article>`
  const paragraph = `<p>${PROSE}</p>\n`
  return [
    ['49 MB of ordinary paragraphs.html', () => Buffer.from(page('', `<article>${paragraph.repeat(Math.ceil(49e6 / Buffer.byteLength(paragraph)))}</article>`))],
    ['1e6 nested divs.html', () => Buffer.from(page('', INTRO + '<div>'.repeat(1e6) + 'deep' + '</div>'.repeat(1e6)))],
    ['1e5 nested links.html', () => Buffer.from(page('', INTRO + '<a href="/x">'.repeat(1e5) + 'deep' + '</a>'.repeat(1e5)))],
    ['JSON-LD 30,000 arrays deep.html', () => Buffer.from(page(`<script type="application/ld+json">${'['.repeat(30_000)}{"@type":"NewsArticle","headline":"Tief"}${']'.repeat(30_000)}</script>`, article(300)))],
    ['JSON-LD malformed.html', () => Buffer.from(page('<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>', article(5)))],
    ['6 MB Cyrillic without spaces.txt', () => Buffer.from('Министерствоиностранныхделзаявило'.repeat(90_000))],
    ['UTF-16LE without BOM.html', () => Buffer.from(page('', article(5)), 'utf16le')],
    ['UTF-16BE without BOM.html', () => Buffer.from(page('', article(5)), 'utf16le').swap16()],
    ['10,000 unclosed spans.html', () => Buffer.from(page('', INTRO + '<span>x '.repeat(10_000)))],
    ['100,000 attributes.html', () => Buffer.from(page('', `<p ${Array.from({ length: 100_000 }, (_, i) => `a${i}="1"`).join(' ')}>${PROSE.repeat(3)}</p>`))],
    ['binary.html', () => Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 251))],
    ['empty.html', () => Buffer.alloc(0)],
  ]
}

export async function run(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-hostile-'))
  const services = createServices({ libraryPath: join(dir, 'library.sqlite'), settingsFile: join(dir, 'settings.json'), importWorkers: 1 })
  const figures = { cases: 0, imported: 0, 'too complex': 0, 'rejected with reason': 0, crashes: 0, hangs: 0, 'slowest ms': 0 }
  try {
    for (const [name, make] of cases()) {
      const file = join(dir, name)
      writeFileSync(file, make())
      const started = performance.now()
      const summary = await services.importer.run([file])
      const ms = Math.round(performance.now() - started)
      const outcome = summary.outcomes[0]
      figures.cases++
      figures['slowest ms'] = Math.max(figures['slowest ms'], ms)
      if (ms > HANG_MS) figures.hangs++
      let verdict: string
      if (outcome?.status === 'imported') {
        figures.imported++
        if (outcome.tooComplex) figures['too complex']++
        verdict = `imported${outcome.tooComplex ? ' (page too complex: read flat)' : outcome.fallback ? ' (fallback)' : ''}`
      } else if (outcome?.status === 'failed') {
        // A lost worker (stack, heap, time limit) is a crash; anything else is a reasoned refusal.
        const crashed = /worker|Maximum call stack|heap|took longer|timed out/i.test(outcome.reason)
        if (crashed) figures.crashes++
        else figures['rejected with reason']++
        verdict = `${crashed ? 'CRASH' : 'rejected'}: ${outcome.reason}`
      } else if (outcome?.status === 'duplicate') {
        // Several cases share their text on purpose (the same article in UTF-16, say): read, and recognised.
        figures.imported++
        verdict = 'imported (the same text as an earlier case: a duplicate)'
      } else verdict = 'no outcome'
      console.log(`  ${name.padEnd(36)} ${String(ms).padStart(6)} ms  ${verdict}`)
      rmSync(file, { force: true })
    }
  } finally {
    await services.close()
    rmSync(dir, { recursive: true, force: true })
  }
  console.log(`hostile: ${Object.entries(figures).map(([k, v]) => `${k} ${v}`).join(', ')}`)
  return figures
}
