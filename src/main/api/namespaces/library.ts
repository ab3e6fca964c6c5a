import { z } from 'zod'
import type { ApiContext, NamespaceHandlers, NamespaceSchemas } from '../types'
import { id, ids, isoDate, none } from './common'

const searchQuery = z.strictObject({
  text: z.string().max(1000).optional(),
  tagIds: ids.optional(),
  sourceIds: ids.optional(),
  languages: z.array(z.string().min(2).max(12)).max(50).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  sort: z.enum(['relevance', 'date-desc', 'date-asc', 'imported-desc', 'title']).optional(),
  offset: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(1000).optional(),
})

export const librarySchemas: NamespaceSchemas<'library'> = {
  info: none,
  search: z.tuple([searchQuery]),
  getArticle: z.tuple([id]),
  deleteArticle: z.tuple([id]),
  sources: none,
  languages: none,
}

export const libraryHandlers = ({ services }: ApiContext): NamespaceHandlers<'library'> => ({
  info: () => services.articles.info(),
  search: (query) => services.articles.search(query),
  getArticle: (articleId) => services.articles.get(articleId),
  deleteArticle: (articleId) => services.articles.remove(articleId),
  sources: () => services.articles.sources(),
  languages: () => services.articles.languages(),
})
