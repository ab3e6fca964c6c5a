import { z } from 'zod'
import { METADATA_FIELDS, type Article } from '../../../shared/api'
import { notFound } from '../../core/library/errors'
import type { ApiContext, NamespaceHandlers, NamespaceSchemas } from '../types'
import { id } from './common'

// The shape only: what a date, URL or language code must look like is checked in core
// (metadata-validation.ts), the same for the CLI, with messages that say what is expected.
const text = (max: number) => z.string().max(max)
const optionalText = (max: number) => text(max).nullable().optional()

const patch = z.strictObject({
  title: text(2000).optional(),
  outlet: optionalText(2000),
  author: optionalText(2000),
  publishedAt: optionalText(100),
  url: optionalText(4000),
  language: optionalText(50),
})
const fields = z.array(z.enum(METADATA_FIELDS as [string, ...string[]])).min(1).max(METADATA_FIELDS.length)

export const metadataSchemas: NamespaceSchemas<'metadata'> = {
  update: z.tuple([id, patch]),
  revert: z.tuple([id, fields]) as NamespaceSchemas<'metadata'>['revert'],
}

export const metadataHandlers = ({ services }: ApiContext): NamespaceHandlers<'metadata'> => {
  const article = (articleId: number): Article => services.articles.get(articleId) ?? fail(articleId)
  return {
    update: (articleId, changes) => {
      services.articles.metadata.update(articleId, changes)
      return article(articleId)
    },
    revert: (articleId, list) => {
      services.articles.metadata.reextract(articleId, list)
      return article(articleId)
    },
  }
}

function fail(articleId: number): never {
  throw notFound(`Article ${articleId}`)
}
