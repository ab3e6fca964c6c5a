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
  /** The name in each report language (de, en, ru) where the seed gives one; `name` is the English one. */
  names?: Partial<Record<'de' | 'en' | 'ru', string>>
}

export interface ActorAlias {
  text: string
  /** ISO 639-1, or null when language-neutral (acronyms). */
  language: string | null
  /**
   * How the alias names the actor (default 'name'): 'name' identifies it on its own ("Auswärtiges Amt",
   * "ОДКБ"); 'body' only together with the actor's country ("Verteidigungsministerium" + "russisch" →
   * the Russian defence ministry); 'metonym' stands for it at lower confidence ("Moskau", "the Kremlin").
   */
  kind?: AliasKind
  /** 'seed' for shipped aliases, 'user' for the analyst's own (absent: as the actor). */
  origin?: 'seed' | 'user'
}

export type AliasKind = 'name' | 'body' | 'metonym'

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

/**
 * A phrase that refers back to a body without naming it ("das Ministerium", "die Behörde", "the
 * ministry", "ведомство", "das Außenministerium" with no country). Kind 'ministry' stands for any
 * ministry-like body (it may resolve to a foreign ministry); the statement engine resolves it from context.
 */
export interface GenericReference {
  start: number
  end: number
  kind: ActorKind
  surface: string
  /** An office ("the Prime Minister", "der Außenminister") rather than the institution ("the government"). */
  office: boolean
}

/** Finds actor mentions; built once from the registry, reused for many texts. */
export interface ActorMatcher {
  findMentions(text: string, language?: string | null): ActorMention[]
  actor(id: string): Actor | undefined
  /** Generic references to bodies in the text, outside the mentions. */
  findGenericReferences?(text: string, language?: string | null): GenericReference[]
  /** The kind of a generic body phrase ("das Ministerium" → 'ministry'), or null if it is not one. */
  genericBodyKind?(text: string, language?: string | null): ActorKind | null
}
