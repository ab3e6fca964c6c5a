/** Picks the speaker phrase of a cue within a clause: the subject before it, or the phrase right after it. */
import type { AttributionContext } from './context'
import type { Cue, RefGroup } from './annotations'
import { findCues } from './cues'
import type { StatementDocument } from './document'
import { afterFrontedClause, bareWhoBefore, fullMatch, GERMAN_SUBORDINATOR } from './patterns'
import { isEnglishPassive, isFunctionWord, isGerundCue, isRussianDative } from './speaker-phrase'
import { afterPreposition, ALLEGED_WHY, findRefs, groupRefs, resolveGroup, type SpeakerResolution } from './speakers'
import { countStartingBefore, spansOverlapping } from './spans-in-range'

/** Adverbials allowed between a verb and a speaker that follows it ("sagte am Donnerstag Lawrow", "— сказала она"). */
const AFTER_GAP = /^[\s,–—-]*(?:(?:am|an|im|vor|heute|gestern|zudem|außerdem|auch|dann|noch|erneut|bereits|also|then|again|в|на|же|также)(?:\s+\p{L}+)?\s+)?(?:(?:der|die|das|den|dem|des|ein|eine|the|a|an)\s+)?$/iu
export const ANONYMOUS =
  /(?<![\p{L}])(?:sources?|insiders?|diplomats?|officials|people|persons?|circles|\p{L}*[Kk]reise[n]?|Quelle[n]?|Insider[n]?|Diplomat(?:en|in|innen)?|источник\p{L}*|дипломат\p{L}*|чиновник\p{L}*|собеседник\p{L}*|кругах|кругов)(?![\p{L}])/u

/** Between a source preposition and its source: up to two words or quoted names ("according to Russia’s top diplomat", "как заявили «Деньгам» в …"). */
const SOURCE_GAP = /^[\s,]*(?:\S+\s+){0,2}$/u

/**
 * Is the phrase at the end of gap the cue's source? A source preposition takes it within two words ("nach Ansicht
 * von Aiwanger", not "… weit über die EU-Vorgaben"); a source verb ("как отметил в беседе с журналистами глава МИД")
 * may have adverbials before its subject.
 */
export function sourceFollows(doc: StatementDocument, cue: Cue, gap: string): boolean {
  if (SOURCE_GAP.test(gap)) return true
  const last = cue.text.split(/\s+/u).pop() ?? ''
  return fullMatch(doc.lex.speechVerb, last) && gap.length <= 60 && !/[.;:!?]/u.test(gap)
}

