import type { EventEmitter } from 'node:events'
import type { Db } from '../db/open'
import type { ArticleStore } from '../library/article-store'
import type { TagStore } from '../library/tag-store'
import type { BackoffPolicy } from './backoff'
import { extractInProcess } from './extract-page'
import type { HttpClient } from './http-client'
import type { ArticleSink, PageExtractor } from './job-context'
import { JobItems } from './job-items'
import { JobLog } from './job-log'
import { JobService } from './job-service'
import { JobStore } from './job-store'
import { NodeHttpClient } from './node-http-client'
import { PageVersions } from './page-versions'
import { RequestGate, type GateOptions } from './request-gate'
import { ResourceFetcher, type FetcherOptions } from './resource-fetcher'
import { Scheduler, type SchedulerEvents, type SchedulerOptions } from './scheduler'

export interface FetchJobsOptions {
  db: Db
  articles: ArticleStore
  tags: TagStore
  /** The network stack: Electron's net in the app, undici (the default) in the CLI and tests. */
  httpClient?: HttpClient
  extract?: PageExtractor
  userAgent?: string
  politeness?: GateOptions
  fetcher?: Omit<FetcherOptions, 'client' | 'gate' | 'userAgent'>
  scheduler?: SchedulerOptions & { backoff?: BackoffPolicy }
  /** Also receives the service's events (so listeners need not wait for the service to be built). */
  events?: EventEmitter<SchedulerEvents>
  /** Called with each newly stored article's id (statement extraction hooks in here). */
  onImported?: (articleIds: number[]) => void
}

/** Builds the fetch-jobs service over a library: stores, fetcher, scheduler. */
export function createFetchJobs(options: FetchJobsOptions): { jobs: JobService; close(): Promise<void> } {
  const { db, articles, tags } = options
  const client = options.httpClient ?? new NodeHttpClient()
  const fetcher = new ResourceFetcher({ ...options.fetcher, client, gate: new RequestGate(options.politeness), userAgent: options.userAgent })
  const library: ArticleSink = {
    add: (extracted, capture, origin) => {
      const result = articles.add(extracted, capture, origin)
      if (result.status === 'imported') options.onImported?.([result.articleId])
      return result
    },
    tag: (articleId, names) => {
      for (const name of names) tags.addToArticles([articleId], name)
    },
  }
  const store = new JobStore(db)
  const items = new JobItems(db)
  const log = new JobLog(db)
  const versions = new PageVersions(db)
  const scheduler = new Scheduler({ store, items, log, versions, fetcher, extract: options.extract ?? extractInProcess, library }, options.scheduler)
  const jobs = new JobService({ store, items, log, versions, tags, fetcher, scheduler })
  const { events } = options
  if (events) {
    jobs.on('changed', (ids) => events.emit('changed', ids))
    jobs.on('progress', (p) => events.emit('progress', p))
  }
  return {
    jobs,
    async close() {
      await scheduler.stop()
      await client.close()
    },
  }
}
