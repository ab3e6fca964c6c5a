import { EventEmitter } from 'node:events'
import type { FeedDiscovery, FetchJob, JobDetail, JobPatch, NewJob, PageVersion, VersionDiff } from '../../../shared/api/jobs'
import { decodeBytes } from '../extraction/charset'
import { LibraryError, notFound } from '../library/errors'
import type { TagStore } from '../library/tag-store'
import { discoverFeeds } from './feed-discovery'
import { parseFeedText } from './feed-items'
import { FetchError } from './fetch-error'
import type { JobItems } from './job-items'
import type { JobLog } from './job-log'
import type { JobStore } from './job-store'
import { jobUrl } from './job-url'
import type { PageVersions } from './page-versions'
import type { ResourceFetcher } from './resource-fetcher'
import type { Scheduler, SchedulerEvents } from './scheduler'

export interface JobServiceDeps {
  store: JobStore
  items: JobItems
  log: JobLog
  versions: PageVersions
  tags: TagStore
  fetcher: ResourceFetcher
  scheduler: Scheduler
}

/**
 * Fetch jobs as the API and the CLI see them: add (with feed discovery), edit, pause, resume,
 * run now, remove, and read their log and page versions. Emits `changed` and `progress`.
 */
export class JobService extends EventEmitter<SchedulerEvents> {
  readonly scheduler: Scheduler

  constructor(private readonly deps: JobServiceDeps) {
    super()
    this.scheduler = deps.scheduler
    this.scheduler.on('changed', (ids) => this.emit('changed', ids))
    this.scheduler.on('progress', (p) => this.emit('progress', p))
  }

  list(): FetchJob[] {
    return this.deps.store.list()
  }

  /** The job with its log, versions and items; reading it clears its new-articles count. */
  get(id: number): JobDetail | null {
    const { store, log, versions, items } = this.deps
    const record = store.record(id)
    if (!record) return null
    if (record.unseenCount > 0) {
      store.patch(id, { unseenCount: 0 })
      this.emit('changed', [id])
    }
    return { ...store.view(id)!, log: log.list(id), versions: versions.list(id), items: items.recent(id) }
  }

  async add(job: NewJob, signal?: AbortSignal): Promise<FetchJob> {
    let url = jobUrl(job.url)
    let title = job.title?.trim() || null
    if (job.kind === 'feed' && job.discover) {
      const found = await this.discover(url, signal)
      if (!found.isFeed) {
        if (found.feeds.length === 0) throw new LibraryError('refused', `${found.url} is a web page that links to no feed; add it as a watched page instead`)
        url = found.feeds[0].url
        title ??= found.feeds[0].title ?? found.title
      } else {
        url = found.url
        title ??= found.title
      }
    }
    this.assertNew(job.kind, url)
    const id = this.deps.store.create({ kind: job.kind, url, title, intervalSeconds: job.intervalSeconds ?? null }, this.tagIds(job.tags ?? []))
    this.deps.log.add(id, 'info', `added ${job.kind === 'feed' ? 'feed' : 'watched page'}`, url)
    this.changed(id)
    return this.view(id)
  }

  update(id: number, patch: JobPatch): FetchJob {
    const { store } = this.deps
    const record = this.record(id)
    if (patch.url !== undefined) {
      const url = jobUrl(patch.url)
      if (url !== record.url) {
        this.assertNew(record.kind, url)
        // A new address starts afresh: no validators, no failures, due now.
        store.patch(id, { url, etag: null, lastModified: null, failureCount: 0, lastError: null, status: 'new', nextRunAt: Date.now() })
      }
    }
    if (patch.title !== undefined) store.patch(id, { title: patch.title?.trim() || null })
    if (patch.intervalSeconds !== undefined) {
      const next = patch.intervalSeconds == null ? record.nextRunAt : Math.max(Date.now(), (record.lastRunAt ?? 0) + patch.intervalSeconds * 1000)
      store.patch(id, { intervalSeconds: patch.intervalSeconds, nextRunAt: record.active ? next : record.nextRunAt })
    }
    if (patch.tags !== undefined) store.setTags(id, this.tagIds(patch.tags))
    this.changed(id)
    return this.view(id)
  }

