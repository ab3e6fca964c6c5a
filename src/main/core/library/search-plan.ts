import type { SortOrder } from '../../../shared/api'

/** How each order is expressed and which index keeps rows in that order (covering the filter columns). */
export const SORTS: Record<Exclude<SortOrder, 'relevance'>, { orderBy: string; index: string; keyInFacets: boolean }> = {
  'date-desc': { orderBy: 'a.published_at DESC, a.id DESC', index: 'articles_published_at', keyInFacets: true },
  'date-asc': { orderBy: 'a.published_at ASC NULLS LAST, a.id ASC', index: 'articles_published_at', keyInFacets: true },
  // Ids grow with import time, so import order is id order.
  'imported-desc': { orderBy: 'a.id DESC', index: 'articles_facets', keyInFacets: true },
  title: { orderBy: 'a.title COLLATE NOCASE ASC, a.id ASC', index: 'articles_title', keyInFacets: false },
}

/**
 * Whether to walk the sort order's index and stop after `wanted` matching rows, rather than
 * collect every matching row and sort it. Walking visits about wanted·all/matching index
 * entries; sorting costs per matching row, about 3 entry visits when the sort key is in a
 * covering index and about 30 when it has to be read from the wide article row.
 */
export function shouldWalkSortIndex(matching: number, all: number, wanted: number, sortKeyCovered: boolean): boolean {
  if (matching === 0) return false
  return (wanted * all) / matching < matching * (sortKeyCovered ? 3 : 30)
}
