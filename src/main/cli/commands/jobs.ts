import { existsSync } from 'node:fs'
import { InvalidArgumentError, type Command } from 'commander'
import type { FetchJob, JobProgress } from '../../../shared/api/jobs'
import { parseInterval } from '../../core/fetch/job-url'
import type { Services, ServicesOptions } from '../../core/services'
import type { CliContext } from '../context'
import { collect, jsonOption, libraryOption, libraryPathOf, nonNegativeInt } from '../options'
import { jsonDocument } from '../output'

interface FetchFlags {
  library?: string
  userAgent?: string
  hostDelay?: number
}

/** `parallax jobs add|list|show|remove|run`: fetch jobs from the command line. */
export function registerJobs(program: Command, ctx: CliContext): void {
  const jobs = program.command('jobs').description('watched pages and feeds, fetched on a schedule')

  libraryOption(
    jobs
      .command('add')
      .description('watch a page, or follow a feed (--feed; a page URL is searched for its feed link)')
      .argument('<url>', 'the page or feed')
      .option('--feed', 'a feed (RSS, Atom, RDF, JSON Feed) whose new items are imported')
      .option('--every <interval>', 'how often: 30m, 2h, 1d (default: fetch once)', interval)
      .option('--tag <name>', 'tag for what the job imports (repeatable)', collect)
      .option('--title <title>', 'a name for the job')
      .addOption(jsonOption()),
  ).action(async (url: string, options: FetchFlags & { feed?: boolean; every?: number; tag?: string[]; title?: string; json?: boolean }) => {
    await withJobs(ctx, options, true, async ({ jobs: service }) => {
      try {
        const job = await service.add({ url, kind: options.feed ? 'feed' : 'url', discover: options.feed, intervalSeconds: options.every ?? null, tags: options.tag, title: options.title })
        ctx.io.out(options.json ? jsonDocument(job) : `added job ${job.id}: ${job.kind === 'feed' ? 'feed' : 'page'} ${job.url}${job.title ? ` ("${job.title}")` : ''}, ${schedule(job)}\n`)
      } catch (err) {
        ctx.failed(url, err instanceof Error ? err.message : String(err))
      }
    })
  })

  libraryOption(jobs.command('list').description('list the jobs with status, last and next run').addOption(jsonOption())).action(
    async (options: FetchFlags & { json?: boolean }) => {
      await withJobs(ctx, options, false, ({ jobs: service }) => {
        const list = service.list()
        ctx.io.out(options.json ? jsonDocument(list) : jobTable(list))
      })
    },
  )

  libraryOption(jobs.command('show').description('a job with its recent log and page versions').argument('<id>', 'job id', positiveId).addOption(jsonOption())).action(
    async (id: number, options: FetchFlags & { json?: boolean }) => {
      await withJobs(ctx, options, false, ({ jobs: service }) => {
        const job = service.get(id)
        if (!job) return ctx.failed(`job ${id}`, 'no such job')
        if (options.json) return ctx.io.out(jsonDocument(job))
        ctx.io.out(jobTable([job]))
        for (const v of job.versions) ctx.io.out(`version ${v.id}  ${v.fetchedAt}  ${v.wordCount} words  +${v.addedWords} −${v.removedWords}\n`)
        for (const e of job.log.slice(0, 30)) ctx.io.out(`${e.at}  ${e.level.padEnd(5)}  ${e.message}${e.url ? `  <${e.url}>` : ''}\n`)
      })
    },
  )

  libraryOption(jobs.command('remove').description('delete a job (the articles it imported stay)').argument('<id>', 'job id', positiveId)).action(
    async (id: number, options: FetchFlags) => {
      await withJobs(ctx, options, false, ({ jobs: service }) => {
        try {
          service.remove(id)
          ctx.io.out(`removed job ${id}\n`)
        } catch (err) {
          ctx.failed(`job ${id}`, err instanceof Error ? err.message : String(err))
        }
      })
    },
  )

  libraryOption(
    jobs
      .command('run')
      .description('run the jobs that are due; keeps running them on schedule until stopped (Ctrl+C), or once with --once')
      .option('--once', 'run what is due now, wait for it, and exit')
      .option('--user-agent <ua>', 'the User-Agent sent (default: $PARALLAX_USER_AGENT or Parallax/…)')
      .option('--host-delay <ms>', 'pause between two requests to one host (default 1000)', nonNegativeInt),
  ).action(async (options: FetchFlags & { once?: boolean }) => {
    await withJobs(ctx, options, false, async ({ jobs: service }) => {
      const { scheduler } = service
      const controller = new AbortController()
      const stop = () => controller.abort()
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
      const finished = (p: JobProgress) => {
        if (p.phase !== 'finished') return
        const job = service.list().find((j) => j.id === p.jobId)
        if (!job) return
        if (job.status === 'retrying' || job.status === 'gone' || job.status === 'failed') ctx.failed(`job ${job.id} ${job.url}`, job.lastError ?? job.status)
        else ctx.io.out(`job ${job.id}  ${job.status.padEnd(9)}  ${p.imported} imported  ${job.title ?? job.url}\n`)
      }
      service.on('progress', finished)
      try {
        if (options.once) {
          const ran = await scheduler.runDue(controller.signal)
          ctx.io.out(`${ran} job${ran === 1 ? '' : 's'} run${controller.signal.aborted ? ' (stopped)' : ''}.\n`)
        } else {
          scheduler.start()
          ctx.io.err('running jobs on schedule; Ctrl+C stops\n')
          await new Promise<void>((resolve) => controller.signal.addEventListener('abort', () => resolve(), { once: true }))
          await scheduler.stop()
          ctx.io.err('stopped\n')
        }
      } finally {
        service.off('progress', finished)
        process.off('SIGINT', stop)
        process.off('SIGTERM', stop)
      }
    })
  })
}

