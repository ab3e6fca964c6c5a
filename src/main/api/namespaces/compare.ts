import { z } from 'zod'
import { ApiError, type ApiContext, type NamespaceHandlers, type NamespaceSchemas } from '../types'
import type { Db } from '../../core/db/open'
import { addTermGroup, analystTermGroups, removeTermGroup, shippedTermGroups } from '../../core/compare/storage/term-groups'
import { COMPARE_PAGE_MAX_ROWS, type TermGroups } from '../../../shared/api/compare'
import { id, ids, isoDate, none, tagName } from './common'

function termGroups(db: Db): TermGroups {
  return {
    shipped: shippedTermGroups().map((g) => ({ id: g.id, terms: g.terms.map((t) => t.text + (t.language ? `@${t.language}` : '')) })),
    own: analystTermGroups(db),
  }
}

const actorId = z.string().min(1).max(100)
const layout = z.enum(['timeline', 'themes'])
const text = z.string().max(50_000)

const scope = z.strictObject({
  eventId: id.optional(),
  tag: tagName.optional(),
  query: z.string().trim().min(1).max(1000).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
})

const theme = z.strictObject({ id: z.string().min(1).max(100), title: z.string().max(300), statementIds: ids })
const themes = z
  .array(theme)
  .max(500)
  .refine((list) => new Set(list.map((t) => t.id)).size === list.length, 'theme ids must be unique')
const cardNote = z.strictObject({ statementId: id, note: text.optional(), translation: text.optional() })
const actorIds = z
  .array(actorId)
  .min(2, 'choose at least 2 actors')
  .max(6, 'choose at most 6 actors')
  .refine((list) => new Set(list).size === list.length, 'an actor or person is chosen twice')

const specInput = z.strictObject({
  title: z.string().max(300).optional(),
  scope,
  actorIds,
  layout,
  themes: themes.optional(),
  cardNotes: z.array(cardNote).max(10_000).optional(),
})

const specPatch = z.strictObject({
  title: z.string().max(300).optional(),
  scope: scope.optional(),
  actorIds: actorIds.optional(),
  layout: layout.optional(),
  themes: themes.optional(),
  cardNotes: z.array(cardNote).max(10_000).optional(),
})

const target = z.union([id, specInput])
const exportOptions = z.strictObject({
  locale: z.enum(['en', 'de', 'ru']).optional(),
  paper: z.enum(['a4', 'letter']).optional(),
  landscape: z.boolean().optional(),
})
const withOptions = z.union([z.tuple([target]), z.tuple([target, exportOptions])])

export const compareSchemas: NamespaceSchemas<'compare'> = {
  actorsInScope: z.tuple([scope]),
  personsInScope: z.tuple([scope]),
  build: z.tuple([specInput]),
  overview: z.tuple([specInput]),
  settled: z.tuple([specInput]),
  // A page is what a screen or two shows, never the whole comparison.
  page: z.tuple([specInput, z.strictObject({ offset: z.number().int().min(0).max(1_000_000), limit: z.number().int().min(1).max(COMPARE_PAGE_MAX_ROWS) })]),
  phrases: z.tuple([specInput]),
  list: none,
  get: z.tuple([id]),
  save: z.tuple([specInput]),
  update: z.tuple([id, specPatch]),
  delete: z.tuple([id]),
  setCardNote: z.tuple([id, cardNote]),
  setThemes: z.tuple([id, themes]),
  acceptSuggestion: z.tuple([id, z.strictObject({ label: z.string().max(300), statementIds: ids.min(1) })]),
  exportHtml: withOptions,
  exportJson: z.tuple([target]),
  exportCsv: z.tuple([target]),
  exportDocx: withOptions,
  printToPdf: withOptions,
  print: withOptions,
  termGroups: none,
  addTermGroup: z.tuple([z.array(z.string().trim().min(1).max(200)).min(2).max(50)]),
  removeTermGroup: z.tuple([id]),
}

export const compareHandlers = ({ services, platform }: ApiContext): NamespaceHandlers<'compare'> => {
  const comparisons = services.comparisons
  // Reports speak the app's language unless the call says otherwise.
  const withLocale = <T extends object>(options?: T) => ({ locale: services.settings.get().locale, ...options })
  return {
    actorsInScope: (s) => comparisons.actorsInScope(s, services.settings.get().locale),
    personsInScope: (s) => comparisons.personsInScope(s, services.settings.get().locale),
    // Every card of the comparison: built in the export worker like the exports.
    build: (spec) => comparisons.exports.model(spec, withLocale()),
    overview: (spec) => comparisons.overview(spec, withLocale()),
    settled: (spec) => comparisons.settled(spec, withLocale()),
    page: (spec, request) => comparisons.page(spec, request, withLocale()),
    phrases: (spec) => comparisons.phrases(spec, withLocale()),
    list: () => comparisons.saved.list(),
    get: (comparisonId) => comparisons.saved.get(comparisonId),
    save: (spec) => comparisons.save(spec),
    update: (comparisonId, patch) => comparisons.update(comparisonId, patch),
    delete: (comparisonId) => comparisons.saved.delete(comparisonId),
    setCardNote: (comparisonId, note) => comparisons.setCardNote(comparisonId, note),
    setThemes: (comparisonId, list) => comparisons.setThemes(comparisonId, list),
    acceptSuggestion: (comparisonId, suggestion) => comparisons.acceptSuggestion(comparisonId, suggestion),
    // Built and rendered in the export worker: main only checks the call and receives the result.
    exportHtml: (t, options) => comparisons.exports.html(t, withLocale(options)),
    exportJson: (t) => comparisons.exports.json(t, withLocale()),
    exportCsv: (t) => comparisons.exports.csv(t, withLocale()),
    // Bytes cross IPC and the test server as base64 text, like every other export.
    exportDocx: async (t, options) => Buffer.from(await comparisons.exports.docx(t, withLocale(options))).toString('base64'),
    printToPdf: async (t, options) => {
      if (!platform.saveHtmlAsPdf) throw new ApiError('refused', 'Saving as PDF needs the desktop app.')
      const job = await comparisons.exports.pdfJob(t, withLocale(options))
      return platform.saveHtmlAsPdf(job.html, { ...job.pdf, suggestedName: job.suggestedName })
    },
    termGroups: () => termGroups(services.db),
    addTermGroup: (terms) => {
      addTermGroup(services.db, terms)
      return termGroups(services.db)
    },
    removeTermGroup: (groupId) => {
      removeTermGroup(services.db, groupId)
      return termGroups(services.db)
    },
    print: async (t, options) => {
      if (!platform.printHtml) throw new ApiError('refused', 'Printing needs the desktop app.')
      const job = await comparisons.exports.printJob(t, withLocale(options))
      return platform.printHtml(job.html, { ...job.pdf, suggestedName: job.suggestedName })
    },
  }
}
