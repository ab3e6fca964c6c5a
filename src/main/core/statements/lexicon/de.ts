/**
 * German cues, built from resources/lexicons/de.json: speech and stance verbs in every 3rd person form, main
 * clause frames of separable verbs ("teilte … mit", "wies … zurück", "gab … zu bedenken"), verb-final forms
 * ("mitteilte") and participles ("mitgeteilt"); naming verbs; source phrases ("nach eigenen Angaben", "laut",
 * "zufolge"); impersonal cues ("hieß es"). Reference nouns and roles are written here.
 */
import data from '../../../../../resources/lexicons/de.json'
import { words } from '../patterns'
import { cueIndex, countByClass, nounPattern, ofClass, phrasePattern, phraseVerbs, sourcePattern, verbPattern, wholeWords } from './build'
import type { Form, VerbForms } from './forms'
import { germanVerb } from './forms-de'
import { deFileSchema, parseLexiconFile, type Noun } from './schema'
import type { Lexicon } from './types'

const file = parseLexiconFile(deFileSchema, data, 'de')
export const deVerbs: VerbForms[] = [...file.verbs.map((v) => germanVerb(v, file.irregular)), ...phraseVerbs(file.phrases)]

/** A frame's tail closes the clause: "teilte das Ministerium mit." but not "teilte … mit den Partnern". */
const FRAME_END = '(?=\\s*(?:[,.;:!?–—]|$|dass\\s))'
const speech = ofClass(deVerbs, 'speech', 'stance')
/**
 * The Konjunktiv I of a speech verb ("man rufe … auf", "er betone") is itself reported speech: the sentence
 * belongs to the chain's speaker, so these forms are not speech cues but a list of their own.
 */
const indicative = (f: Form) => f.kind !== 'subjunctive'
const subjunctive = (f: Form) => f.kind === 'subjunctive'
const finiteAlone = (f: Form) => (f.kind === 'present' || f.kind === 'past') && (f.tail !== undefined || f.v2 === true)

/** Plurals of the nouns: "Erklärungen", "Reden", "Interviews"; others are listed with their forms. */
function nounForms(n: Noun): string[] {
  const w = n.lemma
  if (/(?:ung|ion|heit|keit|schaft)$/u.test(w)) return [w, `${w}en`]
  if (w.endsWith('e')) return [w, `${w}n`]
  if (/(?:ment|view|weet|post)$/iu.test(w)) return [w, `${w}s`]
  return [w]
}

export const de: Lexicon = {
  language: 'de',
  speechVerb: wholeWords(verbPattern(speech, { frameEnd: FRAME_END, filter: indicative })),
  namingVerb: wholeWords(verbPattern(ofClass(deVerbs, 'naming'), { frameEnd: FRAME_END, filter: indicative }), 'giu'),
  impersonal: wholeWords(phrasePattern(file.impersonal), 'giu'),
  according: wholeWords(sourcePattern(file.sources), 'giu'),
  postAccording: file.sources.after.length ? wholeWords(phrasePattern(file.sources.after), 'giu') : null,
  soCue: words('so'),
  complementizer: words(['dass', 'daß', 'ob']),
  pronoun: words(['er', 'sie'], 'gu'),
  pluralBodies: [
    { re: words('Außenministerien|Außenämter'), kind: 'foreign-ministry' },
    { re: words('Ministerien'), kind: 'ministry' },
    { re: words('Regierungen'), kind: 'government' },
  ],
  roles: [
    { re: words('(?:\\p{L}+-)?Generalsekretär(?:in|s)?'), kind: 'organisation' },
    { re: words('(?:\\p{L}+-)?(?:Presse)?[Ss]precher(?:in|s)?|Vertreter(?:in|s)?|Botschafter(?:in|s)?|Diplomat(?:in|en)?|Minister(?:in|s)?'), kind: 'body' },
    { re: words('(?:\\p{L}+-)?Politiker(?:in)?|Politolog(?:e|in|en)|Expert(?:e|in|en)|Analyst(?:in|en)?|Regisseur(?:in)?|Professor(?:in)?|Beobachter(?:in)?|Augenzeug(?:e|in)'), kind: null },
  ],
  titleNoun: words(
    '\\p{L}*(?:zeitung|blatt|magazin|sender|agentur|portal|kanal|plattform|operation|übung|manöver|pipeline|konzern|unternehmen|firma|partei|bewegung|gruppe|film|buch|roman|programm|projekt|initiative|kampagne|format|vertrag|abkommen|resolution|gesetz|schiff|marke|festival|stiftung|verein|sendung|show|lied|song|app|messenger|netzwerk|mission|reihe|motto|titel|codename|namens)',
  ),
  scareMarker: words('sogenannt\\p{L}*|so\\s+genannt\\p{L}*|angeblich\\p{L}*|vermeintlich\\p{L}*|selbsternannt\\p{L}*|selbst\\s+ernannt\\p{L}*'),
  // "wie das Ministerium mitteilte": the source inside a comparative clause, closed by a verb-final speech form.
  locativeSource: wholeWords(
    `(?:${file.sources.clause.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})\\s+(?:[^\\s,.;:!?„“"«»]+\\s+){0,6}?(?:${verbPattern(ofClass(deVerbs, 'speech'), { filter: (f) => f.final === true })}|verlautete|verlauteten)`,
  ),
  // "Dies teilte das Ministerium mit": a main clause verb, whole frame included, after "Dies"/"Das".
  anaphoricCue: wholeWords(`(?:Dies|Das)\\s+(?:${verbPattern(ofClass(deVerbs, 'speech'), { frameEnd: FRAME_END, filter: finiteAlone })})`),
  counterpart: { re: /(?<![\p{L}])(\p{Ll}+(?:e|en|er|es|em))\s+(?:Amts)?[Kk]olleg(?:e|en|in|innen)(?![\p{L}])/gu, anchor: /olleg/g, bodyNoun: 'Außenministerium' },
  adverbial: null,
  stanceVerb: wholeWords(verbPattern(ofClass(deVerbs, 'stance'), { frameEnd: FRAME_END, filter: indicative })),
  weakVerb: wholeWords(verbPattern(ofClass(deVerbs, 'weak'), { frameEnd: FRAME_END, filter: indicative })),
  subjunctiveSpeechVerb: wholeWords(verbPattern(speech, { frameEnd: FRAME_END, filter: subjunctive })),
  speechNoun: wholeWords(nounPattern(file.nouns, nounForms)),
  cueEntry: cueIndex(deVerbs),
  counts: countByClass(deVerbs),
}
