import { z } from 'zod'
import type { ApiContext, NamespaceHandlers, NamespaceSchemas } from '../types'
import { color, id, ids, none, tagName } from './common'

export const tagsSchemas: NamespaceSchemas<'tags'> = {
  list: none,
  create: z.tuple([tagName, color.optional()]),
  rename: z.tuple([id, tagName]),
  recolor: z.tuple([id, color]),
  merge: z.tuple([id, id]),
  remove: z.tuple([id]),
  addToArticles: z.tuple([ids, tagName]),
  removeFromArticles: z.tuple([ids, id]),
}

export const tagsHandlers = ({ services }: ApiContext): NamespaceHandlers<'tags'> => ({
  list: () => services.tags.list(),
  create: (name, c) => services.tags.create(name, c),
  rename: (tagId, name) => services.tags.rename(tagId, name),
  recolor: (tagId, c) => services.tags.recolor(tagId, c),
  merge: (from, to) => services.tags.merge(from, to),
  remove: (tagId) => services.tags.remove(tagId),
  addToArticles: (articleIds, name) => services.tags.addToArticles(articleIds, name),
  removeFromArticles: (articleIds, tagId) => services.tags.removeFromArticles(articleIds, tagId),
})
