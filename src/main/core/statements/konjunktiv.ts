/**
 * German Konjunktiv I detection, the grammatical mark of reported speech ("Die Lage sei ruhig").
 * Three levels of evidence:
 * - strong: forms that are unambiguous (sei, seien), or the 3rd person of very frequent verbs whose indicative
 *   differs (habe/hat, werde/wird, könne/kann, gebe/gibt, stehe/steht …), or -iere verbs;
 * - weak: any lowercase word ending in -e in a finite-verb position (after a subject, or clause-final), which
 *   is the 3rd person singular Konjunktiv I of a regular verb; adjectives are excluded by position
 *   (after a determiner, or before a noun without a subject before them), and by a list of function words;
 * - the Konjunktiv II forms that replace Konjunktiv I where it equals the indicative (würden, hätten, wären …),
 *   which also express conditionals and so count as weak.
 */
import { tokens, type Token } from './patterns'

export type KonjunktivStrength = 'strong' | 'weak'

export interface KonjunktivHit {
  start: number
  end: number
  form: string
  strength: KonjunktivStrength
}

const STRONG = new Set(
  (
    'sei seien seiest seiet habe werde könne müsse dürfe wolle solle möge wisse gebe sehe nehme halte trage lasse falle ' +
    'helfe spreche treffe gelte breche vergesse lese trete laufe schlage fahre wachse enthalte erhalte verhalte beinhalte ' +
    'entspreche verspreche vertrete verlasse überlasse unterlasse zulasse stehe gehe komme bleibe liege zeige setze lege ' +
    'stelle mache plane handle handele diene führe folge fehle brauche bestehe verstehe entstehe arbeite bedeute betreffe ' +
    'erwarte fordere unterstütze verurteile lehne prüfe bereite befinde finde gehöre biete leide drohe suche sorge strebe ' +
    'beabsichtige verfüge verlange benötige beziehe richte gewähre schließe entscheide erkenne kenne denke glaube hoffe ' +
    'meine rechne trage bemühe ermögliche sichere schütze erfülle ziele setze warne zwinge vermöge'
  ).split(' '),
)
const SUBSTITUTES = new Set(
  'würde würden hätte hätten wäre wären könnte könnten müsste müssten dürfte dürften gäbe gäben käme kämen läge lägen stünde stünden ginge gingen'.split(' '),
)
const STOP = new Set(
  (
    'eine keine meine deine seine ihre unsere eure diese jene jede welche solche manche alle beide viele wenige einige ' +
    'andere sämtliche etliche mehrere irgendeine jegliche ohne heute gerne lange bitte gerade nahe beinahe alleine ' +
    'zuhause ebene ganze halbe weitere erste zweite dritte vierte letzte nächste obere untere innere äußere gleiche ' +
    'selbe eigene große kleine neue alte hohe gute schwere klare rasche schnelle volle freie offene feste erneute ' +
    'deutsche russische ukrainische eine derselbe dieselbe ebendiese irgendwie lose müde leise weise böse fremde ' +
    'gerne ferne träge feige zähe rege dicke breite weite enge schwache starke'
  ).split(' '),
)
const DETERMINERS = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines dieser diese dieses ' +
    'diesem diesen jener jene jenes jeder jede jedes jedem jeden mein meine sein seine seinem seinen seiner seines ihr ' +
    'ihre ihrem ihren ihrer ihres unser unsere unserem unseren unserer euer eure welche welcher welches solche alle ' +
    'beide viele wenige einige mehrere sämtliche zu sehr so ganz besonders äußerst am im vom zum zur beim ins ans aufs ' +
    'als wie noch mehr weniger höchst recht ziemlich relativ'
  ).split(' '),
)
const SUBJECT_PRONOUNS = new Set('er sie es man dies das diese dieser dieses jeder niemand nichts alles wer was'.split(' '))
const T_STEMS = [
  'halte', 'gelte', 'arbeite', 'bedeute', 'leite', 'biete', 'trete', 'richte', 'achte', 'fürchte', 'berichte',
  'verpflichte', 'verzichte', 'rate', 'warte', 'beobachte', 'betrachte', 'gestalte', 'leiste', 'koste', 'teste',
  'rüste', 'belaste', 'bereite', 'breite', 'begleite', 'streite', 'deute', 'rette', 'wette', 'melde',
]
const ENDE_VERBS = ['beende', 'verwende', 'wende', 'sende', 'vollende', 'spende', 'verschwende', 'entsende']
const ADJECTIVE_SUFFIX = /(?:ische|liche|bare|same|hafte|lose|ste)$/u

