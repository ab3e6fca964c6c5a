import { z } from 'zod'
import type { CitationExport, CitationFormat, CitationSelection } from '../../../shared/api'
import { LibraryError } from '../../core/library/errors'
import { ApiError, type ApiContext, type NamespaceHandlers, type NamespaceSchemas } from '../types'
import { ids, tagName } from './common'

const selection = z.strictObject({
  ids: ids.optional(),
  query: z.string().max(1000).optional(),
  tag: tagName.optional(),
})
const format = z.enum(['ris', 'csl-json', 'bibtex'])

export const citationsSchemas: NamespaceSchemas<'citations'> = {
  render: z.tuple([selection, format]),
  save: z.tuple([selection, format]),
}

/** What the save dialog offers for each format. */
const FILTERS = {
  ris: { name: 'RIS (Zotero, Citavi, EndNote)', extensions: ['ris'] },
  'csl-json': { name: 'CSL-JSON', extensions: ['json'] },
  bibtex: { name: 'BibTeX', extensions: ['bib'] },
} as const

export const citationsHandlers = ({ services, platform }: ApiContext): NamespaceHandlers<'citations'> => {
  // An unknown article or tag is the caller's mistake, named as core names it.
  const exported = (s: CitationSelection, f: CitationFormat): CitationExport => {
    try {
      return services.citations.export(s, f)
    } catch (err) {
      if (err instanceof LibraryError) throw new ApiError(err.code, err.message)
      throw err
    }
  }
  return {
    render: (s, f) => exported(s, f),
    save: async (s, f) => {
      if (!platform.saveTextFile) throw new ApiError('refused', 'Saving files needs the desktop app.')
      const out = exported(s, f)
      if (out.count === 0) throw new ApiError('refused', 'No articles to cite: the selection is empty.')
      const path = await platform.saveTextFile(out.text, { suggestedName: out.fileName, filters: [FILTERS[f]] })
      return path === null ? null : { path, count: out.count }
    },
  }
}
