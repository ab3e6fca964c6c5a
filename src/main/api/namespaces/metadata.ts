import { z } from 'zod'
import { METADATA_FIELDS, type Article } from '../../../shared/api'
import { LibraryError, notFound } from '../../core/library/errors'
import { ApiError, type ApiContext, type NamespaceHandlers, type NamespaceSchemas } from '../types'
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
      refusals(() => services.articles.metadata.update(articleId, changes))
      return article(articleId)
    },
    revert: (articleId, list) => {
      refusals(() => services.articles.metadata.reextract(articleId, list))
      return article(articleId)
    },
  }
}

/** A value core refused is the caller's mistake (an API refusal with core's message), not a failure of main. */
function refusals(work: () => void): void {
  try {
    work()
  } catch (err) {
    if (err instanceof LibraryError) throw new ApiError(err.code, err.message)
    throw err
  }
}

function fail(articleId: number): never {
  throw notFound(`Article ${articleId}`)
}
