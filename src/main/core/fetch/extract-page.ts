import { setImmediate as yieldToEventLoop } from 'node:timers/promises'
import { extractArticle } from '../extraction/extract'
import type { PageExtractor } from './job-context'

/**
 * Extraction of a fetched page on the calling thread. The import workers read files from disk and
 * take no URL or charset hint, so fetched bytes are extracted here; one page takes milliseconds,
 * and yielding first lets pending I/O and IPC run between pages.
 */
export const extractInProcess: PageExtractor = async (input) => {
  await yieldToEventLoop()
  return extractArticle(input)
}