const LOWER_FIRST = /^\p{Ll}/u

export function findKonjunktiv(text: string, from: number, to: number): KonjunktivHit[] {
  const toks = tokens(text, from, to)
  const hits: KonjunktivHit[] = []
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]
    const w = t.text
    // Most words end otherwise: the set and ending tests before the regex.
    const strong = STRONG.has(w) || (w.length > 5 && w.endsWith('iere'))
    if ((!strong && !w.endsWith('e') && !SUBSTITUTES.has(w)) || !LOWER_FIRST.test(w)) continue
    const prev = toks[i - 1]
    const prevWord = prev?.text.toLowerCase()
    if (prevWord === 'ich' || prevWord === 'wir' || prevWord === 'du') continue
    // Inverted first person ("werde ich", "gebe ich zu") is indicative; "Für- sorge" is a word broken at a line end.
    if (/^(?:ich|wir|du)$/iu.test(toks[i + 1]?.text ?? '') || /\p{L}-\s*$/u.test(text.slice(Math.max(0, t.start - 3), t.start))) continue
    if (SUBSTITUTES.has(w)) {
      hits.push({ start: t.start, end: t.end, form: w, strength: 'weak' })
      continue
    }
    if (strong) {
      if (!(prevWord && DETERMINERS.has(prevWord) && isNounLike(toks[i + 1]))) {
        hits.push({ start: t.start, end: t.end, form: w, strength: 'strong' })
      }
      continue
    }
    if (isWeakCandidate(w) && inVerbPosition(text, toks, i)) hits.push({ start: t.start, end: t.end, form: w, strength: 'weak' })
  }
  return hits
}

function isWeakCandidate(w: string): boolean {
  if (w.length < 4 || STOP.has(w) || w.includes('-')) return false
  if (/(?:tete|dete)$/u.test(w)) return false
  if (w.endsWith('te')) return T_STEMS.some((s) => w.endsWith(s))
  if (w.endsWith('ende')) return ENDE_VERBS.some((s) => w.endsWith(s))
  if (w.endsWith('ene')) return /(?:diene|dienen)$/u.test(w)
  if (w.endsWith('ere')) return false
  return !ADJECTIVE_SUFFIX.test(w)
}

function isNounLike(t: Token | undefined): boolean {
  return !!t && /^\p{Lu}/u.test(t.text)
}

/** Finite position: right after a subject (noun, name, pronoun), after "und" before an object, or clause-final. */
function inVerbPosition(text: string, toks: Token[], i: number): boolean {
  const prev = toks[i - 1]
  const next = toks[i + 1]
  if (prev && DETERMINERS.has(prev.text.toLowerCase())) return false
  // "verständige und tüchtige Pädagogen": adjectives coordinated before their noun, not a verb ending its clause.
  const adjectives = /^(?:und|oder)$/u.test(next?.text ?? '') && /e[nrms]?$/u.test(toks[i + 2]?.text ?? '') && /^\p{Lu}/u.test(toks[i + 3]?.text ?? '')
  const clauseFinal = !next || /^[\s]*[,.;:!?–—)]/u.test(text.slice(toks[i].end, next.start)) || (/^(?:und|oder|aber|sowie)$/u.test(next.text) && !adjectives)
  if (clauseFinal) return true
  if (!prev) return false
  if (/^\p{Lu}/u.test(prev.text) || SUBJECT_PRONOUNS.has(prev.text.toLowerCase())) return true
  // A second verb sharing the subject ("… und bestätige die Angaben"): an adjective there would precede a noun.
  return /^(?:und|oder|aber|sowie)$/u.test(prev.text) && !!next && (DETERMINERS.has(next.text) || /^(?:sich|es|nicht|nichts|keine[nrms]?)$/u.test(next.text))
}
