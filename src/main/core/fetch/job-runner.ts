import { DEFAULT_BACKOFF, backoffDelay, type BackoffPolicy } from './backoff'
import { FetchError } from './fetch-error'
import { runFeedJob } from './feed-run'
import type { RunContext, RunResult } from './job-context'
import type { RunOutcome } from './job-store'
import { runPageJob } from './page-run'

/**
 * Runs one leased job and decides its next state: the schedule after a success, Retry-After
 * after 429/503, exponential backoff with jitter after other failures, a stop after 404/410.
 * Returns null when the run was cancelled (the job stays due and is run again later).
 */
export async function runJob(ctx: RunContext, policy: BackoffPolicy = DEFAULT_BACKOFF): Promise<RunOutcome | null> {
  const { job, log } = ctx
  const started = Date.now()
  try {
    const result = await (job.kind === 'feed' ? runFeedJob(ctx) : runPageJob(ctx))
    log.add(job.id, 'info', `run finished in ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.imported} imported`)
    return succeeded(ctx, result)
  } catch (err) {
    if (ctx.signal.aborted || (err instanceof FetchError && err.kind === 'cancelled')) {
      log.add(job.id, 'warn', 'run cancelled; it will run again')
      return null
    }
    const failure = err instanceof FetchError ? err : new FetchError('malformed', job.url, `unexpected error: ${err instanceof Error ? err.message : String(err)}`)
    log.add(job.id, 'error', failure.message, failure.url)
    return failed(ctx, failure, policy)
  }
}

function succeeded({ job }: RunContext, result: RunResult): RunOutcome {
  const now = Date.now()
  const scheduled = job.intervalSeconds != null ? now + job.intervalSeconds * 1000 : null
  const done = job.once && result.nextRunAt === undefined
  return {
    status: done ? 'done' : result.status,
    active: !done,
    nextRunAt: done ? null : Math.min(result.nextRunAt ?? Infinity, scheduled ?? Infinity),
    failureCount: 0,
    lastError: null,
    succeeded: true,
    imported: result.imported,
    etag: result.etag,
    lastModified: result.lastModified,
    title: result.title,
  }
}

function failed({ job }: RunContext, error: FetchError, policy: BackoffPolicy): RunOutcome {
  const failures = job.failureCount + 1
  const base = { failureCount: failures, lastError: error.message, succeeded: false, imported: 0 }
  if (error.kind === 'gone') return { ...base, status: 'gone', active: false, nextRunAt: null }
  if (job.once && failures >= policy.onceAttempts) return { ...base, status: 'failed', active: false, nextRunAt: null }
  // A server's Retry-After is obeyed (at least a second, so "0" cannot make a tight loop).
  const wait = error.kind === 'rate-limited' && error.retryAfterMs != null ? Math.max(1000, error.retryAfterMs) : backoffDelay(failures, policy)
  return { ...base, status: 'retrying', active: true, nextRunAt: Date.now() + wait }
}
