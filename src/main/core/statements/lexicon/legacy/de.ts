/** German cue words. Verb lists cover 3rd person present/past and participles (perfect tense). */
import { words } from '../../patterns'
import type { Lexicon } from '../types'

const WEAK = [
  'sag', 'erklär', 'beton', 'warn', 'forder', 'kritisier', 'verurteil', 'bekräftig', 'versicher', 'bestätig',
  'dementier', 'erläuter', 'mein', 'ergänz', 'mahn', 'appellier', 'beklag', 'verlang', 'droh', 'argumentier',
  'beteuer', 'erinner', 'zitier', 'beharr', 'konstatier', 'präzisier', 'signalisier', 'hoff', 'glaub', 'schätz',
  'twitter', 'bilanzier', 'kommentier', 'unterstell', 'bezweifel', 'bemängel', 'bekräftig', 'beschuldig', 'versprech',
  'schilder', 'erzähl', 'monier', 'prognostizier', 'resümier', 'spekulier', 'insistier', 'plädier', 'klag', 'folger',
  'schlussfolger', 'zweifel', 'lob', 'prophezei', 'räsonier', 'protestier', 'versicher', 'beanstand', 'rekapitulier',
  'informier', 'referier', 'bedauer', 'rechtfertig', 'verteidig', 'beschwör',
]
const DENTAL = ['behaupt', 'bericht', 'meld', 'verkünd', 'bekund', 'befürcht', 'vermut', 'fürcht', 'äußer', 'wert', 'antwort', 'entgegn', 'begründ', 'verdeutlich']
const STRONG = [
  'unterstrich', 'unterstrichen', 'unterstreicht', 'unterstreichen', 'schrieb', 'schrieben', 'schreibt', 'geschrieben',
  'verwies', 'verwiesen', 'verweist', 'versprach', 'versprachen', 'verspricht', 'riet', 'rät', 'geraten',
  'bestritt', 'bestritten', 'bestreitet', 'widersprach', 'widersprachen', 'widerspricht', 'gestand', 'gestanden', 'gesteht',
  'empfahl', 'empfahlen', 'empfiehlt', 'empfohlen', 'beschrieb', 'beschreibt', 'warnte', 'warnten', 'mahnte', 'mahnten',
]
// Separable verbs: the finite form and its particle frame the middle field ("teilte das Ministerium am Montag mit").
const SEPARABLE: [string, string][] = [
  ['teilt(?:e|en)?', 'mit'],
  ['fügt(?:e|en)?', 'hinzu'],
  ['gab|gaben|gibt', 'bekannt|an'],
  ['kündigt(?:e|en)?', 'an'],
  ['hob|hoben|hebt', 'hervor'],
  ['stellt(?:e|en)?', 'klar|fest'],
  ['wies|wiesen|weist', 'hin|darauf hin'],
  ['macht(?:e|en)?', 'deutlich|klar'],
  ['räumt(?:e|en)?', 'ein'],
  ['warf|warfen|wirft', 'vor'],
  ['rief|riefen|ruft', 'auf'],
  ['ließ|ließen|lässt', 'verlauten|wissen|mitteilen|erklären'],
  ['brachte|brachten|bringt', 'zum Ausdruck'],
  ['gab|gaben|gibt', 'zu bedenken'],
  ['wies|wiesen|weist', 'zurück'],
  ['fordert(?:e|en)?', 'auf'],
  ['sprach|sprachen|spricht', 'aus|dafür aus|dagegen aus'],
  ['gab|gaben|gibt', 'zu'],
  ['deutet(?:e|en)?', 'an'],
  ['merkt(?:e|en)?', 'an'],
  ['führt(?:e|en)?', 'aus'],
  ['legt(?:e|en)?', 'dar|nahe'],
  ['hielt|hielten|hält', 'fest|entgegen'],
]
const PARTICIPLES = [
  'mitgeteilt', 'hinzugefügt', 'bekanntgegeben', 'angekündigt', 'hervorgehoben', 'klargestellt', 'festgestellt',
  'hingewiesen', 'deutlich gemacht', 'vorgeworfen', 'aufgerufen', 'angegeben', 'eingeräumt',
]

