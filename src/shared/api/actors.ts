/** The actor registry: ministries, governments, organisations and their aliases in several languages. */

export type ActorKind =
  | 'foreign-ministry'
  | 'ministry'
  | 'government'
  | 'presidency'
  | 'organisation'
  | 'agency'
  | 'person'
  | 'other'

/**
 * 'name': names the actor on its own ("Auswärtiges Amt", "ОДКБ"); 'body': names it only together with
 * its country ("Verteidigungsministerium" + "russisch"); 'metonym': stands for it ("Moskau", "the Kremlin").
 */
export type AliasKind = 'name' | 'body' | 'metonym'

export interface ActorAliasRecord {
  text: string
  /** ISO 639-1, or null when language-neutral (acronyms). */
  language: string | null
  kind: AliasKind
  origin: 'seed' | 'user'
}

export interface ActorRecord {
  /** Stable id: `<iso2>-mfa`, `<iso2>-gov`, `<iso2>-pres`, `nato`, … or the analyst's own. */
  id: string
  /** Display name (English for shipped actors). */
  name: string
  kind: ActorKind
  /** ISO 3166-1 alpha-2, lower case; null for international organisations. */
  country: string | null
  origin: 'seed' | 'user'
  /** A shipped actor the analyst removed: not matched, kept so seed updates do not restore it. */
  hidden: boolean
  /** A shipped actor the analyst renamed (its name no longer follows the seed). */
  renamed: boolean
  aliases: ActorAliasRecord[]
}

export interface ActorSearchHit {
  id: string
  name: string
  kind: ActorKind
  country: string | null
  /** The name or alias that matched the query. */
  matched: string
  matchedLanguage: string | null
}

export interface AliasInput {
  text: string
  language?: string | null
  kind?: AliasKind
}

export interface ActorInput {
  /** Lower-case letters, digits and hyphens; made from the name when absent. */
  id?: string
  name: string
  kind: ActorKind
  country?: string | null
  aliases?: AliasInput[]
}

/** Shipped actors accept a new name and hiding; the analyst's own actors accept everything. */
export interface ActorPatch {
  name?: string
  kind?: ActorKind
  country?: string | null
  hidden?: boolean
}

export interface ActorMentionInfo {
  start: number
  end: number
  actorId: string
  surface: string
  via: 'name' | 'alias' | 'metonym'
  confidence: number
}

/** An actor's name in one report language. */
export interface ActorLocalName {
  language: 'de' | 'en' | 'ru'
  name: string
  origin: 'seed' | 'user'
}

export interface ActorsApi {
  /** All actors with their aliases, by name; hidden shipped actors only on request. */
  list(options?: { includeHidden?: boolean }): Promise<ActorRecord[]>
  get(id: string): Promise<ActorRecord | null>
  /** Typeahead over names and aliases in all languages, case- and diacritic-insensitive, by word prefix. */
  search(query: string, limit?: number): Promise<ActorSearchHit[]>
  create(input: ActorInput): Promise<ActorRecord>
  update(id: string, patch: ActorPatch): Promise<ActorRecord>
  /** Deletes the analyst's own actor; hides a shipped one. */
  remove(id: string): Promise<void>
  addAlias(id: string, alias: AliasInput): Promise<ActorRecord>
  removeAlias(id: string, text: string, language: string | null): Promise<ActorRecord>
  /** An actor's names per report language (de, en, ru): the shipped ones and the analyst's, which win. */
  names(id: string): Promise<ActorLocalName[]>
  /** Sets the analyst's name of an actor in a report language; null or "" clears it (the shipped name returns). */
  setName(id: string, language: 'de' | 'en' | 'ru', name: string | null): Promise<ActorLocalName[]>
  /** Actor mentions in a text (e.g. a selection, to preselect the actor of a manual statement). */
  match(text: string, language?: string | null): Promise<ActorMentionInfo[]>
}
