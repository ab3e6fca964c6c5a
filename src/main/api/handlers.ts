import type { ApiContext, Handlers } from './types'
import { actorsHandlers } from './namespaces/actors'
import { citationsHandlers } from './namespaces/citations'
import { appHandlers } from './namespaces/app'
import { compareHandlers } from './namespaces/compare'
import { eventsHandlers } from './namespaces/events'
import { importHandlers } from './namespaces/import'
import { jobsHandlers } from './namespaces/jobs'
import { metadataHandlers } from './namespaces/metadata'
import { libraryHandlers } from './namespaces/library'
import { personsHandlers } from './namespaces/persons'
import { searchesHandlers } from './namespaces/searches'
import { statementsHandlers } from './namespaces/statements'
import { tagsHandlers } from './namespaces/tags'

/** The one handler map implementing the contract; IPC and the test server both dispatch to it. */
export function createHandlers(ctx: ApiContext): Handlers {
  return {
    app: appHandlers(ctx),
    library: libraryHandlers(ctx),
    searches: searchesHandlers(ctx),
    tags: tagsHandlers(ctx),
    import: importHandlers(ctx),
    actors: actorsHandlers(ctx),
    persons: personsHandlers(ctx),
    events: eventsHandlers(ctx),
    compare: compareHandlers(ctx),
    jobs: jobsHandlers(ctx),
    statements: statementsHandlers(ctx),
    metadata: metadataHandlers(ctx),
    citations: citationsHandlers(ctx),
  }
}
