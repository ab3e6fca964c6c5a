import { EventEmitter } from 'node:events'
import { Importer } from './import/importer'
import { ComparisonService } from './compare/comparison-service'
import { EventStore } from './events/event-store'
import { createFetchJobs, type FetchJobsOptions } from './fetch/fetch-jobs'
import type { HttpClient } from './fetch/http-client'
import type { JobService } from './fetch/job-service'
import type { SchedulerEvents } from './fetch/scheduler'
import { openLibraryServices, type LibraryServices, type LibraryServicesOptions } from './library-services'
import { CandidateWriter } from './statements/candidate-writer'
import { StatementRepair } from './statements/statement-repair'
import { StatementService } from './statements/statement-service'

/** Everything the API, the CLI and the test server work with; no electron in here. */
export interface Services extends LibraryServices {
  readonly importer: Importer
  /** Events and comparisons are built on first use (most CLI commands never touch them). */
  readonly events: EventStore
  readonly comparisons: ComparisonService
  /** Fetch jobs; their scheduler runs only once started (the app does, `parallax jobs run` does). */
  readonly jobs: JobService
  /** The fetch jobs' `changed` and `progress` events, available before the service is built. */
  readonly jobEvents: EventEmitter<SchedulerEvents>
  /** The extraction engine over the library; runs on every import (and fetch) by itself. */
  readonly statementExtraction: StatementService
  /** Reads articles left without statements (killed import, locked library, engine update): at start-up and after imports. */
  readonly statementRepair: StatementRepair
}

export interface ServicesOptions extends LibraryServicesOptions {
  /** Worker threads for import; defaults to one per core, as many as memory allows. */
  importWorkers?: number
  /** The network stack for fetch jobs: Electron's net in the app; Node's (undici) by default. */
  httpClient?: HttpClient
  /** User-Agent, politeness, timeouts and scheduling of fetch jobs. */
  fetchJobs?: Pick<FetchJobsOptions, 'userAgent' | 'politeness' | 'fetcher' | 'scheduler'>
}

export function createServices(options: ServicesOptions): Services {
  const { library, ...stores } = openLibraryServices(options)
  const { db, articles, actors, persons, statements } = stores
  const statementExtraction = new StatementService(db, statements, () => actors.matcher(), () => persons.index(), persons)
  // Fetched articles: statements are extracted on this side right after each is stored (a few ms per
  // article); a failure is recorded per article and never undoes the import.
  const statementRepair = new StatementRepair(db, statementExtraction)
  // A failure (a locked library) leaves the articles queued; the repair reads them in the background.
  const onImported = (ids: number[]) => {
    if (statementExtraction.extractArticles(ids).failed.length) void statementRepair.start()
  }
  // Imports: the workers find the statements, and they are stored with their article in its transaction.
  const candidates = new CandidateWriter(db, statements, persons)
  const importer = new Importer(articles, {
    workers: options.importWorkers,
    statements: {
      context: () => ({ ...actors.matcherInput(), persons: persons.known() }),
      write: (articleId, text, found, titled, publishedAt) => void candidates.write(articleId, text, [...found], titled, publishedAt),
      // Articles that name somebody this import taught ("Müllerowa sagte" after another file's "Anna Müllerowa,
      // Sprecherin des …") are read again now that the library knows them.
      finish: (ids, startedAt) => {
        const again = persons.articlesNamingLearned(ids, startedAt)
        if (again.length) statementExtraction.extractArticles(again)
      },
    },
  })
  let events: EventStore | undefined
  let comparisons: ComparisonService | undefined
  let fetchJobs: ReturnType<typeof createFetchJobs> | undefined
  const jobEvents = new EventEmitter<SchedulerEvents>()
  return {
    ...stores,
    importer,
    get events() {
      return (events ??= new EventStore(db))
    },
    get comparisons() {
      return (comparisons ??= new ComparisonService(db, this.events))
    },
    get jobs() {
      return (fetchJobs ??= createFetchJobs({ ...options.fetchJobs, db, articles, tags: stores.tags, httpClient: options.httpClient, events: jobEvents, onImported })).jobs
    },
    jobEvents,
    statementExtraction,
    statementRepair,
    async close() {
      await comparisons?.close()
      await fetchJobs?.close()
      await importer.close()
      await statementRepair.close()
      await statementExtraction.close()
      library.close()
    },
  }
}
