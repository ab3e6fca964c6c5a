/**
 * Prints one JSON object: each page given on the command line (a .gz is unpacked) → the SHA-256 of its
 * extraction (the whole ExtractedArticle as JSON), or of the error message when extraction refuses it.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { extractArticle } from '../../../../src/main/core/extraction/extract'

export function extractionDigest(path: string): string {
  const raw = readFileSync(path)
  const bytes = path.endsWith('.gz') ? gunzipSync(raw) : raw
  let output: string
  try {
    output = JSON.stringify(extractArticle({ bytes, fileName: basename(path).replace(/\.gz$/u, '') }))
  } catch (err) {
    output = `error: ${err instanceof Error ? err.message : String(err)}`
  }
  return createHash('sha256').update(output).digest('hex')
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  const digests = Object.fromEntries(process.argv.slice(2).map((path) => [path, extractionDigest(path)]))
  process.stdout.write(JSON.stringify(digests))
}
