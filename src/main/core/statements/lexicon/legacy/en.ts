/** English cue words. */
import { words } from '../../patterns'
import type { Lexicon } from '../types'

// Regular verbs. Stems that are also words (and not nouns) may stand alone ("they warn"); the rest need an ending.
const BASE_WORDS = ['warn', 'insist', 'confirm', 'assert', 'explain', 'maintain', 'admit', 'suggest', 'complain', 'threaten', 'predict', 'reveal', 'reaffirm', 'respond', 'affirm', 'add', 'contend', 'caution', 'recount', 'lament', 'boast', 'question', 'doubt', 'inform', 'retort', 'concur', 'forecast', 'project']
const STEMS = [
  'stat', 'stress', 'not', 'claim', 'argu', 'announc', 'reiterat', 'declar', 'emphasi[sz]', 'underlin', 'underscor',
  'alleg', 'acknowledg', 'estimat', 'counter', 'remark', 'vow', 'pledg', 'assur', 'conced', 'disclos', 'report',
  'tweet', 'post', 'signal', 'hint', 'recall', 'conclud', 'observ', 'indicat', 'comment', 'urg', 'insinuat', 'clarif',
  'specif', 'repl', 'den', 'demand', 'testif', 'advis', 'propos', 'jok', 'quipp', 'mus', 'confid', 'promis', 'plead',
]
const regularForms = [
  ...BASE_WORDS.map((s) => `${s}(?:s|ed|ing)?`),
  ...STEMS.map((s) => `${s}(?:es|ed|s|ied|ies|ing)`),
  'stressed|stresses|notes|noted|denies|denied|replies|replied|clarified|specified|urged|urges|vowed|vows|pledged|pledges',
]
const IRREGULAR = ['said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'swore', 'sworn', 'foresaw', 'foresees', 'pleaded', 'pled', 'wrote', 'writes', 'thinks', 'thought', 'believes', 'believed', 'made\\s+clear', 'makes\\s+clear', 'pointed\\s+out', 'points\\s+out', 'went\\s+on\\s+to\\s+say']

export const en: Lexicon = {
  language: 'en',
  speechVerb: words([...IRREGULAR, ...regularForms, 'has\\s+said', 'had\\s+said', 'was\\s+quoted\\s+as\\s+saying', 'expressed\\s+(?:hope|concern|confidence|regret)'], 'gu'),
  namingVerb: words([
    'calls|called|calling', 'describ(?:e|es|ed|ing)', 'term(?:s|ed|ing)?', 'brand(?:s|ed|ing)?', 'dub(?:s|bed|bing)?',
    'label(?:s|led|ed|ling|ing)?', 'refer(?:s|red|ring)?\\s+to', 'spoke\\s+of', 'speaks\\s+of', 'express(?:es|ed|ing)?',
    'urg(?:e|es|ed|ing)', 'thank(?:s|ed|ing)?', 'prais(?:e|es|ed|ing)', 'welcom(?:e|es|ed|ing)', 'condemn(?:s|ed|ing)?',
    'criticis(?:e|es|ed|ing)', 'criticiz(?:e|es|ed|ing)', 'warn(?:s|ed|ing)?', 'accus(?:e|es|ed|ing)', 'dismiss(?:es|ed|ing)?',
    'reject(?:s|ed|ing)?', 'sees|saw', 'viewed',
  ]),
  impersonal: words(['the\\s+statement\\s+(?:said|read|added)', 'a\\s+statement\\s+(?:said|read|added)', 'it\\s+was\\s+said']),
  according: words(['according\\s+to', 'in\\s+the\\s+words\\s+of', 'as\\s+quoted\\s+by', 'citing', 'cited\\s+by']),
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
  ],
  titleNoun: words(
    'newspaper|paper|daily|weekly|magazine|tabloid|broadcaster|channel|station|outlet|agency|website|portal|operation|exercises?|drills?|manoeuvres|maneuvers|pipeline|company|firm|group|party|movement|film|documentary|movie|book|novel|programme|program|project|initiative|campaign|format|treaty|agreement|resolution|law|bill|ship|vessel|cruiser|carrier|brand|festival|foundation|album|song|show|series|app|messenger|platform|network|mission|codenamed|code-named|dubbed|named|titled|entitled|called|slogan|motto',
  ),
  scareMarker: words('so-called|so\\s+called|alleged|supposed|self-proclaimed|self-styled|purported'),
  // "as the ministry said": the source inside a comparative clause.
  locativeSource: words('[Aa]s\\s+(?:[^\\s,.;:!?"“”]+\\s+){0,6}?(?:said|says|put\\s+it|noted|reported|stated|announced|wrote|added)', 'gu'),
  anaphoricCue: words(['(?:This|That)\\s+was\\s+(?:stated|said|announced|reported)\\s+by']),
  counterpart: { re: /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+counterparts?(?![\p{L}])/gu, bodyNoun: 'Foreign Ministry' },
  adverbial: words(
    '(?:late\\s+|early\\s+|earlier\\s+)?on\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d{1,2}\\s+\\p{L}+|\\p{L}+\\s+\\d{1,2})|(?:earlier\\s+|late\\s+)?(?:today|yesterday|tonight)|last\\s+(?:week|month|year|night)|this\\s+(?:week|month|year|morning|evening)|in\\s+a\\s+(?:written\\s+|separate\\s+|brief\\s+)?(?:statement|post|tweet|message|letter|interview|video|briefing)(?:\\s+(?:on|posted|published)\\s+[^,]{1,40}?)?|at\\s+a\\s+(?:regular\\s+|daily\\s+|weekly\\s+)?(?:news\\s+|press\\s+)?(?:briefing|conference)|on\\s+(?:twitter|x|telegram|facebook)|in\\s+(?:moscow|kyiv|minsk|washington|beijing|brussels|london|berlin)|also|further|again|earlier|separately|however',
  ),
}
