/** Persons: people who speak for registry bodies, with their offices — shipped (the person seed) or the analyst's own. */

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
export type PersonSource = 'seed' | 'analyst'
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
  /** Deletes a person of the analyst's own (their statements keep their body and speaker). */
  remove(id: string): Promise<void>
}
