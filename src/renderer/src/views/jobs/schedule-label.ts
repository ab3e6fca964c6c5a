import type { Composer } from 'vue-i18n'
import { intervalParts } from '../../lib/job-schedule'

/** "Every 30 minutes", "Every hour", "Once" in the UI's language. */
export function scheduleLabel(t: Composer['t'], seconds: number | null): string {
  if (seconds == null) return t('jobs.schedule.once')
  const { n, unit } = intervalParts(seconds)
  return t(`jobs.schedule.${unit}`, { n }, n)
}
