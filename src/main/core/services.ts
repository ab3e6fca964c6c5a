import { EventEmitter } from 'node:events'
import { join } from 'node:path'
import { openLibrary } from './db/library'
import { LibraryMaintenance } from './db/maintenance'
import type { Db, OpenOptions } from './db/open'
import { ArticleStore } from './library/article-store'
import { SavedSearchStore } from './library/saved-searches'
import { TagStore } from './library/tag-store'
import { Importer } from './import/importer'
import { SettingsStore } from './settings/settings-store'
import { ActorStore } from './actors/actor-store'
import { hasSeedActorNames, syncSeedActorNames } from './actors/actor-names'
import { defaultPersonSeed } from './actors/person-seed'
import { PersonStore } from './actors/person-store'
import { defaultSeed, loadSeedFile } from './actors/seed'
import { CitationExporter } from './citations/citation-export'
import { ComparisonService } from './compare/comparison-service'
import { EventStore } from './events/event-store'
import { createFetchJobs, type FetchJobsOptions } from './fetch/fetch-jobs'
import type { HttpClient } from './fetch/http-client'
import type { JobService } from './fetch/job-service'
import type { SchedulerEvents } from './fetch/scheduler'
import { CandidateWriter } from './statements/candidate-writer'
import { StatementRepair } from './statements/statement-repair'
import { StatementService } from './statements/statement-service'
import { StatementStore } from './statements/statement-store'

/** Everything the API, the CLI and the test server work with; no electron in here. */
export interface Services {
  readonly libraryPath: string
  readonly db: Db
  /** The previous process left the library open (crash, kill): it passed a full integrity check. */
  readonly recoveredFromUncleanExit: boolean
  /** Backups (daily, on demand) and the full integrity check. */
  readonly maintenance: LibraryMaintenance
  readonly articles: ArticleStore
  readonly tags: TagStore
  /** Saved searches with their counts of new matching articles. */
  readonly savedSearches: SavedSearchStore
  readonly importer: Importer
  readonly settings: SettingsStore
  readonly actors: ActorStore
  /** People who speak for actors: the shipped person seed and the analyst's own, with their offices. */
  readonly persons: PersonStore
  /** Events and comparisons are built on first use (most CLI commands never touch them). */
  readonly events: EventStore
  readonly comparisons: ComparisonService
  /** Fetch jobs; their scheduler runs only once started (the app does, `parallax jobs run` does). */
  readonly jobs: JobService
  /** The fetch jobs' `changed` and `progress` events, available before the service is built. */
  readonly jobEvents: EventEmitter<SchedulerEvents>
  /** Statements: listing, the analyst's edits, manual statements. */
  readonly statements: StatementStore
  /** The extraction engine over the library; runs on every import (and fetch) by itself. */
  readonly statementExtraction: StatementService
  /** Reads articles left without statements (killed import, locked library, engine update): at start-up and after imports. */
  readonly statementRepair: StatementRepair
  /** Citations of articles as RIS, CSL-JSON or BibTeX. */
  readonly citations: CitationExporter
  close(): Promise<void>
}

export interface ServicesOptions {
  libraryPath: string
  /** Progress of a migration that rebuilds much on opening (the search index of a large library). */
  onMigrationProgress?: OpenOptions['onMigrationProgress']
  /** Where app settings live; defaults to beside the library. */
  settingsFile?: string
  /** Worker threads for import; defaults to one per core, as many as memory allows. */
  importWorkers?: number
  /** The actor seed file; defaults to the shipped resources/actors/seed.json. */
  actorSeedFile?: string
  /** The network stack for fetch jobs: Electron's net in the app; Node's (undici) by default. */
  httpClient?: HttpClient
  /** User-Agent, politeness, timeouts and scheduling of fetch jobs. */
  fetchJobs?: Pick<FetchJobsOptions, 'userAgent' | 'politeness' | 'fetcher' | 'scheduler'>
}

export function createServices(options: ServicesOptions): Services {
  const library = openLibrary(options.libraryPath, { onMigrationProgress: options.onMigrationProgress })
  const db = library.db
  const articles = new ArticleStore(db, options.libraryPath)
  const tags = new TagStore(db)
  const savedSearches = new SavedSearchStore(db, (query, afterId) => articles.countNewer(query, afterId))
  const settings = new SettingsStore(options.settingsFile ?? join(options.libraryPath + '.settings.json'))
  const actors = new ActorStore(db)
  const actorSeed = options.actorSeedFile ? loadSeedFile(options.actorSeedFile) : defaultSeed()
  const actorSync = actors.syncSeed(actorSeed)
  // Names per report language follow the seed; a library migrated since its last sync gets them now.
  if (actorSync.synced || !hasSeedActorNames(db)) syncSeedActorNames(db, actorSeed.actors)
  // After the actors, and again whenever they changed: offices name them.
  const persons = new PersonStore(db)
  persons.syncSeed(defaultPersonSeed(), { force: actorSync.synced })
  const statements = new StatementStore(db, tags)
  const statementExtraction = new StatementService(db, statements, () => actors.matcher(), () => persons.index())
  // Fetched articles: statements are extracted on this side right after each is stored (a few ms per
  // article); a failure is recorded per article and never undoes the import.
  const statementRepair = new StatementRepair(db, statementExtraction)
  // A failure (a locked library) leaves the articles queued; the repair reads them in the background.
  const onImported = (ids: number[]) => {
    if (statementExtraction.extractArticles(ids).failed.length) void statementRepair.start()
  }
  // Imports: the workers find the statements, and they are stored with their article in its transaction.
  const candidates = new CandidateWriter(db, statements)
  const importer = new Importer(articles, {
    workers: options.importWorkers,
    statements: {
      context: () => ({ ...actors.matcherInput(), persons: persons.known() }),
      write: (articleId, text, found) => void candidates.write(articleId, text, found),
    },
  })
  let events: EventStore | undefined
  let comparisons: ComparisonService | undefined
  let fetchJobs: ReturnType<typeof createFetchJobs> | undefined
  const jobEvents = new EventEmitter<SchedulerEvents>()
  return {
    libraryPath: options.libraryPath,
    db,
    recoveredFromUncleanExit: library.recoveredFromUncleanExit,
    maintenance: new LibraryMaintenance(db, options.libraryPath),
    articles,
    tags,
    savedSearches,
    importer,
    settings,
    actors,
    persons,
    get events() {
      return (events ??= new EventStore(db))
    },
    get comparisons() {
      return (comparisons ??= new ComparisonService(db, this.events))
    },
    get jobs() {
      return (fetchJobs ??= createFetchJobs({ ...options.fetchJobs, db, articles, tags, httpClient: options.httpClient, events: jobEvents, onImported })).jobs
    },
    jobEvents,
    statements,
    statementExtraction,
    statementRepair,
    citations: new CitationExporter(articles, tags),
    async close() {
      await fetchJobs?.close()
      await importer.close()
      await statementRepair.close()
      await statementExtraction.close()
      library.close()
    },
  }
}
