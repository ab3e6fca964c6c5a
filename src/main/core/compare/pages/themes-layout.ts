import { createHash } from 'node:crypto'
import type {
  ComparisonOverview,
  ComparisonPage,
  ComparisonPageRequest,
  ComparisonPhrases,
  ComparisonSpecInput,
  ReportLocale,
} from '../../../../shared/api/compare'
import type { Db } from '../../db/open'
import { UntilChanged } from '../../db/until-changed'
import type { PhraseJob, PhraseFindings } from '../phrase-messages'
import type { PhraseWorker } from '../phrase-pool'
import { compareActors } from '../storage/compare-actors'
import { yieldToLoop } from '../storage/in-chunks'
import { localiseColumns } from '../storage/localise-columns'
import { scopeStatements, statementTexts, type ScopeStatement } from '../storage/scope-statements'
import type { TermGroup } from '../text/terms'
import { statementColumns, themesPage, themesSkeleton, type ThemesSkeleton } from './theme-pages'

/** What the themes layout needs from the comparison service. */
export interface ThemesContext {
  db: Db
  worker: PhraseWorker
  /** The title and the scope as words. */
  heading(spec: ComparisonSpecInput, locale: ReportLocale | undefined): { title: string; scopeLabel: string }
  /** The term layer's groups and what identifies them. */
  termGroups(): { signature: string; groups: TermGroup[] }
}

/** The themes layout once its suggested themes are found. */
interface Settled {
  skeleton: ThemesSkeleton
  overview: ComparisonOverview
  phrases: ComparisonPhrases
}

/** One comparison in the themes layout: known at once (its statements, the analyst's themes), and what the worker adds. */
interface ThemesState {
  pending: ThemesSkeleton
  pendingOverview: ComparisonOverview
  settled: Promise<Settled>
  done: Settled | null
}

/** Findings kept by what they were found in: a few comparisons' worth. */
const FINDINGS_KEPT = 4

/**
 * The themes layout in pages. Its suggested rows cluster every statement in scope, a second or more for
 * a year of a large library: that runs in the phrase worker (with the recurring phrases, one analysis),
 * while main answers at once with what needs no analysis — the columns, the counts and the analyst's own
 * themes, which come first in the layout either way — and says how many statements are being grouped.
 *
 * The worker's findings are kept by a digest of what they were computed from (every card's words,
 * language and column, the analyst's themes, title and scope, the term layer, the report's language),
 * not merely until the library changes: an edited note, an import elsewhere in the library or a saved
 * comparison re-reads the statements (in chunks, main never held long) and finds the same digest, so
 * only a change to what the themes are made of clusters again.
 */
export class ThemesLayout {
  private readonly states: UntilChanged<ThemesState>
  private readonly findings = new Map<string, Promise<PhraseFindings>>()

  constructor(private readonly context: ThemesContext) {
    this.states = new UntilChanged(context.db, 4)
  }

