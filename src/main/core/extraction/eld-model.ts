/**
 * eld's 'medium' language model, loaded for a tenth of the memory. eld ships its n-gram table as one
 * 2 MB JavaScript object literal (`export const ngramsData = {…}`); V8 compiling that literal costs
 * ~180 MB and ~1 s in every process and worker that detects a language, and even parsed from JSON the
 * table's 105,548 small objects take ~60 MB. The build writes the same table in a compact form beside
 * the bundle (ELD_TABLE_FILE, see electron.vite.config.ts and eld-table.ts), which loads for a few MB
 * and is read by eld's own detector. Run from source (tests, tsx), where there is no such file, eld's
 * own module is loaded as before.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expandEldTable, type CompactEldTable } from './eld-table'

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

/** The 'medium' model, the one `eld/medium` builds: from the compact table in `folder` when it is there. */
export function loadEldMedium(folder: string = import.meta.dirname): Eld {
  // eld exports only its entries (ES modules; require(esm) loads them): the detector sits beside them.
  const entry = import.meta.resolve('eld/medium')
  let data: ReturnType<typeof expandEldTable>
  try {
    data = expandEldTable(JSON.parse(readFileSync(join(folder, ELD_TABLE_FILE), 'utf8')) as CompactEldTable)
  } catch {
    return (requireModule(fileURLToPath(entry)) as { eld: Eld }).eld
  }
  const { createEld } = requireModule(fileURLToPath(new URL('../languageDetector.js', entry))) as EldDetectorModule
  const { instance, loadData } = createEld()
  loadData(data)
  return instance
}

/** eld's own n-gram table module, which the build turns into ELD_TABLE_FILE (compactEldTable). */
export function eldTableModule(): string {
  return fileURLToPath(new URL('../ngrams/medium.js', import.meta.resolve('eld/medium')))
}
