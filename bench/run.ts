/**
 * Runs the benchmarks and prints their figures: `npm run bench [-- NAME...] [-- --json FILE]`.
 * Each benchmark is a module `bench/<name>.ts` exporting `run()`, which prints as it goes and
 * returns its figures; names given on the command line select which run.
 */
import { writeFileSync } from 'node:fs'

type Figures = Record<string, number | string>

const BENCHMARKS: Record<string, () => Promise<{ run: () => Promise<Figures> }>> = {
  extraction: () => import('./extraction'),
  'extraction-de': () => import('./extraction-de'),
  hostile: () => import('./hostile'),
  metadata: () => import('./metadata'),
  compare: () => import('./compare'),
  library: () => import('./library'),
  statements: () => import('./statements'),
  attribution: () => import('./attribution'),
  fetch: () => import('./fetch'),
  scale: () => import('./scale'),
  import: () => import('./import'),
}

async function main(argv: string[]): Promise<void> {
  const names: string[] = []
  let jsonFile: string | null = null
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== '--json') names.push(argv[i])
    else if (!(jsonFile = argv[++i] ?? null)) {
      console.error('usage: bench/run.ts [NAME...] [--json FILE]')
      process.exit(2)
    }
  }
  const unknown = names.filter((n) => !(n in BENCHMARKS))
  if (unknown.length) {
    console.error(`unknown benchmark: ${unknown.join(', ')} (known: ${Object.keys(BENCHMARKS).join(', ')})`)
    process.exit(2)
  }
  const results: Record<string, Figures> = {}
  for (const name of names.length ? names : Object.keys(BENCHMARKS)) {
    console.log(`\n== ${name}`)
    const module = await BENCHMARKS[name]()
    results[name] = await module.run()
  }
  if (jsonFile) {
    writeFileSync(jsonFile, JSON.stringify(results, null, 2) + '\n')
    console.log(`\nfigures written to ${jsonFile}`)
  }
}

await main(process.argv.slice(2))
