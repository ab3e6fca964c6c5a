import type {
  CardNote,
  CompareScope,
  ComparisonModel,
  ComparisonOverview,
  ComparisonPage,
  ComparisonPageRequest,
  ComparisonPhrases,
  ComparisonSpec,
  ComparisonSpecInput,
  ComparisonTarget,
  ExportOptions,
  ReportLocale,
  SavedComparison,
  ScopeActor,
  ScopePerson,
  ThemeDef,
} from '../../../shared/api/compare'
import type { Db } from '../db/open'
import { invalid } from '../events/errors'
import type { EventStore } from '../events/event-store'
import { UntilChanged } from '../db/until-changed'
import { buildComparisonModel, checkColumns, chronological, columnOf, ComparisonInputError } from './build-model'
import { PhraseWorker } from './phrase-pool'
import { ThemesLayout } from './pages/themes-layout'
import { skeletonColumns, timelinePage, timelineSkeleton, type TimelineSkeleton } from './pages/timeline-pages'
import { scopeGrid } from './storage/scope-grid'
import { ComparisonExports } from './comparison-exports'
import { pdfPrintOptions, renderCsv, renderHtmlReport, renderJson, reportLabels } from './export'
import type { PrintJob } from './export-messages'
import { describeScope } from './scope-label'
import { compareActors } from './storage/compare-actors'
import { localiseColumns } from './storage/localise-columns'
import { allTermGroups } from './storage/term-groups'
import { TermIndex, type TermGroup } from './text/terms'
import { personsInScope } from './storage/compare-persons'
import { ComparisonStore } from './storage/comparison-store'
import { inChunks } from './storage/in-chunks'
import { actorsInScope, phraseSources, statementCards } from './storage/statement-cards'

/**
 * How long the themes layout's overview waits for its suggested themes before it is sent pending: a
 * comparison of some hundred statements is whole on the first screen, a year of a large library is not
 * held up by its clustering.
 */
export const FIRST_SCREEN_WAIT_MS = 150

export type { PrintJob } from './export-messages'

/**
 * Comparisons over the library: resolves a scope into statement cards, builds the model, keeps saved
 * comparisons, and renders the exports. Used alike by the API, the CLI and the tests.
 */
export class ComparisonService {
  readonly saved: ComparisonStore
  /** The exports rendered in the export worker (what the API serves); `html`, `csv`, … render them here. */
  readonly exports: ComparisonExports
  private termCache: { signature: string; index: TermIndex } | null = null
  /** What the Compare view pages through in the timeline, kept until the library changes: its counts. */
  private readonly skeletons: UntilChanged<{ skeleton: TimelineSkeleton; overview: ComparisonOverview }>
  private readonly phraseResults: UntilChanged<Promise<ComparisonPhrases>>
  private readonly phraseWorker = new PhraseWorker()
  /** The themes layout in pages, its suggested themes found in the phrase worker. */
  private readonly themes: ThemesLayout
  private termGroupCache: { signature: string; groups: TermGroup[] } | null = null

  constructor(
    private readonly db: Db,
    private readonly events: EventStore,
  ) {
    this.saved = new ComparisonStore(db)
    this.exports = new ComparisonExports(db, this)
    this.skeletons = new UntilChanged(db, 8)
    this.phraseResults = new UntilChanged(db, 4)
    this.themes = new ThemesLayout({
      db,
      worker: this.phraseWorker,
      heading: (spec, locale) => this.heading(spec, locale),
      termGroups: () => this.termGroups(),
    })
  }

  build(target: ComparisonTarget, options: ExportOptions & { now?: Date } = {}): ComparisonModel {
    const spec = this.spec(target)
    const cards = statementCards(this.db, spec.scope, spec.actorIds, options.locale ?? 'en')
    const actors = localiseColumns(this.db, compareActors(this.db, spec.actorIds, cards), options.locale ?? 'en')
    try {
      return buildComparisonModel({
        ...this.heading(spec, options.locale),
        actors,
        cards,
        layout: spec.layout,
        themes: spec.themes,
        cardNotes: spec.cardNotes,
        terms: this.terms(),
        locale: options.locale ?? 'en',
        now: options.now,
      })
    } catch (err) {
      throw err instanceof ComparisonInputError ? invalid(err.message) : err
    }
  }

