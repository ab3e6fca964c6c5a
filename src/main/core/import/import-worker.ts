/**
 * Worker thread of the import pool: reads a file, extracts its article, finds its statements and
 * compresses the capture, so that the writer thread only stores results. Files are handled one at a
 * time in the order posted; the pool posts the next one before this one is done, so the worker never
 * waits for the writer thread. A crash here fails the current file only.
 */
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { parentPort } from 'node:worker_threads'
import { extractArticle } from '../extraction/extract'
import { ExtractionError, type ExtractedArticle } from '../extraction/types'
import { prepareCapture } from '../library/capture'
import { EngineSession } from '../statements/engine-session'
import type { TitledPerson } from '../statements/types'
import type { ExtractionRequest, ExtractionResponse, ExtractionResult, FoundStatements, WorkerMessage } from './extraction-messages'
import { describeFsError, sizeProblem } from './import-files'

let engine: EngineSession | null = null

async function handle({ path, withCapture, statements }: ExtractionRequest): Promise<ExtractionResult> {
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
    return { ok: true, extracted, capture, ...(statements && engine ? { statements: findStatements(engine, extracted) } : {}) }
  } catch (err) {
    if (err instanceof ExtractionError) return { ok: false, reason: err.message }
    return { ok: false, reason: `extraction failed: ${err instanceof Error ? err.message : String(err)}` }
  }
}

/** The statements of the text as the library will store it (trimmed), with its language and date. */
function findStatements(session: EngineSession, extracted: ExtractedArticle): FoundStatements {
  try {
    let persons: TitledPerson[] = []
    const candidates = session.extract(extracted.text.trim(), extracted.language, extracted.publishedAt, (found) => (persons = found))
    return persons.length ? { candidates, persons } : { candidates }
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) }
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
const queue: WorkerMessage[] = []
let running = false

port.on('message', (message: WorkerMessage) => {
  if (message.type === 'cancel') {
    const at = queue.findIndex((m) => m.type !== 'context' && m.type !== 'cancel' && m.id === message.id)
    if (at >= 0) queue.splice(at, 1)
    return
  }
  queue.push(message)
  if (!running) void work(port)
})

async function work(out: NonNullable<typeof parentPort>): Promise<void> {
  running = true
  for (let message = queue.shift(); message; message = queue.shift()) {
    if (message.type === 'context') {
      engine = new EngineSession(message.context)
      continue
    }
    if (message.type === 'cancel') continue
    const request = message
    const result = await handle(request)
    const response: ExtractionResponse = { ...result, id: request.id }
    out.postMessage(response, transferable(result))
  }
  running = false
}
