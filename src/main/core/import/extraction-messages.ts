import type { ExtractedArticle } from '../extraction/types'
import type { PreparedCapture } from '../library/capture'

/** Main thread → import worker: extract one file (and prepare its capture for storing). */
export interface ExtractionRequest {
  id: number
  path: string
  withCapture: boolean
}

export type ExtractionResult =
  | { ok: true; extracted: ExtractedArticle; capture: PreparedCapture | null }
  | { ok: false; reason: string }

/** Import worker → main thread. */
export type ExtractionResponse = ExtractionResult & { id: number }
