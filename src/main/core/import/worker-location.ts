import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export interface WorkerLocation {
  file: string
  execArgv: string[]
}

/**
 * Where the import worker is. Built, it is `import-worker.js` in the same flat output folder as the
 * bundle that contains this code; from source (tests, tsx) it is the `.ts` beside this file, run
 * through tsx's loader, resolved from here so that it works from any working directory.
 */
export function importWorkerLocation(moduleUrl: string = import.meta.url): WorkerLocation {
  return workerLocation('import-worker', 'import worker', moduleUrl)
}

/**
 * Where a worker thread's entry `name` is: `name.js` beside the built bundle whose module is `moduleUrl`
 * (the build puts every entry in one flat folder), else `name.ts` beside that module's source, run through tsx.
 */
export function workerLocation(name: string, description: string, moduleUrl: string): WorkerLocation {
  const here = dirname(fileURLToPath(moduleUrl))
  const built = join(here, `${name}.js`)
  if (existsSync(built)) return { file: built, execArgv: [] }
  const source = join(here, `${name}.ts`)
  if (existsSync(source)) {
    const tsx = pathToFileURL(createRequire(moduleUrl).resolve('tsx')).href
    return { file: source, execArgv: ['--import', tsx] }
  }
  throw new Error(`The ${description} is missing (looked for ${name}.js and ${name}.ts in ${here})`)
}
