import { z } from 'zod'
import type { ApiContext, NamespaceHandlers, NamespaceSchemas } from '../types'
import { none } from './common'

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'expected an id (lower-case letters, digits, hyphens)')
const language = z.string().regex(/^[a-z]{2,3}$/, 'expected a language code (de, en, ru, …)')
const name = z.string().trim().min(2, 'a name has at least two letters').max(200)
const date = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD')
const office = z.strictObject({
  actorId: slug,
  role: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, 'expected a role as lower-case words joined by hyphens (spokesperson, foreign-minister)').max(60),
  from: date,
  to: date.nullable().optional(),
})
const person = z.strictObject({
  id: slug.optional(),
  names: z.record(language, z.array(name).max(20)),
  gender: z.enum(['f', 'm']).nullable().optional(),
  surnameAlone: z.boolean().optional(),
  offices: z.array(office).max(50).optional(),
})

const rename = z.strictObject({ names: z.record(language, z.array(name).max(20)), gender: z.enum(['f', 'm']).nullable().optional() })

export const personsSchemas: NamespaceSchemas<'persons'> = {
  list: none,
  get: z.tuple([slug]),
  create: z.tuple([person]),
  remove: z.tuple([slug]),
  confirm: z.tuple([slug]),
  rename: z.tuple([slug, rename]),
  merge: z.tuple([slug, slug]),
}

export const personsHandlers = ({ services }: ApiContext): NamespaceHandlers<'persons'> => ({
  list: () => services.persons.list(),
  get: (id) => services.persons.get(id),
  create: (input) => services.persons.create(input),
  remove: (id) => services.persons.remove(id),
  confirm: (id) => services.persons.confirm(id),
  rename: (id, input) => services.persons.rename(id, input),
  merge: (id, intoId) => services.persons.merge(id, intoId),
})