const weakForms = WEAK.map((s) => `${s}(?:t|te|ten|en)`)
const weakParticiples = WEAK.filter((s) => !/^(?:be|er|ver|zer|ent|emp|ge|miss|unter)/.test(s) && !s.endsWith('ier')).map((s) => `ge${s}t`)
const dentalForms = DENTAL.map((s) => `${s}(?:et|ete|eten|en)`)
const dentalParticiples = DENTAL.filter((s) => !/^(?:be|er|ver|ent)/.test(s)).map((s) => `ge${s}et`)
const separable = SEPARABLE.map(
  ([verb, particle]) => `(?:${verb})(?:\\s+[^\\s,.;:!?„“"«»]+){0,10}?\\s+(?:${particle})(?=\\s*(?:[,.;:!?–—]|$|dass\\s))`,
)


export const de: Lexicon = {
  language: 'de',
  speechVerb: words([...separable, ...weakForms, ...weakParticiples, ...dentalForms, ...dentalParticiples, ...STRONG, ...PARTICIPLES], 'gu'),
  namingVerb: words([
    'bezeichn(?:et|ete|eten|en)', 'nannte|nannten|nennt|nennen|genannt', 'sprach|sprachen|spricht|sprechen|gesprochen',
    'wertet(?:e|en)?', 'zeigt(?:e|en)?\\s+sich', 'dankt(?:e|en)?', 'lobt(?:e|en)?', 'begrüßt(?:e|en)?',
    'brachte|brachten|bringt', 'äußert(?:e|en)?', 'warnt(?:e|en)?\\s+vor', 'forderte|forderten|fordert',
    'appellierte|appellierten|appelliert', 'rief|riefen|ruft', 'verurteilt(?:e|en)?', 'kritisiert(?:e|en)?',
    'beschrieb|beschrieben|beschreibt', 'charakterisiert(?:e|en)?', 'sieht|sah|sahen|sehen',
  ]),
  impersonal: words(['hei(?:ß|ss)t\\s+es', 'hie(?:ß|ss)\\s+es', 'es\\s+hei(?:ß|ss)t', 'es\\s+hie(?:ß|ss)', 'wird\\s+\\S+\\s+zitiert', 'verlautete']),
  according: words([
    'laut', 'gemäß', 'nach\\s+(?:den\\s+|seinen\\s+|ihren\\s+)?(?:Angaben|Worten|Aussagen?|Ansicht|Auffassung|Einschätzung|Darstellung|Informationen|Meinung|Überzeugung|Mitteilung)',
  ]),
  postAccording: words('zufolge'),
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
  // "wie das Ministerium mitteilte": the source inside a comparative clause.
  locativeSource: words(
    '[Ww]ie\\s+(?:[^\\s,.;:!?„“"«»]+\\s+){0,6}?(?:mitteilte|mitteilten|erklärte|erklärten|berichtete|berichteten|sagte|sagten|betonte|betonten|meldete|meldeten|bekanntgab|bekanntgaben|schrieb|schrieben|verlautete)',
    'gu',
  ),
  anaphoricCue: words([
    '(?:Dies|Das)\\s+(?:teilte|teilten|sagte|sagten|erklärte|erklärten|betonte|betonten|schrieb|schrieben|berichtete|berichteten|meldete|meldeten|gab|gaben)',
  ]),
  counterpart: { re: /(?<![\p{L}])(\p{Ll}+(?:e|en|er|es|em))\s+(?:Amts)?[Kk]olleg(?:e|en|in|innen)(?![\p{L}])/gu, bodyNoun: 'Außenministerium' },
  adverbial: null,
}
