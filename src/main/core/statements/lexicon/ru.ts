/**
 * Russian cues, built from resources/lexicons/ru.json: speech and stance verbs of both aspects in the past
 * (m/f/n/pl), present or perfective future 3rd person, gerunds ("заявив", "заявляя") and reflexive forms; verbs
 * with a required object ("выразил надежду"); impersonal cues ("сообщается", "говорилось", "сказано"); source
 * phrases ("по словам", "по его мнению", "по данным", "согласно", "как сообщил"). Reference nouns and roles are
 * written here.
 */
import data from '../../../../../resources/lexicons/ru.json'
import { words } from '../patterns'
import { alternation } from './alternation'
import { cueIndex, countByClass, nounPattern, ofClass, phrasePattern, phraseVerbs, sourcePattern, verbPattern, wholeWords, withSpellings } from './build'
import type { Form, VerbForms } from './forms'
import { russianVerb } from './forms-ru'
import { parseLexiconFile, ruFileSchema, type Noun } from './schema'
import type { Lexicon } from './types'

const file = parseLexiconFile(ruFileSchema, data, 'ru')
export const ruVerbs: VerbForms[] = [...file.verbs.map((v) => russianVerb(v, file.irregular)), ...phraseVerbs(file.phrases)]

const notImpersonal = (f: Form) => f.kind !== 'impersonal'
const finite = (f: Form) => f.kind === 'past' || f.kind === 'present'
const speech = ofClass(ruVerbs, 'speech', 'stance')
/** "сообщается", "говорилось" (generated) and "следует из", "сказано" (listed). */
const impersonalSource = [
  alternation(withSpellings(speech.flatMap((v) => v.forms.filter((f) => f.kind === 'impersonal').map((f) => f.text)))),
  phrasePattern(file.impersonal),
].join('|')

/** Case forms of the nouns for the common declensions; the rest are listed with their forms. */
function nounForms(n: Noun): string[] {
  const w = n.lemma
  const add = (stem: string, endings: string[]) => endings.map((e) => stem + e)
  if (w.endsWith('ие')) return add(w.slice(0, -1), ['е', 'я', 'ю', 'ем', 'и', 'й', 'ям', 'ями', 'ях'])
  if (w.endsWith('ия')) return add(w.slice(0, -1), ['я', 'и', 'ю', 'ей', 'й', 'ям', 'ями', 'ях'])
  if (w.endsWith('ий')) return add(w.slice(0, -1), ['й', 'я', 'ю', 'ем', 'и', 'ев', 'ям', 'ями', 'ях'])
  if (/[бвгдзклмнпрстфх]$/u.test(w)) {
    const y = /[гкх]$/u.test(w) ? 'и' : 'ы'
    return add(w, ['', 'а', 'у', 'ом', 'е', y, 'ов', 'ам', 'ами', 'ах'])
  }
  return [w]
}

export const ru: Lexicon = {
  language: 'ru',
  speechVerb: wholeWords(verbPattern(speech, { filter: notImpersonal })),
  namingVerb: wholeWords(`${verbPattern(ofClass(ruVerbs, 'naming'), { filter: notImpersonal })}|говорил\\p{L}*\\s+о`, 'giu'),
  impersonal: wholeWords(impersonalSource, 'giu'),
  according: wholeWords(
    `${sourcePattern(file.sources)}|(?:${alternation(file.sources.clause)})\\s+(?:было\\s+)?(?:${verbPattern(speech, { filter: finite })}|${impersonalSource})`,
    'giu',
  ),
  postAccording: null,
  soCue: null,
  complementizer: words(['что', 'чтобы']),
  pronoun: words(['он', 'она', 'оно', 'они', 'его', 'её', 'ее', 'их']),
  pluralBodies: [
    { re: words('министерства\\s+иностранных\\s+дел(?=\\s+\\p{Lu}\\p{L}*\\s+и\\s)|внешнеполитические\\s+ведомства'), kind: 'foreign-ministry' },
    { re: words('министерства(?=\\s+(?:заявили|сообщили|отметили))|ведомства(?=\\s+(?:заявили|сообщили|отметили))'), kind: 'ministry' },
    { re: words('правительства(?=\\s+(?:заявили|сообщили|отметили))'), kind: 'government' },
  ],
  roles: [
    { re: words('генеральн\\p{L}*\\s+секретар\\p{L}*|генсек\\p{L}*'), kind: 'organisation' },
    { re: words('(?:официальн\\p{L}*\\s+)?представител\\p{L}*|спикер\\p{L}*|пресс-секретар\\p{L}*|посол|посла|послу|послом|дипломат\\p{L}*|министр\\p{L}*'), kind: 'body' },
    { re: words('политолог\\p{L}*|эксперт\\p{L}*|аналитик\\p{L}*|режисс[её]р\\p{L}*|профессор\\p{L}*|директор\\p{L}*|наблюдател\\p{L}*|очевид\\p{L}*|депутат\\p{L}*'), kind: null },
  ],
  titleNoun: words(
    '(?:газет|издани|агентств|телеканал|канал|радиостанци|журнал|портал|сайт|операци|учени|маневр|манёвр|газопровод|трубопровод|компани|корпораци|концерн|холдинг|ПАО|ОАО|АО|ООО|ЗАО|банк|групп|парти|движени|организаци|фильм|книг|роман|программ|проект|инициатив|кампани|формат|договор|соглашени|резолюци|закон|корабл|крейсер|фестивал|фонд|песн|альбом|шоу|сериал|приложени|мессенджер|платформ|площадк|клуб|команд|завод|комбинат|аэропорт|станци|передач|фракци|лозунг|девиз|акци|мисси|под\\s+названием|названием)\\p{L}*',
  ),
  scareMarker: words('так\\s+называем\\p{L}*|т\\.\\s?н\\.|самопровозглаш[её]нн\\p{L}*|якобы|пресловут\\p{L}*|мнимо\\p{L}*'),
  // "в МИД отметили", "в Кремле считают", "в ведомстве назвали": a plural verb without subject after a place
  // ("в пятницу выступили как МИД России, так и …" has its subject after the verb).
  locativeSource: wholeWords(
    `[вВ]\\s+(?:[^\\s,.;:!?«»]+\\s+){0,4}?[^\\s,.;:!?«»]+\\s+(?:${verbPattern(ofClass(ruVerbs, 'speech', 'stance', 'naming').filter((v) => v.lemma !== 'выступить'), {
      filter: (f, v) => f.plural === true && (f.kind === 'past' || (f.kind === 'present' && v.class === 'stance')),
    })})`,
  ),
  anaphoricCue: wholeWords(`[Оо]б\\s+этом\\s+(?:(?:[^\\s,.;:!?]+\\s+){0,3})?(?:${verbPattern(speech, { filter: notImpersonal })}|${impersonalSource})`, 'giu'),
  counterpart: { re: /(?<![\p{L}])(\p{Ll}+(?:ий|ый|ой|им|ым|ого|ому|ом|ая|ую|ей|ие|их|ими))\s+коллег\p{L}*(?![\p{L}])/gu, anchor: /коллег/g, bodyNoun: 'МИД' },
  adverbial: null,
  stanceVerb: wholeWords(verbPattern(ofClass(ruVerbs, 'stance'), { filter: notImpersonal })),
  weakVerb: wholeWords(verbPattern(ofClass(ruVerbs, 'weak'), { filter: notImpersonal })),
  speechNoun: wholeWords(nounPattern(file.nouns, nounForms), 'giu'),
  cueEntry: cueIndex(ruVerbs),
  counts: countByClass(ruVerbs),
}
