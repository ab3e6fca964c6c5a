import { z } from 'zod'
import type { ApiContext, NamespaceHandlers, NamespaceSchemas } from '../types'
import { id, none, tagName } from './common'

const url = z.string().trim().min(1, 'a URL is needed').max(4096)
/** At least a minute, at most a year. */
const interval = z.number().int().min(60, 'the shortest interval is one minute').max(366 * 86400).nullable()
const title = z.string().max(500)

const newJob = z.strictObject({
  url,
  kind: z.enum(['url', 'feed']),
  title: title.optional(),
  intervalSeconds: interval.optional(),
  tags: z.array(tagName).max(50).optional(),
  discover: z.boolean().optional(),
})

const jobPatch = z.strictObject({
  title: title.nullable().optional(),
  intervalSeconds: interval.optional(),
  tags: z.array(tagName).max(50).optional(),
  url: url.optional(),
})

export const jobsSchemas: NamespaceSchemas<'jobs'> = {
  list: none,
  get: z.tuple([id]),
  add: z.tuple([newJob]),
  update: z.tuple([id, jobPatch]),
  pause: z.tuple([id]),
  resume: z.tuple([id]),
  runNow: z.tuple([id]),
  remove: z.tuple([id]),
  versions: z.tuple([id]),
  versionDiff: z.tuple([id]),
  discoverFeeds: z.tuple([url]),
}

export const jobsHandlers = ({ services, emit }: ApiContext): NamespaceHandlers<'jobs'> => {
  // Runs happen in the background; their changes and progress reach the renderer as events.
  services.jobEvents.on('changed', (jobIds) => emit('jobs.changed', { jobIds }))
  services.jobEvents.on('progress', (progress) => emit('jobs.progress', progress))
  return {
    list: () => services.jobs.list(),
    get: (jobId) => services.jobs.get(jobId),
    add: (job) => services.jobs.add(job),
    update: (jobId, patch) => services.jobs.update(jobId, patch),
    pause: (jobId) => services.jobs.pause(jobId),
    resume: (jobId) => services.jobs.resume(jobId),
    runNow: (jobId) => services.jobs.runNow(jobId),
    remove: (jobId) => services.jobs.remove(jobId),
    versions: (jobId) => services.jobs.versions(jobId),
    versionDiff: (versionId) => services.jobs.versionDiff(versionId),
    discoverFeeds: (pageUrl) => services.jobs.discover(pageUrl),
  }
}
