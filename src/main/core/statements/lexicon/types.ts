/**
 * What the extraction engine needs to know about a language: cue words and reference nouns, as regexes.
 * The cue words (verbs, nouns, source phrases) are data in resources/lexicons/{de,en,ru}.json (schema.ts
 * documents the format); their inflected forms are generated (forms-{de,en,ru}.ts) and compiled into one
 * trie-shaped alternation per cue type (build.ts).
 */
import type { VerbClass } from './schema'

/** Kinds of body a generic noun ("das Ministerium", "the government") or a role ("spokeswoman") can refer to. */
export type BodyKind = 'foreign-ministry' | 'ministry' | 'government' | 'presidency' | 'organisation' | 'body'

/** A plural body phrase ("die Außenministerien", "the foreign ministries"): several bodies of a kind at once. */
export interface PluralBody {
  re: RegExp
  kind: BodyKind
}

/**
 * Roles of people that the actor registry does not carry: speakers for whatever body is in context
 * ("Sprecherin", "spokeswoman", "официальный представитель"), heads of organisations, and people who speak
 * for no body ("Politologe", "analyst", "эксперт"). Ministers and heads of government are registry terms.
 */
export interface Role {
  re: RegExp
  /** The kind of body the role speaks for; null for roles that speak for no body. */
  kind: BodyKind | null
}

/** The lexicon entry a cue comes from. */
export interface CueEntry {
  /** The infinitive or base form as listed ("mitteilen", "point out", "заявить"). */
  lemma: string
  class: VerbClass
  /** The verb denies its content (schema.ts). */
  denies?: true
}

export interface Lexicon {
  language: 'de' | 'en' | 'ru'
  /** Finite speech verbs and participles ("sagte", "said", "заявил"), including separable frames ("teilte … mit"). */
  speechVerb: RegExp
  /** Verbs that name or characterise ("bezeichnete … als", "called", "назвал") — cues for partial quotes. */
  namingVerb: RegExp
  /** Impersonal report cues: "heißt es", "hieß es", "говорится", "сообщается". */
  impersonal: RegExp
  /** Source prepositions before the source: "laut", "nach Angaben", "according to", "по словам", "как сообщил". */
  according: RegExp
  /** Source postpositions after the source: "zufolge". */
  postAccording: RegExp | null
  /** ", so das Ministerium" (German). */
  soCue: RegExp | null
  /** Complementizer opening a content clause: "dass", "that", "что". */
  complementizer: RegExp
  /** Personal pronouns that can be speakers ("er", "she", "они"). */
  pronoun: RegExp
  /** Plural body phrases; a later "das Ministerium" after them is ambiguous. */
  pluralBodies: PluralBody[]
  /** Roles of people ("Sprecherin", "Foreign Minister", "официальный представитель"). */
  roles: Role[]
  /** Nouns introducing a name in quotes: the newspaper „…“, operation "…", газета «…». */
  titleNoun: RegExp
  /** "sogenannte", "so-called", "так называемый": the quote is a distancing one. */
  scareMarker: RegExp
  /** A source inside its own clause: "в МИД отметили", "wie das Ministerium mitteilte", "as the ministry said". */
  locativeSource: RegExp | null
  /** "Об этом заявил X", "Dies teilte X mit": the statement is the previous sentence. */
  anaphoricCue: RegExp | null
  /**
   * "seinem armenischen Kollegen X", "his Armenian counterpart X", "с армянским коллегой X": a person holding the
   * current speaker's office in another country. Group 1 is the nationality; `bodyNoun` lets the actor matcher
   * read it ("armenischen Außenministerium" → Armenia). `anchor` finds a literal every match holds, with only letters
   * and spaces before it in the match (patterns.ts, matchesNear).
   */
  counterpart: { re: RegExp; anchor: RegExp; bodyNoun: string }
  /** English: adverbials between "said" and a content clause without "that" ("said on Thursday it …"). */
  adverbial: RegExp | null
  /** Stance verbs only ("befürchtet", "believes", "считает"); they are part of `speechVerb` too. */
  stanceVerb?: RegExp
  /** Verbs that report speech only sometimes ("zeigte", "showed", "нашёл"); in no other cue regex. */
  weakVerb?: RegExp
  /**
   * German: the Konjunktiv I of speech and stance verbs ("erkläre", "man rufe … auf"): a speech verb inside
   * reported speech. Not in `speechVerb`, because such a sentence belongs to the speaker of its chain.
   */
  subjunctiveSpeechVerb?: RegExp
  /** Nouns of speech, stance and statement documents ("Erklärung", "statement", "заявлении"), all forms. */
  speechNoun?: RegExp
  /** The entry (lemma and class) a cue's text comes from ("teilte … mit" → mitteilen), or null. */
  cueEntry?: (cueText: string) => CueEntry | null
  /** How many entries the lexicon holds per verb class (for reports). */
  counts?: Record<VerbClass, number>
}
