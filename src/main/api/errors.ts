/**
 * Errors as the API reports them: the core's own errors carry a code that names the case (an id that
 * does not exist, a refused change), so they become typed API errors ("[not-found] …") rather than
 * internal failures; anything else passes unchanged (an internal error, 500 in the test server).
 */
import { LibraryRefusedError } from '../core/db/library-errors'
import { CompareError } from '../core/events/errors'
import { LibraryError } from '../core/library/errors'
import { ApiError } from './types'

export function toApiError(err: unknown): unknown {
  if (err instanceof ApiError) return err
  if (err instanceof LibraryError || err instanceof CompareError) return new ApiError(err.code, err.message)
  if (err instanceof LibraryRefusedError) return new ApiError('refused', err.message)
  return err
}
