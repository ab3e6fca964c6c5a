/**
 * The one API contract between main, preload and renderer. Main implements it (src/main/api),
 * the preload exposes exactly it as `window.api`, the renderer calls nothing else.
 * To add a method: declare it in its namespace interface, list it in API_METHODS (the compiler
 * insists), give it a schema and a handler in src/main/api.
 */
import type { AppApi, ImportApi, ImportProgress, ImportSummary, LibraryApi, TagsApi } from './library'
import type { ActorsApi } from './actors'
import type { CompareApi, EventsApi } from './compare'
import type { JobProgress, JobsApi, JobsChanged } from './jobs'
import type { CitationsApi, MetadataApi } from './metadata'
import type { PersonsApi } from './persons'
import type { SearchesApi } from './searches'
import type { ExtractionSummary, StatementsApi, StatementsProgress } from './statements'

export * from './library'
export * from './actors'
export * from './compare'
export * from './jobs'
export * from './metadata'
export * from './persons'
export * from './searches'
export * from './statements'

export interface ParallaxApi {
  app: AppApi
  library: LibraryApi
  searches: SearchesApi
  tags: TagsApi
  import: ImportApi
  actors: ActorsApi
  persons: PersonsApi
  events: EventsApi
  compare: CompareApi
  jobs: JobsApi
  statements: StatementsApi
  metadata: MetadataApi
  citations: CitationsApi
}

/** Events main pushes to the renderer. */
export interface ApiEvents {
  'import.progress': ImportProgress
  'import.done': ImportSummary
  'jobs.changed': JobsChanged
  'jobs.progress': JobProgress
  'statements.progress': StatementsProgress
  'statements.done': ExtractionSummary
}

export type Namespace = keyof ParallaxApi
export type MethodOf<N extends Namespace> = keyof ParallaxApi[N] & string
export type EventName = keyof ApiEvents

type MethodTable = { [N in Namespace]: { [M in MethodOf<N>]: true } }

/** Every method of the contract; exhaustive by type, so preload and dispatch cannot drift. */
export const API_METHODS: MethodTable = {
  app: { openExternal: true, settings: true, updateSettings: true },
  library: { info: true, search: true, getArticle: true, deleteArticle: true, sources: true, languages: true },
  searches: { list: true, save: true, open: true, remove: true },
  tags: {
    list: true,
    create: true,
    rename: true,
    recolor: true,
    merge: true,
    remove: true,
    addToArticles: true,
    removeFromArticles: true,
  },
  import: { start: true, cancel: true, pickAndStart: true },
  actors: {
    list: true,
    get: true,
    search: true,
    create: true,
    update: true,
    remove: true,
    addAlias: true,
    removeAlias: true,
    names: true,
    setName: true,
    match: true,
  },
  persons: { list: true, get: true, create: true, remove: true, confirm: true, rename: true, merge: true },
  events: { list: true, get: true, create: true, update: true, delete: true, addStatements: true, removeStatements: true },
  compare: {
    actorsInScope: true,
    personsInScope: true,
    build: true,
    overview: true,
    settled: true,
    page: true,
    phrases: true,
    list: true,
    get: true,
    save: true,
    update: true,
    delete: true,
    setCardNote: true,
    setThemes: true,
    acceptSuggestion: true,
    exportHtml: true,
    exportJson: true,
    exportCsv: true,
    exportDocx: true,
    termGroups: true,
    addTermGroup: true,
    removeTermGroup: true,
    printToPdf: true,
    print: true,
  },
  jobs: {
    list: true,
    get: true,
    add: true,
    update: true,
    pause: true,
    resume: true,
    runNow: true,
    remove: true,
    versions: true,
    versionDiff: true,
    discoverFeeds: true,
  },
  statements: {
    list: true,
    counts: true,
    countByActor: true,
    countByPerson: true,
    forArticle: true,
    get: true,
    update: true,
    review: true,
    create: true,
    remove: true,
    addTag: true,
    removeTag: true,
    extractArticle: true,
    extractLibrary: true,
    cancelExtraction: true,
  },
  metadata: { update: true, revert: true },
  citations: { render: true, save: true },
}

export const API_EVENTS: { [E in EventName]: true } = {
  'import.progress': true,
  'import.done': true,
  'jobs.changed': true,
  'jobs.progress': true,
  'statements.progress': true,
  'statements.done': true,
}

/** What `window.api` is in the renderer: the contract plus typed event subscription. */
export type RendererApi = ParallaxApi & {
  on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void
  /** Absolute paths of files dropped onto the window (Electron's webUtils; empty where unknown). */
  pathsForFiles(files: readonly File[]): string[]
}

export const IPC_INVOKE_CHANNEL = 'parallax:invoke'
export const IPC_EVENT_CHANNEL = 'parallax:event'
/** Preload → main: the paths of files the person dropped, the only paths import.start accepts besides the open dialog's. */
export const IPC_CHOSEN_PATHS_CHANNEL = 'parallax:chosen-paths'
