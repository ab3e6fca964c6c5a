/**
 * Worker thread of the import pool: reads a file, extracts its article and compresses the capture,
 * so that the writer thread only stores results. One file at a time; a crash here fails that file only.
 */
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { parentPort } from 'node:worker_threads'
import { extractArticle } from '../extraction/extract'
import { ExtractionError } from '../extraction/types'
import { prepareCapture } from '../library/capture'
import type { ExtractionRequest, ExtractionResponse, ExtractionResult } from './extraction-messages'
import { describeFsError, sizeProblem } from './import-files'

async function handle({ path, withCapture }: ExtractionRequest): Promise<ExtractionResult> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (err) {
    return { ok: false, reason: `cannot read the file (${describeFsError(err)})` }
  }
  const problem = sizeProblem(bytes.byteLength)
  if (problem) return { ok: false, reason: problem }
  try {
    const extracted = extractArticle({ bytes, fileName: basename(path) })
    const capture = withCapture ? prepareCapture(bytes, { fileName: basename(path), mediaType: extracted.mediaType }) : null
    return { ok: true, extracted, capture }
  } catch (err) {
    if (err instanceof ExtractionError) return { ok: false, reason: err.message }
    return { ok: false, reason: `extraction failed: ${err instanceof Error ? err.message : String(err)}` }
  }
}

/** The capture's buffer moves instead of being copied, unless it is a slice of a shared pool. */
function transferable(result: ExtractionResult): ArrayBuffer[] {
  const bytes = result.ok ? result.capture?.compressed : undefined
  if (!bytes || bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength) return []
  return [bytes.buffer as ArrayBuffer]
}

const port = parentPort
if (!port) throw new Error('import-worker must run in a worker thread')
port.on('message', (request: ExtractionRequest) => {
  void handle(request).then((result) => {
    const response: ExtractionResponse = { ...result, id: request.id }
    port.postMessage(response, transferable(result))
  })
})