  pause(id: number): FetchJob {
    this.record(id)
    this.deps.store.patch(id, { active: false })
    this.deps.scheduler.cancel(id)
    this.deps.log.add(id, 'info', 'paused')
    this.changed(id)
    return this.view(id)
  }

  resume(id: number): FetchJob {
    const record = this.record(id)
    const stopped = record.status === 'gone' || record.status === 'failed' || record.status === 'done'
    this.deps.store.patch(id, { active: true, nextRunAt: stopped || record.nextRunAt == null ? Date.now() : record.nextRunAt, failureCount: stopped ? 0 : undefined })
    this.deps.log.add(id, 'info', 'resumed')
    this.changed(id)
    return this.view(id)
  }

  runNow(id: number): FetchJob {
    const record = this.record(id)
    const stopped = record.status === 'gone' || record.status === 'failed'
    this.deps.store.patch(id, { active: true, nextRunAt: Date.now(), failureCount: stopped ? 0 : undefined })
    this.changed(id)
    return this.view(id)
  }

  /** Deletes the job, its log, items and versions; the articles it imported stay. */
  remove(id: number): void {
    this.deps.scheduler.cancel(id)
    if (!this.deps.store.remove(id)) throw notFound(`Job ${id}`)
    this.emit('changed', [])
  }

  versions(jobId: number): PageVersion[] {
    this.record(jobId)
    return this.deps.versions.list(jobId)
  }

  versionDiff(versionId: number): VersionDiff {
    const diff = this.deps.versions.diff(versionId)
    if (!diff) throw notFound(`Page version ${versionId}`)
    return diff
  }

  /** Whether `url` is a feed, or which feeds the page links to. */
  async discover(rawUrl: string, signal?: AbortSignal): Promise<FeedDiscovery> {
    const url = jobUrl(rawUrl)
    let res
    try {
      res = await this.deps.fetcher.fetch(url, { accept: ['html', 'xml', 'json'], signal })
    } catch (err) {
      if (err instanceof FetchError) throw new LibraryError('refused', err.url === url ? err.message : `${err.message} (at ${err.url})`)
      throw err
    }
    if (res.notModified) throw new LibraryError('refused', `${url}: unexpected HTTP 304`)
    const { text } = decodeBytes(res.bytes, res.charset ?? undefined)
    if (res.kind === 'html') return { url: res.url, isFeed: false, ...discoverFeeds(text, res.url) }
    try {
      const feed = parseFeedText(text, res.url)
      return { url: res.url, isFeed: true, title: feed.title, feeds: [] }
    } catch (err) {
      throw new LibraryError('refused', `${err instanceof Error ? err.message : String(err)}${res.url === url ? '' : ` (at ${res.url})`}`)
    }
  }

  private record(id: number) {
    const record = this.deps.store.record(id)
    if (!record) throw notFound(`Job ${id}`)
    return record
  }

  private view(id: number): FetchJob {
    return this.deps.store.view(id)!
  }

  private assertNew(kind: NewJob['kind'], url: string): void {
    const existing = this.deps.store.findByUrl(kind, url)
    if (existing) throw new LibraryError('refused', `${url} is already ${kind === 'feed' ? 'followed' : 'watched'} (job ${existing.id}${existing.title ? `, "${existing.title}"` : ''})`)
  }

  private tagIds(names: readonly string[]): number[] {
    return [...new Set(names.map((n) => n.trim()).filter(Boolean))].map((name) => this.deps.tags.addToArticles([], name).id)
  }

  private changed(id: number): void {
    this.deps.scheduler.wake()
    this.emit('changed', [id])
  }
}
