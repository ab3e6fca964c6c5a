/** Actors: ministries, governments, organisations that make statements. Pure data types. */

export type ActorKind =
  | 'foreign-ministry'
  | 'ministry'
  | 'government'
  | 'presidency'
  | 'organisation'
  | 'agency'
  | 'person'
  | 'other'

export interface Actor {
  /** Stable id: `<iso2>-mfa` for foreign ministries, `<iso2>-gov` for governments, `nato`, `csto`, … */
  id: string
  name: string
  kind: ActorKind
  /** ISO 3166-1 alpha-2 (lowercase) or null for international organisations. */
  country: string | null
  aliases: ActorAlias[]
  /** 'seed' for shipped data, 'user' for the analyst's own. */
  origin: 'seed' | 'user'
}

export interface ActorAlias {
  text: string
  /** ISO 639-1, or null when language-neutral (acronyms). */
  language: string | null
}

/** Where an actor is named in a text. Offsets are UTF-16 code unit indices into the text. */
export interface ActorMention {
  start: number
  end: number
  actorId: string
  /** The mention as written ("des russischen Außenministeriums"). */
  surface: string
  /**
   * How it was recognised: an explicit name/alias of the actor, or a metonym (capital, "the Kremlin")
   * that stands for a country's government.
   */
  via: 'name' | 'alias' | 'metonym'
  confidence: number
}

/** Finds actor mentions; built once from the registry, reused for many texts. */
export interface ActorMatcher {
  findMentions(text: string, language?: string | null): ActorMention[]
  actor(id: string): Actor | undefined
}
