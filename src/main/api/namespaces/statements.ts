import { z } from 'zod'
import type { ApiContext, NamespaceHandlers, NamespaceSchemas } from '../types'
import { id, ids, isoDate, tagName } from './common'

const actorId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'expected an actor id (lower-case letters, digits, hyphens)')
const personId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'expected a person id (lower-case letters, digits, hyphens)')
const kind = z.enum(['direct', 'partial', 'reported'])
const review = z.enum(['unreviewed', 'confirmed', 'rejected'])
const offset = z.number().int().min(0).max(100_000_000)
const note = z.string().max(20_000).nullable()

const filter = z
  .object({
    articleId: id.optional(),
    actorIds: z.array(actorId).max(1000).optional(),
    personIds: z.array(personId).max(1000).optional(),
    unattributed: z.boolean().optional(),
    kinds: z.array(kind).max(3).optional(),
    review: z.array(review).max(3).optional(),
    needsReview: z.boolean().optional(),
    origin: z.enum(['auto', 'manual']).optional(),
    tagId: id.optional(),
    language: z.string().regex(/^[a-z]{2,3}$/, 'expected a language code (de, en, ru, …)').optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    text: z.string().max(1000).optional(),
    queue: z.enum(['attributed', 'needs-speaker']).optional(),
    minConfidence: z.number().min(0).max(1).optional(),
    sort: z.enum(['date-desc', 'date-asc', 'confidence-desc', 'confidence-asc']).optional(),
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(500).optional(),
  })
  .strict()

export const statementsSchemas: NamespaceSchemas<'statements'> = {
  list: z.tuple([filter]),
  counts: z.tuple([filter]),
  countByActor: z.tuple([]),
  countByPerson: z.tuple([]),
  forArticle: z.tuple([id]),
  get: z.tuple([id]),
  update: z.tuple([
    id,
    z
      .object({ actorId: actorId.nullable().optional(), personId: personId.nullable().optional(), kind: kind.optional(), review: review.optional(), note: note.optional(), start: offset.optional(), end: offset.optional() })
      .strict(),
  ]),
  review: z.tuple([ids.min(1), review]),
  create: z.tuple([
    z
      .object({
        articleId: id,
        start: offset,
        end: offset,
        actorId: actorId.nullable().optional(),
        personId: personId.nullable().optional(),
        kind: kind.optional(),
        speaker: z.string().max(500).nullable().optional(),
        note: note.optional(),
      })
      .strict(),
  ]),
  remove: z.tuple([id]),
  addTag: z.tuple([ids.min(1), tagName]),
  removeTag: z.tuple([ids.min(1), id]),
  extractArticle: z.tuple([id]),
  extractLibrary: z.tuple([]),
  cancelExtraction: z.tuple([z.string().min(1).max(100)]),
}

export const statementsHandlers = ({ services, emit }: ApiContext): NamespaceHandlers<'statements'> => {
  // Background repairs (start-up, after imports) report like any extraction run.
  services.statementRepair.setReporter({ progress: (p) => emit('statements.progress', p), done: (s) => emit('statements.done', s) })
  return {
    list: (f) => services.statements.list(f),
    counts: (f) => services.statements.counts(f),
    countByActor: () => services.statements.countByActor(),
    countByPerson: () => services.statements.countByPerson(),
    forArticle: (articleId) => services.statements.forArticle(articleId),
    get: (statementId) => services.statements.get(statementId),
    update: (statementId, patch) => services.statements.update(statementId, patch),
    review: (statementIds, state) => services.statements.setReview(statementIds, state),
    create: (input) => services.statements.createManual(input),
    remove: (statementId) => services.statements.remove(statementId),
    addTag: (statementIds, name) => services.statements.addTag(statementIds, name),
    removeTag: (statementIds, tagId) => services.statements.removeTag(statementIds, tagId),
    extractArticle: (articleId) => services.statementExtraction.extractArticle(articleId),
    extractLibrary: () =>
      services.statementExtraction.start({
        onProgress: (p) => emit('statements.progress', p),
        onDone: (s) => emit('statements.done', s),
      }),
    cancelExtraction: (runId) => services.statementExtraction.cancel(runId),
  }
}