  /**
   * The first screen: columns and rows with their counts, no card. The timeline is counted in SQL
   * (what it costs does not grow with the cards in scope). The themes layout's suggested rows cluster
   * every statement in the phrase worker: the overview waits for them up to `waitMs` (FIRST_SCREEN_WAIT_MS
   * unless given), then is pending — the analyst's themes only, `analysing` statements being grouped —
   * and `settled` gives it complete.
   */
  async overview(target: ComparisonTarget, options: { locale?: ReportLocale; waitMs?: number } = {}): Promise<ComparisonOverview> {
    const spec = this.spec(target)
    if (spec.layout === 'themes') return this.themes.overview(checked(spec), options.locale, options.waitMs ?? FIRST_SCREEN_WAIT_MS)
    return this.timeline(spec, options.locale).overview
  }

  /** The overview once everything in it is known: the themes layout's with its suggested themes. */
  settled(target: ComparisonTarget, options: { locale?: ReportLocale } = {}): Promise<ComparisonOverview> {
    return this.overview(target, { ...options, waitMs: Infinity })
  }

  /** Some rows of the overview with their cards, read for those rows only. */
  async page(target: ComparisonTarget, request: ComparisonPageRequest, options: { locale?: ReportLocale } = {}): Promise<ComparisonPage> {
    const spec = this.spec(target)
    if (spec.layout === 'themes') return this.themes.page(checked(spec), request, options.locale)
    const { skeleton } = this.timeline(spec, options.locale)
    const query = { scope: spec.scope, keys: spec.actorIds, cardNotes: spec.cardNotes, locale: options.locale ?? 'en' }
    return timelinePage(this.db, skeleton, query, request.offset, request.limit)
  }

  /**
   * The recurring phrases over every card of the comparison (the slow part, asked for after the first
   * screen), found in a worker thread, so main keeps answering the window meanwhile; the themes layout's
   * with its suggested themes.
   */
  async phrases(target: ComparisonTarget, options: { locale?: ReportLocale } = {}): Promise<ComparisonPhrases> {
    const spec = this.spec(target)
    if (spec.layout === 'themes') return this.themes.phrases(checked(spec), options.locale)
    const { skeleton, overview } = this.timeline(spec, options.locale)
    const key = JSON.stringify([spec.scope, spec.actorIds, overview.title, overview.scopeLabel, options.locale])
    const pending = this.phraseResults.get(key, async () => {
      // The overview's statements (rejected ones are not among them), in the comparison's order.
      const cards = (await inChunks(skeleton.statementIds.flat(), (ids) => phraseSources(this.db, ids))).sort(chronological)
      const column = columnOf(spec.actorIds)
      const found = await this.phraseWorker.run({
        cards: cards.map((c) => ({ quote: c.quote, language: c.language, column: column(c)! })),
        topicText: `${overview.title}\n${overview.scopeLabel}`,
        terms: this.termGroups(),
      })
      return {
        phrases: found.phrases,
        highlights: cards.flatMap((c, i) => (found.highlights[i].length ? [{ statementId: c.statementId, highlights: found.highlights[i] }] : [])),
      }
    })
    // A failure (the worker stopped, ran out of memory) is not kept: the next call tries again.
    return pending.catch((err: unknown) => {
      this.phraseResults.forget(key)
      throw err
    })
  }

  /** Stops the phrase and export workers, failing what they had still to do. */
  async close(): Promise<void> {
    await Promise.all([this.phraseWorker.close(), this.exports.close()])
  }

  /** The target as a spec, refused as building it would refuse it: a saved comparison or event gone, wrong columns. */
  exportSpec(target: ComparisonTarget): ComparisonSpecInput {
    const spec = this.spec(target)
    if (spec.scope.eventId !== undefined) this.events.require(spec.scope.eventId)
    return checked(spec)
  }

