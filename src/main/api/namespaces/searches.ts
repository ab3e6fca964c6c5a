import { z } from 'zod'
import type { ApiContext, NamespaceHandlers, NamespaceSchemas } from '../types'
import { id, ids, isoDate, none } from './common'

const savedQuery = z.strictObject({
  text: z.string().max(1000).optional(),
  tagIds: ids.optional(),
  sourceIds: ids.optional(),
  languages: z.array(z.string().min(2).max(12)).max(50).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  sort: z.enum(['relevance', 'date-desc', 'date-asc', 'imported-desc', 'title']).optional(),
})

export const searchesSchemas: NamespaceSchemas<'searches'> = {
  list: none,
  save: z.tuple([z.string().trim().min(1, 'a saved search needs a name').max(120), savedQuery]),
  open: z.tuple([id]),
  remove: z.tuple([id]),
}

export const searchesHandlers = ({ services }: ApiContext): NamespaceHandlers<'searches'> => ({
  list: () => services.savedSearches.list(),
  save: (name, query) => services.savedSearches.save(name, query),
  open: (searchId) => services.savedSearches.open(searchId),
  remove: (searchId) => services.savedSearches.remove(searchId),
})
