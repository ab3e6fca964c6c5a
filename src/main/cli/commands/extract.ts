import { availableParallelism } from 'node:os'
import type { Command } from 'commander'
import { createActorMatcher } from '../../core/actors/matcher'
import { defaultSeed } from '../../core/actors/seed'
import type { ActorMatcher } from '../../core/actors/types'
import type { ExtractedArticle } from '../../core/extraction/types'
import { ExtractionPool } from '../../core/import/extraction-pool'
import type { ExtractionResult } from '../../core/import/extraction-messages'
import { expandImportPaths } from '../../core/import/import-files'
import type { CliContext } from '../context'
import { jsonLine } from '../output'
import { candidateJson } from './statements'

type StatementEngine = typeof import('../../core/statements').extractStatements

/** The documented JSON shape of one extracted file; statements are found with the shipped actor registry. */
const record = (file: string, a: ExtractedArticle, matcher: ActorMatcher, extractStatements: StatementEngine) => ({
  file,
  title: a.title,
  byline: a.byline,
  siteName: a.siteName,
  url: a.url,
  publishedAt: a.publishedAt,
  language: a.language,
  text: a.text,
  statements: extractStatements(a.text, matcher, { language: a.language, date: a.publishedAt }).map((s) => candidateJson(s, matcher)),
})

export function registerExtract(program: Command, ctx: CliContext): void {
  program
    .command('extract')
    .description('extract articles from saved pages without a library; many files in one run')
    .argument('<file...>', 'saved pages (folders are expanded)')
    .option('--jsonl', 'one JSON object per file and line: file, title, byline, siteName, url, publishedAt, language, text, statements')
    .action(async (paths: string[], options: { jsonl?: boolean }) => {
      const entries = await expandImportPaths(paths)
      // Nothing else runs during extract, so every core extracts.
      const pool = new ExtractionPool({ size: Math.min(availableParallelism(), Math.max(1, entries.length)) })
      const matcher = options.jsonl ? createActorMatcher(defaultSeed().actors) : null
      // The statement engine's lexicons load only for --jsonl (and never for other commands).
      const engine = matcher ? (await import('../../core/statements')).extractStatements : null
      try {
        const results = entries.map((e) =>
          e.refused ? Promise.resolve<ExtractionResult>({ ok: false, reason: e.refused }) : pool.run(e.path, false),
        )
        // Printed in input order as soon as each file and all before it are done.
        for (const [i, pending] of results.entries()) {
          const result = await pending
          const file = entries[i].path
          if (!result.ok) ctx.failed(file, result.reason)
          else ctx.io.out(matcher && engine ? jsonLine(record(file, result.extracted, matcher, engine)) : describe(file, result.extracted))
        }
      } finally {
        await pool.close()
      }
    })
}

function describe(file: string, a: ExtractedArticle): string {
  const meta = [
    a.siteName && `Outlet:    ${a.siteName}`,
    a.byline && `Byline:    ${a.byline}`,
    a.publishedAt && `Published: ${a.publishedAt}`,
    a.language && `Language:  ${a.language}`,
    a.url && `URL:       ${a.url}`,
  ].filter(Boolean)
  return `== ${file}\n${a.title}\n${meta.join('\n')}\n\n${a.text}\n\n`
}
