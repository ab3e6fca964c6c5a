import { InvalidArgumentError, type Command } from 'commander'
import type { ActorMatcher } from '../../core/actors/types'
import type { StatementCandidate } from '../../core/statements/types'
import type { ExtractionSummary, ReviewState, StatementKind, StatementListItem, StatementQueue, StatementRecord } from '../../../shared/api'
import type { CliContext } from '../context'
import { jsonDocument } from '../output'
import { collect, jsonOption, libraryOption, libraryPathOf, positiveInt } from '../options'

const KINDS: readonly StatementKind[] = ['direct', 'partial', 'reported']
const REVIEW: readonly ReviewState[] = ['unreviewed', 'confirmed', 'rejected']
const QUEUES: readonly StatementQueue[] = ['attributed', 'needs-speaker']
const PAGE = 500

/**
 * The speaker as JSON: the mention as written with its offsets into the article text (null when the analyst
 * typed it) and whom it refers to (null when the article does not say, or it is the mention itself).
 */
export interface SpeakerJson {
  text: string
  start: number | null
  end: number | null
  referent: string | null
}

const speakerJson = (text: string | null, start: number | null, end: number | null, referent: string | null): SpeakerJson | null =>
  text === null ? null : { text, start, end, referent: referent && referent !== text ? referent : null }

/** The documented JSON shape of a stored statement. */
export const statementJson = (s: StatementRecord) => ({
  id: s.id,
  articleId: s.articleId,
  quote: s.quote,
  kind: s.kind,
  speaker: speakerJson(s.speaker, s.speakerStart, s.speakerEnd, s.speakerReferent),
  actor: s.actor ? { id: s.actor.id, name: s.actor.name } : null,
  person: s.person ? { id: s.person.id, name: s.person.name } : null,
  channel: s.channel,
  cue: s.cue,
  start: s.start,
  end: s.end,
  confidence: s.confidence,
  review: s.review,
  reasons: s.reasons,
})

/** The same shape for a statement found without a library (`parallax extract --jsonl`): offsets into `text`. */
export const candidateJson = (s: StatementCandidate, matcher: ActorMatcher) => {
  const actor = s.actorId ? matcher.actor(s.actorId) : undefined
  return {
    quote: s.quote,
    kind: s.kind,
    speaker: speakerJson(s.speaker?.trim() ? s.speaker : null, s.speakerStart, s.speakerEnd, s.referent ?? null),
    actor: s.actorId ? { id: s.actorId, name: actor?.name ?? s.actorId } : null,
    channel: s.channel ?? null,
    cue: s.cue,
    start: s.start,
    end: s.end,
    confidence: s.confidence,
    needsReview: s.needsReview,
    reasons: s.reasons ?? [],
  }
}

function oneOf<T extends string>(allowed: readonly T[]) {
  return (value: string, previous: T[] = []): T[] => {
    if (!allowed.includes(value as T)) throw new InvalidArgumentError(`expected one of ${allowed.join(', ')}`)
    return [...previous, value as T]
  }
}

function one<T extends string>(allowed: readonly T[]) {
  return (value: string): T => {
    if (!allowed.includes(value as T)) throw new InvalidArgumentError(`expected one of ${allowed.join(', ')}`)
    return value as T
  }
}

function table(items: readonly StatementListItem[], columns: number | undefined): string {
  if (items.length === 0) return ''
  const rows = items.map((s) => [String(s.id), String(s.articleId), s.kind, s.actor?.id ?? '–', s.review, s.quote.replace(/\s+/gu, ' ')])
  const widths = [2, 7, 8, 5, 10].map((min, i) => Math.max(min, ...rows.map((r) => r[i].length)))
  const head = ['ID', 'ARTICLE', 'KIND', 'ACTOR', 'REVIEW'].map((h, i) => h.padEnd(widths[i])).join('  ') + '  QUOTE'
  const lines = rows.map((r) => {
    const line = r.slice(0, 5).map((c, i) => c.padEnd(widths[i])).join('  ') + '  ' + r[5]
    return columns && line.length > columns ? line.slice(0, columns - 1) + '…' : line
  })
  return `${[head, ...lines].join('\n')}\n`
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>
}

