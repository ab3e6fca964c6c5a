import { z } from 'zod'
import type { ApiContext, NamespaceHandlers, NamespaceSchemas } from '../types'
import { actorNamesOf, setActorName } from '../../core/actors/actor-names'
import { none } from './common'

/** Characters actors.match reads at most (a long article has 50,000; 5 M blocked the main process for seconds). */
export const MAX_MATCH_TEXT = 200_000
const actorId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'expected an actor id (lower-case letters, digits, hyphens)')
const kind = z.enum(['foreign-ministry', 'ministry', 'government', 'presidency', 'organisation', 'agency', 'person', 'other'])
const country = z.string().regex(/^[a-zA-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code').nullable()
const language = z.string().regex(/^[a-z]{2,3}$/, 'expected a language code (de, en, ru, …)').nullable()
const aliasText = z.string().trim().min(1, 'an alias needs some text').max(200)
const alias = z.object({ text: aliasText, language: language.optional(), kind: z.enum(['name', 'body', 'metonym']).optional() }).strict()
const name = z.string().trim().min(1, 'an actor needs a name').max(200)

export const actorsSchemas: NamespaceSchemas<'actors'> = {
  list: z.union([none, z.tuple([z.object({ includeHidden: z.boolean().optional() }).strict()])]),
  get: z.tuple([actorId]),
  search: z.union([z.tuple([z.string().max(200)]), z.tuple([z.string().max(200), z.number().int().min(1).max(200)])]),
  create: z.tuple([
    z.object({ id: actorId.optional(), name, kind, country: country.optional(), aliases: z.array(alias).max(500).optional() }).strict(),
  ]),
  update: z.tuple([actorId, z.object({ name: name.optional(), kind: kind.optional(), country: country.optional(), hidden: z.boolean().optional() }).strict()]),
  remove: z.tuple([actorId]),
  addAlias: z.tuple([actorId, alias]),
  removeAlias: z.tuple([actorId, aliasText, language]),
  names: z.tuple([actorId]),
  setName: z.tuple([actorId, z.enum(['de', 'en', 'ru']), z.string().max(300).nullable()]),
  // An article's worth of text: matching grows with the text, and runs on the main process's thread.
  match: z.union([z.tuple([z.string().max(MAX_MATCH_TEXT)]), z.tuple([z.string().max(MAX_MATCH_TEXT), language.optional()])]),
}

export const actorsHandlers = ({ services }: ApiContext): NamespaceHandlers<'actors'> => ({
  list: (options) => services.actors.list(options),
  get: (id) => services.actors.get(id),
  search: (query, limit) => services.actors.search(query, limit),
  create: (input) => services.actors.create(input),
  update: (id, patch) => services.actors.update(id, patch),
  remove: (id) => services.actors.remove(id),
  addAlias: (id, a) => services.actors.addAlias(id, a),
  removeAlias: (id, text, lang) => services.actors.removeAlias(id, text, lang),
  names: (id) => actorNamesOf(services.db, id),
  setName: (id, lang, text) => {
    setActorName(services.db, id, lang, text)
    return actorNamesOf(services.db, id)
  },
  match: (text, lang) => services.actors.matcher().findMentions(text, lang),
})
