/**
 * Persons: people who speak for registry bodies, with their offices — shipped (the person seed), the analyst's
 * own, or learned from a title in an article ('text': "Maria Sacharowa, Sprecherin des russischen
 * Außenministeriums") until the analyst confirms, renames, merges or deletes them.
 */

/** Roles of the shipped seed; the analyst may name others (lower-case words joined by hyphens). */
export const PERSON_ROLES = [
  'spokesperson',
  'foreign-minister',
  'head-of-state',
  'head-of-government',
  'secretary-general',
  'high-representative',
  'minister',
] as const

export type PersonGender = 'f' | 'm'
export type PersonSource = 'seed' | 'analyst' | 'text'

/** Where a person was learned from: the article (null once deleted) and the title as written there. */
export interface PersonLearnedFrom {
  articleId: number | null
  articleTitle: string | null
  phrase: string
}
/** Names as written in running text, per language (ISO 639-1); the first of each is the display name there. */
export type PersonNames = Partial<Record<string, string[]>>

export interface PersonOfficeRecord {
  /** The body the person speaks for in this office. */
  actorId: string
  actorName: string
  /** spokesperson, foreign-minister, head-of-state, … */
  role: string
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  from: string
  /** Null while in office. */
  to: string | null
}

export interface PersonRecord {
  /** Stable id: lower-case letters, digits and hyphens ("maria-zakharova"). */
  id: string
  /** Display name (English for shipped people). */
  name: string
  names: PersonNames
  gender: PersonGender | null
  /** A surname alone names the person (false for common words and shared surnames). */
  surnameAlone: boolean
  source: PersonSource
  /** Set for people learned from the text (also after the analyst confirmed them). */
  learnedFrom: PersonLearnedFrom | null
  /** Earliest first. */
  offices: PersonOfficeRecord[]
}

export interface PersonOfficeInput {
  actorId: string
  role: string
  from: string
  to?: string | null
}

export interface PersonInput {
  /** Made from the name when absent. */
  id?: string
  /** At least one name in one language. */
  names: PersonNames
  gender?: PersonGender | null
  surnameAlone?: boolean
  offices?: PersonOfficeInput[]
}

export interface PersonsApi {
  /** Everybody the library knows, shipped and the analyst's own, by name. */
  list(): Promise<PersonRecord[]>
  get(id: string): Promise<PersonRecord | null>
  /** Adds a person of the analyst's own; the engine finds them from the next extraction on. */
  create(input: PersonInput): Promise<PersonRecord>
  /**
   * Deletes a person of the analyst's own or one learned from the text (their statements keep their body and
   * speaker); a learned person's name is not learned again.
   */
  remove(id: string): Promise<void>
  /** Makes a person learned from the text the analyst's own. */
  confirm(id: string): Promise<PersonRecord>
  /** New names (and gender) for a person of the analyst's own or learned from the text. */
  rename(id: string, input: PersonRenameInput): Promise<PersonRecord>
  /**
   * Merges a person learned from the text into another person: their statements and names (not into a shipped
   * person's names) go to the other, and their name stands for the other from now on.
   */
  merge(id: string, intoId: string): Promise<PersonRecord>
}

export interface PersonRenameInput {
  names: PersonNames
  gender?: PersonGender | null
}