  /** The actors with statements in a scope, named in `locale`. */
  actorsInScope(scope: CompareScope, locale: ReportLocale = 'en'): ScopeActor[] {
    if (scope.eventId !== undefined) this.events.require(scope.eventId)
    const found = actorsInScope(this.db, scope)
    const named = localiseColumns(this.db, found.map((f) => f.actor), locale)
    return found.map((f, i) => ({ ...f, actor: named[i] }))
  }

  /** The persons with statements in a scope, named (with their office's body) in `locale`. */
  personsInScope(scope: CompareScope, locale: ReportLocale = 'en'): ScopePerson[] {
    if (scope.eventId !== undefined) this.events.require(scope.eventId)
    const found = personsInScope(this.db, scope)
    const named = localiseColumns(this.db, found.map((f) => f.actor), locale)
    return found.map((f, i) => ({ ...f, actor: named[i] }))
  }

  save(spec: ComparisonSpecInput): SavedComparison {
    this.checkSpec(spec)
    // The title the comparison would have, without building it (300–500 ms of CPU for a year of a 100k library).
    const title = spec.title?.trim() || this.heading(checked(spec), undefined).title
    return this.saved.create({ ...spec, title })
  }

  update(id: number, patch: Partial<ComparisonSpec>): SavedComparison {
    const current = this.saved.require(id).spec
    this.checkSpec({ ...current, ...patch })
    return this.saved.update(id, patch)
  }

  setCardNote(id: number, note: CardNote): SavedComparison {
    return this.saved.setCardNote(id, note)
  }

  setThemes(id: number, themes: ThemeDef[]): SavedComparison {
    return this.saved.setThemes(id, themes)
  }

  acceptSuggestion(id: number, suggestion: { label: string; statementIds: number[] }): SavedComparison {
    return this.saved.addTheme(id, suggestion.label.trim() || '—', suggestion.statementIds)
  }

  html(target: ComparisonTarget, options: ExportOptions & { now?: Date } = {}): string {
    return renderHtmlReport(this.build(target, options), options)
  }

  json(target: ComparisonTarget, options: ExportOptions & { now?: Date } = {}): string {
    return renderJson(this.build(target, options))
  }

  csv(target: ComparisonTarget, options: ExportOptions & { now?: Date } = {}): string {
    return renderCsv(this.build(target, options))
  }

  /**
   * The Word briefing. A timeline comparison is built a second time in the themes layout, whose theme
   * rows (the analyst's themes and the suggestions) give the briefing its actor × theme table.
   */
  async docx(target: ComparisonTarget, options: ExportOptions & { now?: Date } = {}): Promise<Uint8Array> {
    const model = this.build(target, options)
    const themesModel = model.layout === 'timeline' ? this.build({ ...this.spec(target), layout: 'themes' }, options) : undefined
    // The docx library is loaded by the first briefing, not by every process that opens a library.
    const { renderDocx } = await import('./export/docx/briefing')
    return renderDocx(model, { ...options, themesModel })
  }

  /** A file name for an export of the comparison, from its title. */
  fileName(target: ComparisonTarget, extension: string): string {
    return fileNameFor(this.build(target).title, extension)
  }

  /**
   * The report for a PDF printer: page numbers come from the footer template there, so the HTML
   * leaves its own (for browsers' print dialogs) out.
   */
  pdfJob(target: ComparisonTarget, options: ExportOptions & { now?: Date } = {}): PrintJob {
    const model = this.build(target, options)
    return {
      html: renderHtmlReport(model, { ...options, pageNumbersInCss: false }),
      pdf: pdfPrintOptions(model.title, reportLabels(options.locale), options.paper, options.landscape ?? true),
      suggestedName: fileNameFor(model.title, 'pdf'),
    }
  }

