import type { JobProgress } from '../../../shared/api/jobs'
import type { ExtractedArticle, ExtractionInput } from '../extraction/types'
import type { AddResult } from '../library/article-writer'
import type { RawCapture } from '../library/capture'
import type { JobItems } from './job-items'
import type { JobLog } from './job-log'
import type { JobRecord } from './job-store'
import type { PageVersions } from './page-versions'
import type { ResourceFetcher } from './resource-fetcher'

/** Extraction of one fetched page; CPU work, so the app runs it on the import workers. */
export type PageExtractor = (input: ExtractionInput) => Promise<ExtractedArticle>

/** Where imported articles go: the library, with the job's tags. */
export interface ArticleSink {
  add(extracted: ExtractedArticle, capture: RawCapture | null, origin: string): AddResult
  tag(articleId: number, tagNames: readonly string[]): void
}

/** Everything one run of one job works with. */
export interface RunContext {
  job: JobRecord
  /** Names of the tags to put on what the job imports. */
  tags: readonly string[]
  fetcher: ResourceFetcher
  extract: PageExtractor
  library: ArticleSink
  items: JobItems
  log: JobLog
  versions: PageVersions
  signal: AbortSignal
  progress(p: Omit<JobProgress, 'jobId'>): void
}

/** What a run found, before the scheduler turns it into the job's next state. */
export interface RunResult {
  status: 'ok' | 'unchanged'
  imported: number
  /** New validators; undefined keeps the stored ones, null forgets them (forces a full fetch next time). */
  etag?: string | null
  lastModified?: string | null
  title?: string | null
  /** Come back sooner than the schedule says (more items wait, or a host asked for a pause). */
  nextRunAt?: number
}
