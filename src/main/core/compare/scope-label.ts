import type { CompareScope } from '../../../shared/api/compare'
import { formatDay } from './export/format'
import type { ReportLabels } from './export/labels'

/**
 * The scope in words for the title block: "Event: Unrest in Kazakhstan · 2 Jan 2022 – 12 Jan 2022",
 * "Tag: Kazakhstan", "Search: “Putschversuch”", or the whole library.
 */
export function describeScope(scope: CompareScope, labels: ReportLabels, eventTitle?: string): string {
  const parts: string[] = []
  if (scope.eventId !== undefined) parts.push(`${labels.scopeEvent}: ${eventTitle ?? `#${scope.eventId}`}`)
  if (scope.tag !== undefined) parts.push(`${labels.scopeTag}: ${scope.tag}`)
  if (scope.query !== undefined) parts.push(`${labels.scopeSearch}: ${labels.quoted(scope.query)}`)
  if (scope.from || scope.to) parts.push(`${scope.from ? formatDay(scope.from, labels) : '…'} – ${scope.to ? formatDay(scope.to, labels) : '…'}`)
  return parts.length ? parts.join(' · ') : labels.scopeAll
}