  /** The report for the system print dialog: the HTML numbers its pages itself (@page margin box). */
  printJob(target: ComparisonTarget, options: ExportOptions & { now?: Date } = {}): PrintJob {
    const model = this.build(target, options)
    return {
      html: renderHtmlReport(model, options),
      pdf: pdfPrintOptions(model.title, reportLabels(options.locale), options.paper, options.landscape ?? true),
      suggestedName: fileNameFor(model.title, 'pdf'),
    }
  }

  /** The timeline's counted rows and overview, kept until the library changes. */
  private timeline(spec: ComparisonSpecInput, locale: ReportLocale | undefined) {
    const key = JSON.stringify([spec.scope, spec.actorIds, spec.title, locale])
    return this.skeletons.get(key, () => {
      checked(spec)
      const grid = scopeGrid(this.db, spec.scope, spec.actorIds)
      const actors = localiseColumns(this.db, compareActors(this.db, spec.actorIds, grid.latest), locale ?? 'en')
      const skeleton = timelineSkeleton(grid)
      const overview: ComparisonOverview = {
        ...this.heading(spec, locale),
        generatedAt: new Date().toISOString(),
        layout: 'timeline',
        columns: skeletonColumns(actors, grid),
        rows: skeleton.rows,
        cardCount: skeleton.cardCount,
        suggestions: [],
      }
      return { skeleton, overview }
    })
  }

  /** The title (the analyst's, the event's, or the default) and the scope as words. */
  private heading(spec: ComparisonSpecInput, locale: ReportLocale | undefined): { title: string; scopeLabel: string } {
    const labels = reportLabels(locale)
    const event = spec.scope.eventId !== undefined ? this.events.require(spec.scope.eventId) : null
    return { title: spec.title?.trim() || event?.title || labels.defaultTitle, scopeLabel: describeScope(spec.scope, labels, event?.title) }
  }

  /**
   * The term-equivalence layer, rebuilt only when what it is made of changed: the actors and their
   * aliases, the persons, or the analyst's groups (the shipped groups are fixed for the process).
   */
  private terms(): TermIndex {
    const { signature, groups } = this.termGroups()
    if (!this.termCache || this.termCache.signature !== signature) this.termCache = { signature, index: new TermIndex(groups) }
    return this.termCache.index
  }

  /** The term layer's groups, read again only when what they are made of changed (see `terms`). */
  private termGroups(): { signature: string; groups: TermGroup[] } {
    const signature = JSON.stringify(
      this.db
        .prepare(
          `SELECT (SELECT count(*) || '/' || ifnull(max(updated_at), '') FROM actors), (SELECT count(*) FROM actor_aliases),
                  (SELECT count(*) || '/' || ifnull(max(id), 0) FROM term_equivalents),
                  (SELECT count(*) || '/' || ifnull(max(updated_at), '') FROM persons)`,
        )
        .raw()
        .get(),
    )
    if (this.termGroupCache?.signature !== signature) this.termGroupCache = { signature, groups: allTermGroups(this.db) }
    return this.termGroupCache
  }

  private spec(target: ComparisonTarget): ComparisonSpecInput {
    return typeof target === 'number' ? this.saved.require(target).spec : target
  }

  private checkSpec(spec: ComparisonSpecInput): void {
    if (spec.scope.eventId !== undefined) this.events.require(spec.scope.eventId)
    compareActors(this.db, spec.actorIds)
    if (spec.actorIds.length < 2 || spec.actorIds.length > 6) throw invalid(`A comparison needs 2 to 6 actors; got ${spec.actorIds.length}.`)
  }
}

/** The spec, its columns checked (2 to 6, none twice) as the whole comparison checks them. */
function checked(spec: ComparisonSpecInput): ComparisonSpecInput {
  try {
    checkColumns(spec.actorIds)
  } catch (err) {
    throw err instanceof ComparisonInputError ? invalid(err.message) : err
  }
  return spec
}

/** A safe file name from a title: letters, digits and dashes of any script, at most 80 characters. */
export function fileNameFor(title: string, extension: string): string {
  const base = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  return `${base || 'comparison'}.${extension}`
}
