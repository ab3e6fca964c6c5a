import { join } from 'node:path'
import { ActorStore } from './actors/actor-store'
import { hasSeedActorNames, syncSeedActorNames } from './actors/actor-names'
import { defaultPersonSeed } from './actors/person-seed'
import { PersonStore } from './actors/person-store'
import { defaultSeed, loadSeedFile } from './actors/seed'
import { CitationExporter } from './citations/citation-export'
import { openLibrary, type OpenLibrary } from './db/library'
import { LibraryMaintenance } from './db/maintenance'
import type { Db, OpenOptions } from './db/open'
import { ArticleStore } from './library/article-store'
import { SavedSearchStore } from './library/saved-searches'
import { TagStore } from './library/tag-store'
import { SettingsStore } from './settings/settings-store'
import { StatementStore } from './statements/statement-store'

/**
 * The library's stores: what reading, listing, searching and editing need. Nothing in here loads the
 * statement engine's lexicons, the fetch stack or the comparison code (services.ts adds those), so
 * a command like `parallax list` starts in a fraction of the time and memory.
 */
export interface LibraryServices {
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
  readonly settings: SettingsStore
  readonly actors: ActorStore
  /** People who speak for actors: the shipped person seed and the analyst's own, with their offices. */
  readonly persons: PersonStore
  /** Statements: listing, the analyst's edits, manual statements. */
  readonly statements: StatementStore
  /** Citations of articles as RIS, CSL-JSON or BibTeX. */
  readonly citations: CitationExporter
  close(): Promise<void>
}

export interface LibraryServicesOptions {
  libraryPath: string
  /** Progress of a migration that rebuilds much on opening (the search index of a large library). */
  onMigrationProgress?: OpenOptions['onMigrationProgress']
  /** Where app settings live; defaults to beside the library. */
  settingsFile?: string
  /** The actor seed file; defaults to the shipped resources/actors/seed.json. */
  actorSeedFile?: string
}

/** Opens the library (migrating it), syncs the shipped actors and persons, and builds its stores. */
export function openLibraryServices(options: LibraryServicesOptions): LibraryServices & { readonly library: OpenLibrary } {
  const library = openLibrary(options.libraryPath, { onMigrationProgress: options.onMigrationProgress })
  const db = library.db
  const articles = new ArticleStore(db, options.libraryPath)
  const tags = new TagStore(db)
  const actors = new ActorStore(db)
  const actorSeed = options.actorSeedFile ? loadSeedFile(options.actorSeedFile) : defaultSeed()
  const actorSync = actors.syncSeed(actorSeed)
  // Names per report language follow the seed; a library migrated since its last sync gets them now.
  if (actorSync.synced || !hasSeedActorNames(db)) syncSeedActorNames(db, actorSeed.actors)
  // After the actors, and again whenever they changed: offices name them.
  const persons = new PersonStore(db)
  persons.syncSeed(defaultPersonSeed(), { force: actorSync.synced })
  return {
    library,
    libraryPath: options.libraryPath,
    db,
    recoveredFromUncleanExit: library.recoveredFromUncleanExit,
    maintenance: new LibraryMaintenance(db, options.libraryPath),
    articles,
    tags,
    savedSearches: new SavedSearchStore(db, (query, afterId) => articles.countNewer(query, afterId)),
    settings: new SettingsStore(options.settingsFile ?? join(options.libraryPath + '.settings.json')),
    actors,
    persons,
    statements: new StatementStore(db, tags),
    citations: new CitationExporter(articles, tags),
    async close() {
      library.close()
    },
  }
}
