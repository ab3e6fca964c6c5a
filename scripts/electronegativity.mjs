#!/usr/bin/env node
/**
 * Electronegativity (Doyensec's scanner for Electron misconfigurations) over src/ (or the folder given), told the installed
 * Electron's version so that version-dependent defaults are judged right. Prints every finding and exits
 * 1 when any is of high severity, or when the scanner produced no report. CI runs it; locally:
 * `node scripts/electronegativity.mjs` (npx fetches the pinned scanner).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const SCANNER = '@doyensec/electronegativity@1.10.3'
const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
const electron = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version
const work = mkdtempSync(join(tmpdir(), 'electronegativity-'))
const report = join(work, 'findings.csv')
const input = process.argv[2] ?? 'src'
// The scanner's translation download (got 11) crashes Node 24 when it retries a timed-out request;
// one attempt without retry fails cleanly offline and changes nothing online.
const noRetry = fileURLToPath(new URL('./electronegativity-no-retry.cjs', import.meta.url))

const run = spawnSync('npx', ['--yes', SCANNER, '-i', input, '-e', electron, '-o', report, '-r', '-v', 'false'], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require "${noRetry}"`.trim() },
})
if (run.status !== 0 || !existsSync(report)) {
  console.error(`electronegativity did not finish (exit ${run.status ?? run.signal}); no report`)
  process.exit(1)
}
const [header, ...rows] = parseCsv(readFileSync(report, 'utf8'))
rmSync(work, { recursive: true, force: true })
const column = (name) => header.findIndex((h) => h.trim() === name)
const [issue, severity, confidence, file, location] = ['issue', 'severity', 'confidence', 'filename', 'location'].map(column)
const findings = rows.filter((row) => row.length >= header.length)
for (const row of findings) console.log(`${row[severity].padEnd(13)} ${row[confidence].padEnd(9)} ${row[issue]}  ${row[file]}:${row[location]}`)
const high = findings.filter((row) => /^(HIGH|CRITICAL)$/i.test(row[severity]))
console.log(`electronegativity (Electron ${electron}): ${findings.length} findings, ${high.length} high`)
process.exit(high.length ? 1 : 0)

/** RFC 4180 fields: quoted ones may hold commas, newlines and doubled quotes. */
function parseCsv(text) {
  const rows = [[]]
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++
      else if (c === '"') quoted = false
      else field += c
    } else if (c === '"' && field.trim() === '') (field = ''), (quoted = true)
    else if (c === ',') rows.at(-1).push(field), (field = '')
    else if (c === '\n') rows.at(-1).push(field.replace(/\r$/, '')), rows.push([]), (field = '')
    else field += c
  }
  if (field || rows.at(-1).length) rows.at(-1).push(field)
  return rows.filter((row) => row.some((f) => f !== ''))
}
