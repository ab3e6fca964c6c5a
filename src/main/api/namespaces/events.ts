import { z } from 'zod'
import type { ApiContext, NamespaceHandlers, NamespaceSchemas } from '../types'
import { id, ids, isoDate, none, tagName } from './common'

const title = z.string().trim().min(1, 'an event needs a title').max(300)
const description = z.string().max(20_000)

const eventInput = z.strictObject({
  title,
  description: description.optional(),
  from: isoDate.nullable().optional(),
  to: isoDate.nullable().optional(),
})

const eventPatch = z.strictObject({
  title: title.optional(),
  description: description.optional(),
  from: isoDate.nullable().optional(),
  to: isoDate.nullable().optional(),
})

const seed = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('statements'), statementIds: ids.min(1) }),
  z.strictObject({ kind: z.literal('tag'), tag: tagName }),
  z.strictObject({ kind: z.literal('search'), query: z.string().trim().min(1).max(1000), from: isoDate.optional(), to: isoDate.optional() }),
  z.strictObject({ kind: z.literal('dateRange'), from: isoDate, to: isoDate }),
])

export const eventsSchemas: NamespaceSchemas<'events'> = {
  list: none,
  get: z.tuple([id]),
  create: z.union([z.tuple([eventInput]), z.tuple([eventInput, seed])]),
  update: z.tuple([id, eventPatch]),
  delete: z.tuple([id]),
  addStatements: z.tuple([id, ids]),
  removeStatements: z.tuple([id, ids]),
}

export const eventsHandlers = ({ services }: ApiContext): NamespaceHandlers<'events'> => ({
  list: () => services.events.list(),
  get: (eventId) => services.events.get(eventId),
  create: (input, from) => services.events.create(input, from),
  update: (eventId, patch) => services.events.update(eventId, patch),
  delete: (eventId) => services.events.delete(eventId),
  addStatements: (eventId, statementIds) => services.events.addStatements(eventId, statementIds),
  removeStatements: (eventId, statementIds) => services.events.removeStatements(eventId, statementIds),
})
