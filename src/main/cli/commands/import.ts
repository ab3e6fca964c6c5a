import type { Command } from 'commander'
import type { ImportOutcome, ImportProgress } from '../../../shared/api'
import type { CliContext } from '../context'
import { jsonDocument } from '../output'
import { jsonOption, libraryOption, libraryPathOf } from '../options'

const REASONS = { capture: 'same file', url: 'same URL', text: 'same text' } as const

export function registerImport(program: Command, ctx: CliContext): void {
  libraryOption(
    program
      .command('import')
      .description('import saved pages (.html .htm .xhtml .mhtml .mht .txt) and folders of them')
      .argument('<path...>', 'files and folders')
      .addOption(jsonOption()),
  ).action(async (paths: string[], options: { library?: string; json?: boolean }) => {
    await ctx.withLibrary(libraryPathOf(options), true, async ({ importer, statementRepair }) => {
      const controller = new AbortController()
      const stop = () => controller.abort()
      process.once('SIGINT', stop)
      const progress = ctx.io.errIsTty ? (p: ImportProgress) => ctx.io.err(`\r\u001b[K${progressLine(p)}`) : undefined
      try {
        const summary = await importer.run(paths, { onProgress: progress, signal: controller.signal })
        if (progress) ctx.io.err('\r\u001b[K')
        // Statements are part of the import: articles left without them (this import's or an earlier,
        // killed one's) are read before the command ends; what still fails stays queued and is named.
        const repair = statementRepair.runNow()
        if (repair.failed.length)
          ctx.failed('statements', `${repair.failed.length} article(s) could not be read for statements (${repair.failed[0].reason}); they stay queued for the next import or start`)
        for (const o of summary.outcomes) if (o.status === 'failed') ctx.failed(o.file, o.reason)
        if (summary.cancelled) ctx.failed('import', 'cancelled; the files imported so far are kept')
        if (options.json) {
          ctx.io.out(jsonDocument(summary))
          return
        }
        for (const o of summary.outcomes) if (o.status !== 'failed') ctx.io.out(outcomeLine(o))
        ctx.io.out(
          `Imported ${summary.imported}, duplicates ${summary.duplicates}, failed ${summary.failed}` +
            `${summary.cancelled ? ' (cancelled)' : ''}.\n`,
        )
      } finally {
        process.off('SIGINT', stop)
      }
    })
  })
}

function outcomeLine(o: Exclude<ImportOutcome, { status: 'failed' }>): string {
  return o.status === 'imported'
    ? `imported   #${o.articleId}  ${o.file}${o.tooComplex ? '  (page too complex: text kept as plain paragraphs, check it)' : o.fallback ? '  (fallback extraction: check the text)' : ''}\n`
    : `duplicate  #${o.articleId}  ${o.file}  (${REASONS[o.reason]} as "${o.title}")\n`
}

function progressLine({ done, total, currentFile }: ImportProgress): string {
  const name = currentFile ? `  ${currentFile.length > 60 ? `…${currentFile.slice(-59)}` : currentFile}` : ''
  return `${done}/${total}${name}`
}
