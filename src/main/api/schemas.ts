import type { Schemas } from './types'
import { actorsSchemas } from './namespaces/actors'
import { citationsSchemas } from './namespaces/citations'
import { appSchemas } from './namespaces/app'
import { compareSchemas } from './namespaces/compare'
import { eventsSchemas } from './namespaces/events'
import { importSchemas } from './namespaces/import'
import { jobsSchemas } from './namespaces/jobs'
import { metadataSchemas } from './namespaces/metadata'
import { librarySchemas } from './namespaces/library'
import { personsSchemas } from './namespaces/persons'
import { searchesSchemas } from './namespaces/searches'
import { statementsSchemas } from './namespaces/statements'
import { tagsSchemas } from './namespaces/tags'

export const schemas: Schemas = {
  app: appSchemas,
  library: librarySchemas,
  searches: searchesSchemas,
  tags: tagsSchemas,
  import: importSchemas,
  actors: actorsSchemas,
  persons: personsSchemas,
  events: eventsSchemas,
  compare: compareSchemas,
  jobs: jobsSchemas,
  statements: statementsSchemas,
  metadata: metadataSchemas,
  citations: citationsSchemas,
}
