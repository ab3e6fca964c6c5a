/**
 * English cues, built from resources/lexicons/en.json: speech and stance verbs in their base, -s, past,
 * participle and -ing forms (bare base forms and -s plurals left out where they are mostly nouns: "claim",
 * "fears"), phrasal verbs ("pointed out", "called on"), verbs with a required object ("expressed concern");
 * naming verbs; source phrases ("according to"); statement documents as impersonal sources ("the statement
 * said"). Reference nouns, roles and adverbials are written here.
 */
import data from '../../../../../resources/lexicons/en.json'
import { words } from '../patterns'
import { alternation } from './alternation'
import { cueIndex, countByClass, nounPattern, ofClass, phrasePattern, phraseVerbs, sourcePattern, verbPattern, wholeWords, withSpellings } from './build'
import type { VerbForms } from './forms'
import { englishVerb, thirdPerson } from './forms-en'
import { enFileSchema, parseLexiconFile, type Noun } from './schema'
import type { Lexicon } from './types'

const file = parseLexiconFile(enFileSchema, data, 'en')
export const enVerbs: VerbForms[] = [...file.verbs.map((v) => englishVerb(v, file.irregular)), ...phraseVerbs(file.phrases)]

const speech = ofClass(enVerbs, 'speech', 'stance')
const speechOnly = ofClass(enVerbs, 'speech')

/** Plurals: "statements", "speeches", "testimonies"; the last word of a compound ("press releases"). */
function nounForms(n: Noun): string[] {
  const words = n.lemma.split(' ')
  const last = words.pop()!
  const plural = /(?:s|x|z|ch|sh)$/u.test(last) ? `${last}es` : /[^aeiou]y$/u.test(last) ? `${last.slice(0, -1)}ies` : `${last}s`
  return [n.lemma, [...words, plural].join(' ')]
}

/** "the statement said", "a joint statement read", "its press release added": a document as the source. */
const documents = file.nouns.filter((n) => n.class === 'document')
const documentSource =
  `(?:the|a|an|its|their|his|her|that|this)\\s+(?:(?:joint|written|separate|brief|short|terse|official|formal|earlier|later|subsequent|follow-up|emailed|signed|prepared|new)\\s+)?` +
  `(?:${nounPattern(documents, (n) => [n.lemma])})\\s+` +
  `(?:${alternation(withSpellings([...speechOnly.flatMap((v) => v.forms.filter((f) => f.kind === 'past' || (f.kind === 'present' && !f.text.includes(' '))).map((f) => f.text)), 'read', 'reads']))})`

export const en: Lexicon = {
  language: 'en',
  speechVerb: wholeWords(verbPattern(speech)),
  namingVerb: wholeWords(verbPattern(ofClass(enVerbs, 'naming')), 'giu'),
  impersonal: wholeWords(`${documentSource}|${phrasePattern(file.impersonal)}`, 'giu'),
  according: wholeWords(sourcePattern(file.sources), 'giu'),
  postAccording: null,
  soCue: null,
  complementizer: words('that'),
  pronoun: words(['he', 'she', 'it', 'they']),
  pluralBodies: [
    { re: words('foreign\\s+ministries'), kind: 'foreign-ministry' },
    { re: words('ministries'), kind: 'ministry' },
    { re: words('governments'), kind: 'government' },
  ],
  roles: [
    { re: words('secretary[- ]general'), kind: 'organisation' },
    { re: words('spokes(?:man|woman|person)|(?:ministry|department)\\s+official|official|representative|ambassador|envoy|diplomat|minister'), kind: 'body' },
    { re: words('analyst|expert|professor|director|researcher|scholar|observer|witness|politician|lawmaker|commentator'), kind: null },
    // People by their work, who speak for themselves ("Goddard planetary scientist Avi Mandell", "Penn State quarterback Sean
    // Clifford"); in lower case only: a capitalised title ("U.S. Attorney Nealy Cox") is an office (titled-persons.ts).
    { re: words('(?<!-)(?-i:scientist|physicist|astronomer|economist|historian|lawyer|attorney|physician|surgeon|coach|quarterback|author|novelist|editor|journalist|founder|co-founder|engineer|activist|strategist|pollster|consultant)s?(?!-)'), kind: null },
  ],
  titleNoun: words(
    'newspaper|paper|daily|weekly|magazine|tabloid|broadcaster|channel|station|outlet|agency|website|portal|operation|exercises?|drills?|manoeuvres|maneuvers|pipeline|company|firm|group|party|movement|film|documentary|movie|book|novel|programme|program|project|initiative|campaign|format|treaty|agreement|resolution|law|bill|ship|vessel|cruiser|carrier|brand|festival|foundation|album|song|show|series|app|messenger|platform|network|mission|codenamed|code-named|dubbed|named|titled|entitled|called|slogan|motto',
  ),
  scareMarker: words('so-called|so\\s+called|alleged|supposed|self-proclaimed|self-styled|purported'),
  // "as the ministry said": the source inside a comparative clause.
  locativeSource: wholeWords(
    `(?:${file.sources.clause.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})\\s+(?:[^\\s,.;:!?"“”]+\\s+){0,6}?(?:${verbPattern(speechOnly, {
      filter: (f) => f.kind === 'past' || (f.kind === 'present' && !f.plural),
    })}|put\\s+it)`,
  ),
  // "This was stated by …", "That was announced on Monday by …".
  anaphoricCue: wholeWords(`(?:This|That)\\s+was\\s+(?:${verbPattern(speechOnly, { filter: (f) => f.kind === 'participle' })})\\s+by`, 'giu'),
  counterpart: { re: /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+counterparts?(?![\p{L}])/gu, anchor: /counterpart/g, bodyNoun: 'Foreign Ministry' },
  adverbial: words(
    '(?:late\\s+|early\\s+|earlier\\s+)?on\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d{1,2}\\s+\\p{L}+|\\p{L}+\\s+\\d{1,2})|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\\s+(?:morning|afternoon|evening|night))?|(?:earlier\\s+|late\\s+)?(?:today|yesterday|tonight)|last\\s+(?:week|month|year|night)|this\\s+(?:week|month|year|morning|evening)|in\\s+a\\s+(?:written\\s+|separate\\s+|brief\\s+)?(?:statement|post|tweet|message|letter|interview|video|briefing)(?:\\s+(?:on|posted|published)\\s+[^,]{1,40}?)?|at\\s+a\\s+(?:regular\\s+|daily\\s+|weekly\\s+)?(?:news\\s+|press\\s+)?(?:briefing|conference)|on\\s+(?:twitter|x|telegram|facebook)|in\\s+(?:moscow|kyiv|minsk|washington|beijing|brussels|london|berlin)|also|further|again|earlier|separately|however',
  ),
  stanceVerb: wholeWords(verbPattern(ofClass(enVerbs, 'stance'))),
  weakVerb: wholeWords(verbPattern(ofClass(enVerbs, 'weak'))),
  speechNoun: wholeWords(nounPattern(file.nouns, nounForms), 'giu'),
  cueEntry: cueIndex(enVerbs),
  counts: countByClass(enVerbs),
}

// Keep the -s rule in one place for the tests ("says", "denies", "pushes").
export { thirdPerson }