/** Opens the library with fetch settings from the flags; reading commands on a missing file see an empty library. */
async function withJobs<T>(ctx: CliContext, options: FetchFlags, create: boolean, work: (services: Services) => Promise<T> | T): Promise<T> {
  const file = libraryPathOf(options)
  const fetchJobs: ServicesOptions['fetchJobs'] = {
    userAgent: options.userAgent ?? process.env['PARALLAX_USER_AGENT'],
    politeness: options.hostDelay !== undefined ? { hostDelayMs: options.hostDelay } : undefined,
  }
  const { createServices } = await import('../../core/services')
  const services = createServices({ libraryPath: create || existsSync(file) ? file : ':memory:', fetchJobs })
  try {
    return await work(services)
  } finally {
    await services.close()
  }
}

function interval(value: string): number {
  try {
    return parseInterval(value)
  } catch (err) {
    throw new InvalidArgumentError(err instanceof Error ? err.message : String(err))
  }
}

function positiveId(value: string): number {
  if (!/^\d+$/u.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a job id')
  return Number(value)
}

function schedule(job: FetchJob): string {
  if (job.intervalSeconds == null) return 'once'
  const s = job.intervalSeconds
  const text = s % 86400 === 0 ? `${s / 86400}d` : s % 3600 === 0 ? `${s / 3600}h` : s % 60 === 0 ? `${s / 60}m` : `${s}s`
  return `every ${text}`
}

function jobTable(jobs: readonly FetchJob[]): string {
  if (jobs.length === 0) return ''
  const rows = jobs.map((j) => [
    String(j.id),
    j.kind,
    j.active ? (j.running ? 'running' : j.status) : j.status === 'new' || j.status === 'ok' || j.status === 'unchanged' || j.status === 'retrying' ? 'paused' : j.status,
    schedule(j),
    (j.lastRunAt ?? '').slice(0, 16).replace('T', ' '),
    (j.nextRunAt ?? '').slice(0, 16).replace('T', ' '),
    String(j.articleCount),
    `${j.title ?? j.url}${j.lastError ? `  [${j.lastError}]` : ''}`,
  ])
  const header = ['ID', 'KIND', 'STATUS', 'SCHEDULE', 'LAST RUN', 'NEXT RUN', 'ARTICLES', 'TITLE']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ')
  return `${[line(header), ...rows.map(line)].join('\n')}\n`
}
