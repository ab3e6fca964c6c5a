import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const FEEDS_DIR = join(import.meta.dirname, '../../../fixtures/feeds')

/** A fixture's bytes with {{ORIGIN}} replaced (byte-wise, so legacy encodings stay intact). */
export function fixture(name: string, origin = 'http://feeds.example'): Buffer {
  const bytes = readFileSync(join(FEEDS_DIR, name))
  return Buffer.from(bytes.toString('latin1').replaceAll('{{ORIGIN}}', origin), 'latin1')
}