function summaryLine(s: ExtractionSummary): string {
  const failed = s.failed.length ? `, ${s.failed.length} failed` : ''
  return `${s.articles} article(s): ${s.added} added, ${s.updated} updated, ${s.removed} removed, ${s.kept} kept as reviewed${failed}${s.cancelled ? ' (cancelled)' : ''}\n`
}

export function registerStatements(program: Command, ctx: CliContext): void {
  const statements = libraryOption(
    program
      .command('statements')
      .description('list the statements found in the library (who said what); see also "statements extract"')
      .option('--article <id>', 'only statements of article ID', positiveInt)
      .option('--actor <id>', 'only statements of actor ID (repeatable)', collect)
      .option('--person <id>', 'only statements of person ID (repeatable; see "parallax persons list")', collect)
      .option('--kind <kind>', `only statements of this kind (${KINDS.join(', ')}; repeatable)`, oneOf(KINDS))
      .option('--review <state>', `only statements in this review state (${REVIEW.join(', ')}; repeatable)`, oneOf(REVIEW))
      .option('--queue <queue>', 'attributed (confirmed, or named with confidence ≥ 0.5), or needs-speaker: the triage queue (unreviewed, nobody named or confidence below 0.5)', one(QUEUES))
      .option('--limit <n>', 'at most N statements (default: all)', positiveInt)
      .addOption(jsonOption()),
  ).action(
    async (options: {
      library?: string
      article?: number
      actor?: string[]
      person?: string[]
      kind?: StatementKind[]
      review?: ReviewState[]
      queue?: StatementQueue
      limit?: number
      json?: boolean
    }) => {
      await ctx.withStores(libraryPathOf(options), false, ({ statements: store, articles }) => {
        if (options.article !== undefined && !articles.get(options.article)) {
          ctx.failed(`article ${options.article}`, 'not in the library')
          return
        }
        const found: StatementListItem[] = []
        const wanted = options.limit ?? Infinity
        while (found.length < wanted) {
          const limit = Math.min(PAGE, wanted - found.length)
          const page = store.list({
            articleId: options.article,
            actorIds: options.actor,
            personIds: options.person,
            kinds: options.kind,
            review: options.review,
            queue: options.queue,
            offset: found.length,
            limit,
          })
          found.push(...page.items)
          if (page.items.length < limit) break
        }
        ctx.io.out(options.json ? jsonDocument(found.map(statementJson)) : table(found, ctx.io.outIsTty ? ctx.io.columns : undefined))
      })
    },
  )

  libraryOption(
    statements
      .command('extract')
      .description("run statement extraction again: one article, or the whole library (the analyst's reviewed, corrected and manual statements are kept)")
      .option('--article <id>', 'only article ID', positiveInt)
      .addOption(jsonOption()),
  ).action(async (own: { library?: string; article?: number; json?: boolean }) => {
    // Options shared with `statements` given after `extract` are parsed by `statements` (commander's default).
    const options = { ...statements.opts<{ library?: string; article?: number; json?: boolean }>(), ...definedOnly(own) }
    await ctx.withLibrary(libraryPathOf(options), false, ({ statementExtraction, articles }) => {
      if (options.article !== undefined && !articles.get(options.article)) {
        ctx.failed(`article ${options.article}`, 'not in the library')
        return
      }
      const progress = ctx.io.errIsTty ? ({ done, total }: { done: number; total: number }) => ctx.io.err(`\rextracting statements: ${done}/${total}`) : undefined
      const summary =
        options.article !== undefined ? statementExtraction.extractArticle(options.article) : statementExtraction.extractLibrary({ onProgress: progress })
      if (progress) ctx.io.err('\n')
      for (const f of summary.failed) ctx.failed(`article ${f.articleId}`, f.reason)
      ctx.io.out(options.json ? jsonDocument(summary) : summaryLine(summary))
    })
  })
}
