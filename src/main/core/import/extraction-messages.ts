import type { ExtractedArticle } from '../extraction/types'
import type { PreparedCapture } from '../library/capture'
import type { StatementContext } from '../statements/engine-context'
import type { TitledPerson } from '../statements/types'
import type { StatementCandidate } from '../statements/types'

/** Main thread → import worker: extract one file (and prepare its capture for storing). */
export interface ExtractionRequest {
  type?: 'extract'
  id: number
  path: string
  withCapture: boolean
  /** Also find the article's statements, with the context last sent. */
  statements?: boolean
}

/** Main thread → import worker: the library's actors and persons for the statements of the files that follow. */
export interface ContextMessage {
  type: 'context'
  context: StatementContext
}

/** Main thread → import worker: skip a file posted earlier that it has not started yet. */
export interface CancelMessage {
  type: 'cancel'
  id: number
}

export type WorkerMessage = ExtractionRequest | ContextMessage | CancelMessage

/**
 * The article's statements, found in the worker, with the people its titles introduce (the library learns
 * them when it stores the article); `error` when the engine failed on it.
 */
export type FoundStatements = { candidates: StatementCandidate[]; persons?: TitledPerson[] } | { error: string }

export type ExtractionResult =
  | { ok: true; extracted: ExtractedArticle; capture: PreparedCapture | null; statements?: FoundStatements }
  | { ok: false; reason: string }

/** Import worker → main thread. */
export type ExtractionResponse = ExtractionResult & { id: number }
