/**
 * Import of real saved pages through `parallax import` (the built CLI, a fresh library): files per
 * second, peak memory of the whole process (workers included) and cores used, on the 490 pages of
 * `../shared/bench/extraction-de` and the 181 of `../shared/bench/extraction/scrapinghub`, unpacked to a
 * temp folder. In the same run, the reference the issue sets the target by: bare Readability on linkedom
 * over the same files on one core (target: import ≥ 1.5× that rate; peak memory < 500 MB).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'

type Figures = Record<string, number | string>

const SETS: [name: string, folder: string][] = [
  ['extraction-de', '../shared/bench/extraction-de/html'],
  ['scrapinghub', '../shared/bench/extraction/scrapinghub/html'],
]

export async function run(): Promise<Figures> {
  const root = join(import.meta.dirname, '..')
  const cli = join(root, 'out/main/cli.js')
  if (!existsSync(cli) || !existsSync('/usr/bin/time')) {
    console.log('skipped: needs `npm run build` and /usr/bin/time')
    return {}
  }
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-import-'))
  const figures: Figures = {}
  try {
    for (const [name, folder] of SETS) {
      const source = join(root, folder)
      if (!existsSync(source)) continue
      const pages = join(dir, name)
      mkdirSync(pages)
      for (const file of readdirSync(source).filter((f) => f.endsWith('.gz'))) {
        writeFileSync(join(pages, file.replace(/\.gz$/u, '')), gunzipSync(readFileSync(join(source, file))))
      }
      const files = readdirSync(pages).map((f) => join(pages, f))

      const reference = readabilityRate(files)
      const report = join(dir, `${name}.time`)
      const started = performance.now()
      execFileSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', report, process.execPath, cli, 'import', pages, '--library', join(dir, `${name}.sqlite`)], {
        stdio: 'ignore',
      })
      const wall = (performance.now() - started) / 1000
      const [, user, system, kb] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number)
      const rate = files.length / wall
      const cores = (user + system) / wall
      console.log(
        `${name}: ${files.length} pages, import ${rate.toFixed(1)} files/s (${wall.toFixed(1)} s), peak ${(kb / 1024).toFixed(0)} MB, ` +
          `${cores.toFixed(2)} cores; Readability on linkedom, one core: ${reference.toFixed(1)} pages/s → ratio ${(rate / reference).toFixed(2)}`,
      )
      Object.assign(figures, {
        [`${name}_files_per_s`]: Math.round(rate * 10) / 10,
        [`${name}_peak_mb`]: Math.round(kb / 1024),
        [`${name}_cores`]: Math.round(cores * 100) / 100,
        [`${name}_readability_pages_per_s`]: Math.round(reference * 10) / 10,
        [`${name}_ratio`]: Math.round((rate / reference) * 100) / 100,
      })
    }
    return figures
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Pages per second of bare Readability on linkedom over the files, on this thread. */
function readabilityRate(files: string[]): number {
  const started = performance.now()
  for (const file of files) {
    try {
      const { document } = parseHTML(readFileSync(file, 'utf8'))
      new Readability(document as unknown as Document).parse()
    } catch {
      // A page Readability cannot read still counts: the import reads it too.
    }
  }
  return files.length / ((performance.now() - started) / 1000)
}