/** A German clause opening with a nominative phrase or pronoun before its verb ("Das Forum …", "Er …"). */
const OPENING_SUBJECT = /^[\s„“"»«–—-]*(?:(?:und|aber|doch|denn)\s+)?(?:der|die|das|ein|eine|kein|keine|er|sie|es|wir|ich|man)\s/iu

/** Between a subject and its verb: nothing, an adverbial, an apposition in commas or a short parenthesis ("Gov. Mike Pence (R-IN) said"). */
const BEFORE_GAP = /^(?:\s*|\s*,[^,]{0,80},\s*|\s+(?:\p{L}+\s+){0,3}|\s*\([^()]{1,24}\)\s*)$/u

/**
 * The reference groups wholly in [from, to). Groups are built once for the whole text; a group that straddles an
 * edge keeps only its references inside (grouping a run of references gives the same joins wherever the run starts).
 */
export function refGroupsIn(doc: StatementDocument, from: number, to: number): RefGroup[] {
  if (to <= from) return []
  const all = (doc.refGroups ??= groupRefs(doc, findRefs(doc, 0, doc.masked.length)))
  const out: RefGroup[] = []
  for (let i = Math.max(0, countStartingBefore(all, from) - 1); i < all.length && all[i].start < to; i++) {
    const g = all[i]
    if (g.start >= from && g.end <= to) {
      out.push(g)
      continue
    }
    const refs = g.refs.filter((r) => r.start >= from && r.end <= to)
    if (refs.length) out.push({ start: refs[0].start, end: Math.max(...refs.map((r) => r.end)), refs })
  }
  return out
}

/**
 * The speaker of a cue in the clause [from, to):
 * - impersonal and "so"/according cues take the phrase after them (in German also inside a verb frame),
 * - verbs take the clause's subject (a phrase at the clause start or right before the verb), else the phrase
 *   right after the verb (German and Russian inversion, "said Wang").
 */
export function speakerForCue(doc: StatementDocument, ctx: AttributionContext, cue: Cue, from: number, to: number): SpeakerResolution | null {
  // "But while Republicans are supporting the delay …, multiple sources say …": the main clause follows the
  // subordinate clause that opens the sentence.
  const main = cue.type === 'verb' || cue.type === 'naming' ? afterFrontedClause(doc.masked, doc.language, from, cue.start) : from
  const clause = cue.type === 'verb' || cue.type === 'naming' ? andClauseStart(doc, clauseStart(doc, main, cue.start), cue.start) : clauseStart(doc, from, cue.start)
  const verbal = cue.type === 'verb' || cue.type === 'naming'
  // "Blinken was told by Lavrov that …", "Blinken was asked whether …": a passive's subject is who was told or
  // asked; the speaker is the agent after "by", or nobody named.
  if (verbal && isEnglishPassive(doc, cue, from)) {
    const agent = refGroupsIn(doc, cue.end, Math.min(to, cue.end + 80)).find((g) => /^\s+by\s+(?:the\s+)?$/iu.test(doc.masked.slice(cue.end, g.start)))
    return agent ? resolveGroup(doc, ctx, agent) : null
  }
  // "Блинкену было заявлено, что …": a Russian impersonal passive names whom it was said to, in the dative.
  const russianPassive = doc.language === 'ru' && /\p{L}{3,}но$/u.test(cue.text)
  // "quoted Blinken as saying …", "accused Blinken of saying that …": after a preposition the gerund's subject is the
  // person the preposition follows, not the sentence's subject. Quoted, it is theirs; accused or criticised "of"/"for"
  // saying, it is what someone else says they said: the person as written, no actor.
  const preposition = verbal && doc.language === 'en' && isGerundCue('en', cue) ? GERUND_PREPOSITION.exec(doc.masked.slice(Math.max(from, cue.start - 8), cue.start)) : null
  if (preposition) {
    const before = refGroupsIn(doc, from, cue.start).at(-1)
    // "accused Blinken last week of saying", "is known for saying".
    if (!before || !/^(?:\s+[\p{Ll}]+){0,2}\s+(?:of|as|for|about)\s+$/u.test(doc.masked.slice(before.end, cue.start))) return null
    return preposition[1].toLowerCase() === 'as' ? resolveGroup(doc, ctx, before) : { ...unresolved(doc, before), why: ALLEGED_WHY }
  }
  // "Лавров … отреагировал, заявив, что …", "X defended his call, saying …": a gerund shares the subject of its
  // sentence — the first phrase that no preposition governs.
  // "Blige sings to Clinton before asking her, …": after a preposition of time the gerund shares it too.
  if (verbal && isGerundCue(doc.language, cue) && (/,\s*$/u.test(doc.masked.slice(from, cue.start)) || TIME_BEFORE_GERUND.test(doc.masked.slice(Math.max(from, cue.start - 10), cue.start)))) {
    // "In response to Trump’s proposal to bar Muslims …, Clinton’s aide rallied supporters, saying": an
    // introductory phrase set off by a comma holds no subject.
    const intro = INTRODUCTORY.exec(doc.masked.slice(from, cue.start))
    const subjectFrom = intro ? from + intro[0].length : from
    const subject = refGroupsIn(doc, subjectFrom, cue.start).find((g) => !afterPreposition(doc, g.start) && !g.refs.every((r) => r.located || r.modifier))
    // "Cruz attacked Rubio, saying …": a name no reference stage knows may open the sentence; the first phrase found
    // is then the object, not the subject. A capitalised word before the phrase, other than a function word, is such a name.
    const lead = subject ? doc.masked.slice(subjectFrom, subject.start) : ''
    if (!subject || (lead.match(/\p{Lu}\p{L}*/gu) ?? []).some((w) => !isFunctionWord(doc.language, w))) return null
    return subjectOrJoint(doc, ctx, subject, cue.start)
  }
  // A verb in a relative clause ("Lawrow, der das Auswärtige Amt kritisiert hatte"): the relative pronoun is its
  // subject, so the speaker is the antecedent before the comma; bodies inside the clause are objects.
  // The same after the relative clause ("Lawrow, der … kritisiert hatte, sagte, …"): its antecedent is the subject.
  // "a county commissioner who accused him of …": English "who" opens a relative clause without a comma too; its
  // antecedent speaks, never the sentence's subject.
  const bareWho = verbal ? bareWhoBefore(doc.masked, doc.language, from, cue.start) : -1
  if (bareWho >= 0) {
    const antecedent = refGroupsIn(doc, from, bareWho).pop()
    return antecedent && !/[\p{L}\p{N}]/u.test(doc.masked.slice(antecedent.end, bareWho)) ? resolveGroup(doc, ctx, antecedent) : null
  }
  let relative = verbal ? relativeClauseStart(doc, from, cue.start) : -1
  if (verbal && relative < 0 && /,\s*$/u.test(doc.masked.slice(from, cue.start))) {
    const closing = doc.masked.lastIndexOf(',', cue.start)
    const opening = relativeClauseStart(doc, from, closing - 1)
    if (opening >= 0 && !doc.masked.slice(opening + 1, closing).includes(',')) relative = opening
  }
  if (relative >= 0) {
    // "…, which he believes will …": a subject of its own inside the relative clause speaks, not the antecedent.
    const inner = doc.masked.slice(relative, cue.start).replace(RELATIVE_PRONOUN[doc.language] ?? /^$/u, '')
    if (OWN_SUBJECT.test(inner) || refGroupsIn(doc, cue.start - inner.length, cue.start).length) return null
    const antecedent = refGroupsIn(doc, from, relative).pop()
    return antecedent && !/[\p{L}\p{N}]/u.test(doc.masked.slice(antecedent.end, relative)) ? resolveGroup(doc, ctx, antecedent) : null
  }
  // A place after a preposition ("talks in Moscow") is never the subject of a verb.
  // A German phrase in the dative, accusative or genitive ("dem Ministerium Grenville") is an object, not the subject.
  const groups = refGroupsIn(doc, clause, to).filter(
    (g) => !verbal || (!g.refs.every((r) => r.located || (r.mention?.via === 'metonym' && r.mention.confidence < 0.5)) && !(doc.language === 'de' && GERMAN_OBLIQUE.test(doc.masked.slice(Math.max(0, g.start - 8), g.start) + doc.masked.slice(g.start, g.end).split(/\s/u)[0] + ' '))),
  )
  const verbEnd = cue.type === 'verb' ? cue.start + (doc.masked.slice(cue.start, cue.end).search(/\s/u) + 1 || cue.end - cue.start) : cue.end
  // "teilte das Ministerium … mit": a phrase inside a German verb frame is the subject, unless the clause opened
  // with one ("Das Forum Waffenrecht fordert die Bundesregierung auf": the government is the one asked).
  // English verbs have no such frame: "made it clear" holds an object.
  const inside = doc.language === 'en' ? undefined : groups.find((g) => g.start >= verbEnd && g.end <= cue.end)
  const opened = OPENING_SUBJECT.test(doc.masked.slice(clause, cue.start)) || groups.some((g) => g.end <= cue.start && isClauseInitial(doc, clause, g))
  if (inside && !opened) return resolveGroup(doc, ctx, inside)
  if (cue.type === 'locative') {
    // "as the ministry said"; "As stated in Davis' commentary," "as reported by Reuters": the source after "in"/"by".
    const within = groups.find((g) => g.start >= cue.start && g.end <= cue.end)
    const after = within ? undefined : groups.find((g) => g.start >= cue.end && /^\s+(?:in|by)\s+(?:the\s+|a\s+)?$/iu.test(doc.masked.slice(cue.end, g.start)))
    const source = within ?? after
    return source ? resolveGroup(doc, ctx, source, true) : null
  }
  const after = groups.find((g) => g.start >= cue.end)
  const afterGap = after ? doc.masked.slice(cue.end, after.start) : ''
  if (cue.type === 'impersonal' || cue.type === 'so' || cue.type === 'according') {
    // "hieß es aus Regierungskreisen in Chisinau", "как сообщил источник в правительстве": an anonymous source
    // near a body is not that body speaking.
    if (after && ANONYMOUS.test(afterGap)) return null
    // "nach Ansicht von Aiwanger weit über die EU-Vorgaben": the source follows its preposition at once; a body
    // several words on belongs to the statement.
    // An impersonal cue's source may stand a few words on ("hieß es aus Regierungskreisen in Chisinau"), but not in the
    // next clause ("the statement read, adding that Russia …": Russia is what was added, not who said it).
    const near = cue.type === 'impersonal' ? !/[,;:]/u.test(afterGap) : AFTER_GAP.test(afterGap) || sourceFollows(doc, cue, afterGap)
    if (after && near) return resolveGroup(doc, ctx, after, cue.type === 'impersonal')
    // "In einer Erklärung des Ministeriums heißt es": the source is in the phrase before an impersonal cue.
    const before = cue.type === 'impersonal' ? groups.filter((g) => g.end <= cue.start).pop() : undefined
    // "Блинкену было заявлено, что …": whom it was said to, in the dative (or a form that may be one), is no source.
    if (before && russianPassive && PASSIVE_ADDRESSEE.test(doc.masked.slice(before.start, before.end).split(/\s/u)[0])) return null
    return before ? resolveGroup(doc, ctx, before, true) : null
  }
  if (cue.type === 'post-according') {
    const before = [...groups].reverse().find((g) => g.end <= cue.start)
    return before ? resolveGroup(doc, ctx, before) : null
  }
  // "Als Graf Orloff fragte, …, äußerte sich der Kaiser": after an opening subordinate clause the main verb comes
  // first and its subject after it; whoever the subordinate clause names is not that subject.
  if (doc.language === 'de' && verbal && /,\s*$/u.test(doc.masked.slice(clause, cue.start)) && GERMAN_SUBORDINATOR.test(doc.masked.slice(clause, cue.start).replace(/^[\s„“"»«–—-]+/u, ''))) {
    return after && AFTER_GAP.test(afterGap) ? resolveGroup(doc, ctx, after) : null
  }
  const before = groups.filter((g) => g.end <= cue.start && !bareTitle(doc, g))
  const initial = before.find((g) => isClauseInitial(doc, clause, g))
  const adjacent = before[before.length - 1]
  const besideVerb = adjacent && /^\s+(?:\p{L}+\s+){0,2}$/u.test(doc.masked.slice(adjacent.end, cue.start)) ? adjacent : undefined
  // "Хотя Дума уже одобрила …, Зорькин надеется": a subordinate clause first; the subject is the phrase beside the verb.
  // Russian may put an object first ("Губернатору Подмосковья прочат … Эксперты считают"): when the first phrase
  // reads as a dative or instrumental, the phrase right before the verb is its subject.
  const obliqueFirst = doc.language === 'ru' && !!initial && RU_OBLIQUE.test(doc.masked.slice(initial.start, initial.end).split(/\s/u)[0])
  const subordinateFirst =
    initial && besideVerb && initial !== besideVerb && (/,/u.test(doc.masked.slice(initial.end, besideVerb.start)) || (obliqueFirst && /^\s+$/u.test(doc.masked.slice(besideVerb.end, cue.start))))
  // "he spoke favorably of … World War II and suggested …": a phrase joined to the verb by "and" ends the first
  // verb's object; the coordinated verb shares the clause's subject, found below or by the phrase stage.
  const joined = adjacent && COORDINATING.test(doc.masked.slice(adjacent.end, cue.start))
  // "…,” Sweden's deputy director of public prosecutions, Eva-Marie Persson, said", "Carlineo's attorney, Sonya Zoghlin,
  // said": a name set off by commas right before the verb, after a subject found only as its possessor, is that subject's
  // apposition and names the person who spoke. After a name ("Sen. Ted Cruz, R-Texas, said") it is a title; after a
  // body's role ("Der Sprecher des Weißen Hauses, John Kirby, sagte") the role says whom the person speaks for.
  const apposed =
    !!initial && !!adjacent && adjacent !== initial && adjacent.refs.some((r) => r.type === 'name') &&
    (initial.refs.every((r) => r.modifier) || /['’]s?$/u.test(doc.masked.slice(initial.start, initial.end))) &&
    /^\s*,\s*$/u.test(doc.masked.slice(adjacent.end, cue.start)) && /,\s*$/u.test(doc.masked.slice(initial.end, adjacent.start))
  const chosen = apposed ? adjacent : (subordinateFirst ? besideVerb : initial) ?? (adjacent && !joined && BEFORE_GAP.test(doc.masked.slice(adjacent.end, cue.start)) ? adjacent : undefined)
  // "Блинкену ответил Лавров: «…»": a Russian dative or accusative first is whom it was said to; the subject follows the verb.
  const subject = chosen && doc.language === 'ru' && russianOblique(doc, chosen) ? undefined : chosen
  if (subject && russianPassive && PASSIVE_ADDRESSEE.test(doc.masked.slice(subject.start, subject.end).split(/\s/u)[0])) return null
  if (subject) {
    // "the New Jersey governor told", "… Islamic State terrorism suggests": the name only qualifies the noun
    // after it; that noun's phrase is the subject, and no actor or person the name stands for.
    const modifier = modifiedNoun(doc, subject, cue)
    if (modifier) return modifier.phrase ? unresolved(doc, modifier.phrase) : null
    return coordinated(doc, subject, groups, cue) ? unresolved(doc, subject) : resolveGroup(doc, ctx, subject)
  }
  // "The ministry stressed that …, and noted that …": the coordinated verb shares the first clause's subject.
  if (clause > from && !/[\p{L}\p{N}]/u.test(doc.masked.slice(clause, cue.start))) {
    const shared = refGroupsIn(doc, from, clause).find((g) => isClauseInitial(doc, from, g))
    if (shared) return subjectOrJoint(doc, ctx, shared, clause)
  }
  // Inverted order ("sagte Lawrow", "заявил министр"); in English only right after a quote or comma ("…,” said Wang").
  const inverted = doc.language !== 'en' || !/[\p{L}\p{N}]/u.test(doc.masked.slice(clause, cue.start))
  const dative = doc.language === 'ru' && !!after && isRussianDative(doc.masked.slice(after.start, after.end).split(/\s/u)[0])
  // "dankten der Bundespräsident und Elke Büdenbender": a joint subject after the verb is not one actor.
  const joint = after && JOINED_NAME.exec(doc.masked.slice(after.end, to))
  if (after && inverted && !dative && AFTER_GAP.test(afterGap)) return joint ? unresolved(doc, { start: after.start, end: after.end + joint[0].length }) : resolveGroup(doc, ctx, after)
  return null
}

/**
 * Before a Russian impersonal passive ("было заявлено"), a noun in the dative is whom it was said to; "-ой"/"-ей" may
 * be the instrumental agent too ("Захаровой было заявлено"): either way no sure source.
 */
const PASSIVE_ADDRESSEE = /(?:у|ю|ой|ей|ам|ям)$/u

/** A preposition right before a gerund: "of saying", "as saying". */
const GERUND_PREPOSITION = /(?:^|\s)(of|as|for|about)\s+$/iu
/** A preposition of time before an English gerund ("before asking", "after saying"). */
const TIME_BEFORE_GERUND = /(?:^|\s)(?:before|after|while|when|upon)\s+$/iu

/** Words that may stand between an English subject and its verb without being part of the subject. */
const EN_BETWEEN = /^(?:also|then|now|still|again|later|earlier|too|once|never|often|already|just|even|however|meanwhile|previously|recently|has|have|had|was|were|is|are|will|would|could|should|can|may|might|must|did|does|do|not|who|which|that)$/u

/**
 * Is the name a modifier of lowercase nouns between it and the verb ("the New Jersey governor told")? Then the
 * whole phrase from its determiner is the subject, or no phrase where it has none; null where it is no modifier.
 */
function modifiedNoun(doc: StatementDocument, group: RefGroup, cue: Cue): { phrase: { start: number; end: number } | null } | null {
  if (doc.language !== 'en') return null
  const gap = /^\s+((?:\p{Ll}[\p{L}-]*\s+){1,2})$/u.exec(doc.masked.slice(group.end, cue.start))
  if (!gap || gap[1].trim().split(/\s+/u).some((w) => EN_BETWEEN.test(w) || /ly$/u.test(w))) return null
  const det = /(?:^|\s)((?:the|a|an|its|his|her|their|our)\s+)$/iu.exec(doc.masked.slice(Math.max(0, group.start - 8), group.start))
  const end = group.end + gap[0].trimEnd().length
  return { phrase: det ? { start: group.start - det[1].length, end } : null }
}

/** The determiner opening a phrase (the words before it, then its first word) shows the dative, accusative or genitive. */
const GERMAN_OBLIQUE = /(?:^|[^\p{L}])(?:dem|den|des|einem|einen|eines)\s+(?:\S+\s)?$/iu
const RU_OBLIQUE = /\p{Ll}(?:ому|ему|ам|ям|ами|ями|у|ю)$/u

/** "… und Elke Büdenbender": a second name joined to a phrase. */
export const JOINED_NAME = /^\s+(?:und|and|sowie|и)\s+(?:(?:der|die|das|the)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}/u
const COORDINATING = /^\s+(?:and|und|sowie|и)\s+$/iu
const INTRODUCTORY = /^\s*(?:in|on|at|after|before|during|since|following|despite|amid|asked|when|while|am|im|nach|vor|seit|während|trotz|в|на|после)\s[^,]{0,160},\s*(?=\S)/iu
const OWN_SUBJECT = /(?<![\p{L}])(?:he|she|they|we|i|you|er|sie|wir|ich|man|он|она|они|мы|я)(?![\p{L}])/iu

const RELATIVE_PRONOUN: Record<string, RegExp> = {
  de: /^,\s*(?:der|die|das|welche|welcher|welches)\s/iu,
  en: /^,\s*(?:who|which)\s/iu,
  ru: /^,\s*(?:который|которая|которое|которые)\s/iu,
}

/** The comma opening a relative clause that holds pos, or -1. */
function relativeClauseStart(doc: StatementDocument, from: number, pos: number): number {
  const re = RELATIVE_PRONOUN[doc.language]
  const comma = doc.masked.lastIndexOf(',', pos)
  if (!re || comma < from || /[;:.!?]/u.test(doc.masked.slice(comma + 1, pos))) return -1
  return re.test(doc.masked.slice(comma, pos)) ? comma : -1
}

/**
 * A Russian phrase whose first word reads as a dative or accusative ("Блинкену", "Лаврову", "Захарову"), unless it is a
 * person's name as the registry writes it in the nominative ("Шойгу" does not decline).
 */
function russianOblique(doc: StatementDocument, g: RefGroup): boolean {
  const first = doc.masked.slice(g.start, g.end).split(/\s/u)[0]
  if (!RU_OBLIQUE.test(first)) return false
  const person = spansOverlapping(doc.personMentions, g.start, g.start + 1).find((m) => m.personIds.length === 1)
  const names = person ? (doc.persons?.person(person.personIds[0])?.names.ru ?? []) : []
  return !names.some((n) => n.split(/\s+/u).includes(first))
}

/**
 * "JPL scientist and study co-author Michael Malaska said": an English singular role with no determiner cannot be a
 * subject of its own; it is a title of the name that follows.
 */
function bareTitle(doc: StatementDocument, g: RefGroup): boolean {
  if (doc.language !== 'en' || !g.refs.every((r) => r.type === 'role')) return false
  const text = doc.masked.slice(g.start, g.end)
  return !/s$/u.test(text) && /^\p{Ll}/u.test(text) && !/(?:^|[^\p{L}])(?:the|a|an|this|that|his|her|its|their|our|another|one)\s+(?:\p{L}+\s+)?$/iu.test(doc.masked.slice(Math.max(0, g.start - 30), g.start))
}

/** Where the clause holding pos begins: after "…, but", "…, und", "; " (the subject of a later clause is not the sentence's). */
function clauseStart(doc: StatementDocument, from: number, pos: number): number {
  const text = doc.masked.slice(from, pos)
  let at = from
  CLAUSE_BREAK.lastIndex = 0
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) at = from + m.index + m[0].length
  return at
}

// "…, but", "…, und", "; ", a colon ("Jasper Barenberg: Bei der Konferenz rufen …"), and a subordinate clause with a subject of its own ("… is taking measures after the
// owner said", "…, wenn Fürst Bismarck … sagte", "…, когда министр заявил").
const CLAUSE_BREAK = /(?:[,;]\s*(?:but|and|while|whereas|aber|doch|und|während|jedoch|но|а|и|однако)\s+|[;:]\s*|\s(?:--|–|—)\s+|\s(?:after|before|when|because|since|although|though|whereas|unless|until)\s+|,\s*(?:wenn|als|weil|nachdem|obwohl|dass|daß|ob|was|когда|если|хотя|пока|потому\s+что)\s+)/giu

/** The last "and" before a verb with up to six words of its own between them ("… and Germany said"). */
const AND_THEN_WORDS = /\s(?:and|und|и)\s+((?:[^\s,;:.!?]+\s+){1,6})$/iu
/** Words between "and" and a verb that leave the subject shared ("… and then said", "und erklärte zudem"). */
const SHARED_SUBJECT_WORD = /^(?:also|then|now|still|again|later|further|too|once|never|often|already|just|even|however|has|have|had|was|were|is|are|will|would|could|should|can|may|might|must|did|does|do|not|auch|dann|noch|zudem|außerdem|später|также|затем|потом|позже|ещё|еще|уже|\p{Ll}+ly)$/u
/** A finite verb of the first conjunct ("criticised", "hat", "был"), besides the cues found there. */
const FINITE: Record<string, RegExp> = {
  en: /(?<![\p{L}])(?:\p{Ll}{2,}ed|is|are|was|were|has|have|had|will|would|did)(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:hat|hatte|hatten|haben|ist|war|waren|sind|wird|wurde|wurden)(?![\p{L}])/u,
  ru: /(?<![\p{L}])(?:был|была|было|были|будет|будут)(?![\p{L}])/u,
}

/**
 * "The Kremlin criticised the plan and Germany said …", "Ted Cruz accuses Obama of … and Donald Trump says …":
 * after a first conjunct with a verb of its own, "and" followed by words before the verb opens a clause with its
 * own subject. Joint subjects ("Russia and China said") and a shared subject ("… and then said") do not.
 */
function andClauseStart(doc: StatementDocument, clause: number, cueStart: number): number {
  const m = AND_THEN_WORDS.exec(doc.masked.slice(clause, cueStart))
  if (!m) return clause
  if (m[1].trim().split(/\s+/u).every((w) => SHARED_SUBJECT_WORD.test(w.toLowerCase()))) return clause
  const and = clause + m.index
  const first = doc.masked.slice(clause, and)
  const hasVerb = findCues(doc, clause, and).some((c) => c.type === 'verb' || c.type === 'naming') || !!FINITE[doc.language]?.test(first)
  return hasVerb ? and + m[0].length - m[1].length : clause
}

/**
 * "The United Nations and the European Union stressed …", "Russland, Schweden und Norwegen erklärten": a joint
 * subject is not one actor, whichever of its parts was taken for the subject.
 */
function coordinated(doc: StatementDocument, subject: RefGroup, groups: readonly RefGroup[], cue: Cue): boolean {
  const next = groups.find((g) => g.start >= subject.end && g.end <= cue.start)
  const previous = groups.findLast((g) => g.end <= subject.start)
  if (next && JOINING.test(doc.masked.slice(subject.end, next.start))) return true
  if (previous && JOINING.test(doc.masked.slice(previous.end, subject.start))) return true
  // "Schweden und Oldenburg erklärten": the other part may be a name no reference stands for.
  const joined = JOINED_NAME.exec(doc.masked.slice(subject.end, cue.start))
  return !!joined && /^\s*$/u.test(doc.masked.slice(subject.end + joined[0].length, cue.start))
}

/** What joins two parts of one subject. */
const JOINING = /^\s*(?:and|und|sowie|или|oder|or|и|а\s+также|as\s+well\s+as)\s+(?:(?:the|die|der|das)\s+)?$/iu

/** "Donald Trump and Hillary Clinton vied …, each … saying …": a subject joined to another name is no single speaker. */
function subjectOrJoint(doc: StatementDocument, ctx: AttributionContext, subject: RefGroup, to: number): SpeakerResolution {
  const joint = JOINED_NAME.exec(doc.masked.slice(subject.end, to))
  return joint ? unresolved(doc, { start: subject.start, end: subject.end + joint[0].length }) : resolveGroup(doc, ctx, subject)
}

/** The phrase as written, resolved to nobody. */
export function unresolved(doc: StatementDocument, group: { start: number; end: number }): SpeakerResolution {
  return {
    actorId: null,
    speaker: doc.text.slice(group.start, group.end),
    start: group.start,
    end: group.end,
    confidence: 0.4,
    review: true,
    independent: false,
    viaContext: false,
    person: null,
  }
}

/** The group opens the clause, possibly after a conjunction or a short adverbial ("Auch …", "However, …", "В свою очередь, …"). */
function isClauseInitial(doc: StatementDocument, from: number, g: RefGroup): boolean {
  const lead = doc.masked.slice(from, g.start)
  if (!/^[\s,.:;–—„“"«»-]*(?:\p{L}+[\s,]+){0,2}$/u.test(lead) || /[.!?]/u.test(lead)) return false
  const words = lead.toLowerCase().match(/\p{L}+/gu) ?? []
  return !words.some((w) => PREPOSITIONS.has(w))
}

/** A phrase after a preposition is a place or an object, not the subject ("In Moskau sagte …"). */
const PREPOSITIONS = new Set(
  'in im nach aus bei beim mit von vom vor auf an am für über unter gegen zu zur zum on at from with after before about into over against в во на из с со по от для при о об к'.split(' '),
)