  /**
   * The overview, complete if the suggested themes are found within `waitMs` (at once when they are
   * known), else pending: the analyst's themes only, `analysing` saying how many statements are being grouped.
   */
  async overview(spec: ComparisonSpecInput, locale: ReportLocale | undefined, waitMs: number): Promise<ComparisonOverview> {
    const state = this.state(spec, locale)
    if (!state.done && waitMs > 0) {
      let timer: NodeJS.Timeout | undefined
      const waited = Number.isFinite(waitMs) ? new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs))) : new Promise<void>(() => {})
      await Promise.race([state.settled, waited]).finally(() => clearTimeout(timer))
    }
    return state.done?.overview ?? state.pendingOverview
  }

  /** Rows of the overview with their cards: the analyst's themes at once, the rows after them once found. */
  async page(spec: ComparisonSpecInput, request: ComparisonPageRequest, locale: ReportLocale | undefined): Promise<ComparisonPage> {
    const state = this.state(spec, locale)
    const known = state.done?.skeleton ?? (request.offset + request.limit <= state.pending.rows.length ? state.pending : (await state.settled).skeleton)
    return themesPage(this.context.db, known, { keys: spec.actorIds, cardNotes: spec.cardNotes, locale: locale ?? 'en' }, request.offset, request.limit)
  }

  /** The recurring phrases: found with the suggested themes. */
  async phrases(spec: ComparisonSpecInput, locale: ReportLocale | undefined): Promise<ComparisonPhrases> {
    return (await this.state(spec, locale).settled).phrases
  }

  /** The statements and the analyst's themes now; the suggestions asked of the worker (or found before). */
  private state(spec: ComparisonSpecInput, locale: ReportLocale | undefined): ThemesState {
    const themes = spec.themes ?? []
    const key = JSON.stringify([spec.scope, spec.actorIds, spec.title, themes, locale])
    return this.states.get(key, () => {
      const { db } = this.context
      const statements = scopeStatements(db, spec.scope, spec.actorIds)
      const heading = this.context.heading(spec, locale)
      const actors = localiseColumns(db, compareActors(db, spec.actorIds, statements), locale ?? 'en')
      const base = {
        ...heading,
        generatedAt: new Date().toISOString(),
        layout: 'themes' as const,
        columns: statementColumns(actors, statements),
        cardCount: statements.length,
      }
      const pending = themesSkeleton(statements, themes, [], actors.length, false)
      const inThemes = new Set(pending.rows.flatMap((r) => r.cells.flat()))
      const state: ThemesState = {
        pending,
        pendingOverview: { ...base, rows: pending.summaries, suggestions: [], analysing: statements.length - inThemes.size },
        done: null,
        settled: this.analyse(statements, `${heading.title}\n${heading.scopeLabel}`, spec, locale).then((found) => {
          const skeleton = themesSkeleton(statements, themes, found.suggestions, actors.length, true)
          const done: Settled = {
            skeleton,
            overview: { ...base, rows: skeleton.summaries, suggestions: found.suggestions },
            phrases: {
              phrases: found.phrases,
              highlights: statements.flatMap((s, i) => (found.highlights[i].length ? [{ statementId: s.statementId, highlights: found.highlights[i] }] : [])),
            },
          }
          state.done = done
          return done
        }),
      }
      // A failure (the worker stopped, ran out of memory) is not kept: the next call tries again. Nobody
      // may be waiting for it, so it is handled here too.
      state.settled.catch(() => this.states.forget(key))
      return state
    })
  }

  /** The worker's findings for these statements, kept by a digest of what they are found in. */
  private async analyse(statements: readonly ScopeStatement[], topicText: string, spec: ComparisonSpecInput, locale: ReportLocale | undefined): Promise<PhraseFindings> {
    // Not in the turn that read the scope: that one answers the window.
    await yieldToLoop()
    const texts = await statementTexts(this.context.db, statements.map((s) => s.statementId))
    // Each step a turn of its own: the first reading of the term layer alone takes some 35 ms.
    const terms = this.context.termGroups()
    await yieldToLoop()
    const job: Omit<PhraseJob, 'id'> = {
      cards: statements.map((s, i) => ({ quote: texts[i].quote, language: texts[i].language, column: s.column })),
      topicText,
      terms,
      themes: { statementIds: statements.map((s) => s.statementId), themed: (spec.themes ?? []).flatMap((t) => t.statementIds), locale: locale ?? 'en' },
    }
    const digest = createHash('sha256').update(JSON.stringify([job.cards, job.topicText, terms.signature, job.themes])).digest('hex')
    await yieldToLoop()
    let found = this.findings.get(digest)
    if (!found) {
      if (this.findings.size >= FINDINGS_KEPT) this.findings.delete(this.findings.keys().next().value!)
      found = this.context.worker.run(job)
      this.findings.set(digest, found)
      found.catch(() => this.findings.delete(digest))
    }
    return found
  }
}
