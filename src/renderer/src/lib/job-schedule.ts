/** Pure helpers of the Jobs view: schedule presets and their parts, links dropped or pasted. */

/** Schedules offered when adding or editing a job; null is "once". */
export const SCHEDULE_PRESETS: readonly (number | null)[] = [null, 900, 1800, 3600, 7200, 21600, 43200, 86400, 604800]

export type IntervalUnit = 'minutes' | 'hours' | 'days' | 'weeks'

/** 1800 → { n: 30, unit: 'minutes' }: the largest unit that divides the interval. */
export function intervalParts(seconds: number): { n: number; unit: IntervalUnit } {
  if (seconds % 604800 === 0) return { n: seconds / 604800, unit: 'weeks' }
  if (seconds % 86400 === 0) return { n: seconds / 86400, unit: 'days' }
  if (seconds % 3600 === 0) return { n: seconds / 3600, unit: 'hours' }
  return { n: Math.round(seconds / 60), unit: 'minutes' }
}

/**
 * The first http(s) link in dropped or pasted data: a uri-list (browsers put links there; lines
 * starting with # are comments), else plain text. Null when there is none.
 */
export function linkFromData(getData: (type: string) => string): string | null {
  const uriList = getData('text/uri-list')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
  for (const candidate of [...uriList, ...getData('text/plain').split(/\s+/)]) {
    const link = httpUrl(candidate.trim())
    if (link) return link
  }
  return null
}

function httpUrl(text: string): string | null {
  if (!text) return null
  try {
    const url = new URL(text)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}
