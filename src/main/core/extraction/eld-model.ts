/**
 * eld's 'medium' language model, loaded for a third of the memory. eld ships its n-gram table as one
 * 2 MB JavaScript object literal (`export const ngramsData = {…}`); V8 compiling that literal costs
 * ~180 MB and ~1 s in every process and worker that detects a language — most of what importing one
 * small file cost. The build writes the same table as JSON beside the bundle (ELD_TABLE_FILE, see
 * electron.vite.config.ts), and JSON.parse reads it for ~60 MB in ~0.3 s. Run from source (tests,
 * tsx), where there is no such file, eld's own module is loaded as before.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The table's file name in the build output, beside the bundle that contains this module. */
export const ELD_TABLE_FILE = 'eld-medium.json'

/** What Parallax uses of an eld instance. */
export interface Eld {
  detect(text: string): { language: string; isReliable(): boolean }
}

interface EldDetectorModule {
  createEld(): { instance: Eld; loadData(data: unknown): void }
}

const requireModule = createRequire(import.meta.url)

/** The 'medium' model, the one `eld/medium` builds: from the JSON table in `folder` when it is there. */
export function loadEldMedium(folder: string = import.meta.dirname): Eld {
  // eld exports only its entries (ES modules; require(esm) loads them): the detector sits beside them.
  const entry = import.meta.resolve('eld/medium')
  let table: unknown
  try {
    table = JSON.parse(readFileSync(join(folder, ELD_TABLE_FILE), 'utf8'))
  } catch {
    return (requireModule(fileURLToPath(entry)) as { eld: Eld }).eld
  }
  const { createEld } = requireModule(fileURLToPath(new URL('../languageDetector.js', entry))) as EldDetectorModule
  const { instance, loadData } = createEld()
  loadData(table)
  return instance
}

/** eld's own n-gram table module, which the build turns into ELD_TABLE_FILE. */
export function eldTableModule(): string {
  return fileURLToPath(new URL('../ngrams/medium.js', import.meta.resolve('eld/medium')))
}
