/** Saved searches: the types main and renderer exchange. */
import type { SearchQuery } from './library'

/** What a saved search keeps: the words and the filters, without paging. */
export type SavedQuery = Pick<SearchQuery, 'text' | 'tagIds' | 'sourceIds' | 'languages' | 'from' | 'to' | 'sort'>

export interface SavedSearch {
  id: number
  name: string
  query: SavedQuery
  createdAt: string
  /** When it was last opened; null when never. */
  openedAt: string | null
  /** Matching articles added since it was last opened (or saved): imports and fetch jobs. */
  newCount: number
}

export interface SearchesApi {
  /** Every saved search, by name, each with its count of new matching articles. */
  list(): Promise<SavedSearch[]>
  /** Saves a query under a name; a search of that name (any case) is replaced. */
  save(name: string, query: SavedQuery): Promise<SavedSearch>
  /** Marks a saved search as opened now: its new count starts again from zero. */
  open(id: number): Promise<SavedSearch>
  remove(id: number): Promise<void>
}
