/** Fetch jobs (watched pages and feeds): the types main and renderer exchange. Times are ISO 8601. */
import type { Tag } from './library'

export type JobKind = 'url' | 'feed'

/** Outcome of a job's last run. */
export type JobStatus =
  | 'new'
  /** Fetched; for a feed, new items imported; for a page, a new version stored. */
  | 'ok'
  /** Nothing changed since the last run (HTTP 304 or the same text). */
  | 'unchanged'
  /** The last run failed; it is tried again at `nextRunAt` (backoff or Retry-After). */
  | 'retrying'
  /** 404/410: the page or feed is not there any more; the job stopped. */
  | 'gone'
  /** A once-only job gave up after repeated failures. */
  | 'failed'
  /** A once-only job finished. */
  | 'done'

export interface FetchJob {
  id: number
  kind: JobKind
  url: string
  title: string | null
  /** Seconds between runs; null for a job fetched once. */
  intervalSeconds: number | null
  active: boolean
  status: JobStatus
  /** True while some process is running the job. */
  running: boolean
  tags: Tag[]
  createdAt: string
  lastRunAt: string | null
  lastSuccessAt: string | null
  nextRunAt: string | null
  runCount: number
  /** Articles this job imported, in all. */
  articleCount: number
  /** Articles imported since the job was last opened (the badge). */
  newCount: number
  /** Consecutive failures. */
  failureCount: number
  lastError: string | null
  /** Stored versions (watched pages). */
  versionCount: number
}

export interface JobLogEntry {
  id: number
  at: string
  level: 'info' | 'warn' | 'error'
  message: string
  url: string | null
}

export interface PageVersion {
  id: number
  jobId: number
  fetchedAt: string
  url: string
  title: string | null
  wordCount: number
  /** Words added and removed against the previous version (0 for the first). */
  addedWords: number
  removedWords: number
  /** The article imported from this version (the first one), if still in the library. */
  articleId: number | null
}

export interface JobItem {
  guid: string
  url: string | null
  /** The imported (or already present) article's title, while it is in the library. */
  title: string | null
  status: 'imported' | 'duplicate' | 'failed' | 'skipped'
  articleId: number | null
  error: string | null
  seenAt: string
}

export interface JobDetail extends FetchJob {
  /** Newest first. */
  log: JobLogEntry[]
  /** Newest first. */
  versions: PageVersion[]
  /** Newest first; what the job has seen. */
  items: JobItem[]
}

/** One piece of a diff: unchanged, added or removed text. */
export interface DiffPart {
  op: '=' | '+' | '-'
  text: string
}

export interface VersionDiff {
  version: PageVersion
  previous: PageVersion | null
  /** The previous version's text turned into this one's; for the first version, all '='. */
  parts: DiffPart[]
}

export interface NewJob {
  url: string
  /** 'feed' takes a feed URL; with `discover`, a page whose feed link is followed instead. */
  kind: JobKind
  title?: string
  /** Seconds between runs (at least 60); omitted or null: fetch once. */
  intervalSeconds?: number | null
  /** Tag names applied to every imported article (created when new). */
  tags?: string[]
  /** For a feed job given a web page: use the first feed the page links to. */
  discover?: boolean
}

export interface JobPatch {
  title?: string | null
  intervalSeconds?: number | null
  tags?: string[]
  url?: string
}

export interface DiscoveredFeed {
  url: string
  title: string | null
  /** application/rss+xml, application/atom+xml, application/feed+json, … */
  type: string
}

export interface FeedDiscovery {
  /** The URL after redirects. */
  url: string
  /** The URL is itself a feed. */
  isFeed: boolean
  /** The page's (or feed's) title. */
  title: string | null
  /** Feeds the page links to (`<link rel="alternate">`); empty for a feed. */
  feeds: DiscoveredFeed[]
}

export interface JobsChanged {
  /** Jobs that changed; empty when the whole list should be reloaded (a job was removed). */
  jobIds: number[]
}

export interface JobProgress {
  jobId: number
  phase: 'fetching' | 'importing' | 'finished'
  /** Items handled and to handle in this run (feeds); 0/1 for a page. */
  done: number
  total: number
  currentUrl: string | null
  /** Articles imported in this run so far. */
  imported: number
}

export interface JobsApi {
  list(): Promise<FetchJob[]>
  /** The job with its log, versions and seen items; opening it clears its new-articles badge. */
  get(id: number): Promise<JobDetail | null>
  add(job: NewJob): Promise<FetchJob>
  update(id: number, patch: JobPatch): Promise<FetchJob>
  pause(id: number): Promise<FetchJob>
  resume(id: number): Promise<FetchJob>
  /** Makes the job due now (also a paused, gone or finished one, which is resumed). */
  runNow(id: number): Promise<FetchJob>
  /** Deletes the job with its log and versions; imported articles stay in the library. */
  remove(id: number): Promise<void>
  versions(jobId: number): Promise<PageVersion[]>
  versionDiff(versionId: number): Promise<VersionDiff>
  discoverFeeds(url: string): Promise<FeedDiscovery>
}
