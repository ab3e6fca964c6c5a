/**
 * The cue lexicons as data (resources/lexicons/*.json): the files validate, the generated forms are right for
 * sample verbs, the trie alternations match exactly their forms, and cues from real news and press text (short
 * excerpts of ../shared/data/attribution-dev) are found.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lexiconFor } from '../../../src/main/core/statements/lexicon'
import { alternation } from '../../../src/main/core/statements/lexicon/alternation'
import { de as deLexicon, deVerbs } from '../../../src/main/core/statements/lexicon/de'
import { en as enLexicon, enVerbs } from '../../../src/main/core/statements/lexicon/en'
import { germanVerb } from '../../../src/main/core/statements/lexicon/forms-de'
import { englishVerb } from '../../../src/main/core/statements/lexicon/forms-en'
import { russianVerb } from '../../../src/main/core/statements/lexicon/forms-ru'
import { ru as ruLexicon, ruVerbs } from '../../../src/main/core/statements/lexicon/ru'
import { deFileSchema, enFileSchema, parseLexiconFile, ruFileSchema } from '../../../src/main/core/statements/lexicon/schema'
import { matchesIn } from '../../../src/main/core/statements/patterns'

const file = (lang: string) => JSON.parse(readFileSync(new URL(`../../../resources/lexicons/${lang}.json`, import.meta.url), 'utf8'))

/** The forms of one entry as written, frames as "teilte … mit". */
function formsOf(verbs: { lemma: string; class: string; forms: { text: string; tail?: string }[] }[], lemma: string, cls?: string): string[] {
  const v = verbs.find((x) => x.lemma === lemma && (!cls || x.class === cls))
  if (!v) throw new Error(`no entry ${lemma}`)
  return v.forms.map((f) => (f.tail !== undefined ? `${f.text} … ${f.tail}` : f.text))
}

/** The cues of one type found in a text, as matched. */
function found(re: RegExp | null, text: string): string[] {
  return re ? matchesIn(re, text, 0, text.length).map((m) => m[0].replace(/\s+/gu, ' ')) : []
}

describe('alternation', () => {
  it('matches exactly the listed forms, longest first where one extends another', () => {
    const forms = ['sagt', 'sagte', 'sagten', 'sagen', 'made clear', 'makes clear', 'a.b', 'x', 'y', 'teilt', 'teilte', 'заявил', 'заявила']
    const re = new RegExp(`^(?:${alternation(forms)})$`, 'u')
    for (const f of [...forms, 'made   clear', 'made\nclear']) expect(re.test(f), f).toBe(true)
    for (const f of ['sag', 'sagtex', 'made', 'aXb', 'teil', 'заяви', 'z']) expect(re.test(f), f).toBe(false)
    expect(new RegExp(`(?:${alternation(['sagt', 'sagten'])})`, 'u').exec('sagten')?.[0]).toBe('sagten')
  })

  it('never matches for an empty list', () => {
    expect(new RegExp(alternation([]), 'u').test('anything')).toBe(false)
  })
})

describe('lexicon files', () => {
  it('validate against the schema', () => {
    expect(() => parseLexiconFile(deFileSchema, file('de'), 'de')).not.toThrow()
    expect(() => parseLexiconFile(ruFileSchema, file('ru'), 'ru')).not.toThrow()
    expect(() => parseLexiconFile(enFileSchema, file('en'), 'en')).not.toThrow()
  })

  it('reject fields of another language', () => {
    const bad = file('ru')
    bad.verbs[0].particle = 'mit'
    expect(() => parseLexiconFile(ruFileSchema, bad, 'ru')).toThrow(/ru\.json: verbs\.0/u)
  })

  it('report a wrong entry with its path', () => {
    const bad = file('de')
    bad.verbs[0].class = 'shouting'
    expect(() => parseLexiconFile(deFileSchema, bad, 'de')).toThrow(/de\.json: verbs\.0\.class/u)
  })

  it('hold hundreds of verbs with no duplicate lemma within a class', () => {
    for (const lang of ['de', 'en', 'ru']) {
      const verbs = file(lang).verbs as { lemma: string; class: string; objects?: string[]; pair?: string }[]
      // Russian entries hold an aspect pair: count both verbs.
      expect(verbs.reduce((n, v) => n + (v.pair ? 2 : 1), 0), lang).toBeGreaterThan(200)
      const keys = verbs.map((v) => `${v.lemma}|${v.class}|${v.objects ? 'o' : ''}`)
      expect(keys.filter((k, i) => keys.indexOf(k) !== i), lang).toEqual([])
    }
  })
})

describe('German forms', () => {
  const irregular = parseLexiconFile(deFileSchema, file('de'), 'de').irregular
  const forms = (lemma: string, particle?: string) => germanVerb({ lemma, class: 'speech', particle }, irregular).forms.map((f) => (f.tail !== undefined ? `${f.text} … ${f.tail}` : f.text))

  it('conjugates weak verbs, with -et after dental stems and no ge- after inseparable prefixes or in -ieren', () => {
    expect(forms('sagen')).toEqual(['sagt', 'sagen', 'sagte', 'sagten', 'sage', 'sagen', 'gesagt'])
    expect(forms('behaupten')).toEqual(expect.arrayContaining(['behauptet', 'behauptete', 'behaupteten', 'behaupte']))
    expect(forms('bezeichnen')).toEqual(expect.arrayContaining(['bezeichnet', 'bezeichnete']))
    expect(forms('fordern')).toEqual(['fordert', 'fordern', 'forderte', 'forderten', 'fordere', 'fordern', 'gefordert'])
    expect(forms('erklären')).toContain('erklärt')
    expect(forms('erklären')).not.toContain('geerklärt')
    expect(forms('kritisieren')).not.toContain('gekritisiert')
  })

  it('takes strong verbs from the table, also through an inseparable prefix', () => {
    expect(forms('bestreiten')).toEqual(expect.arrayContaining(['bestreitet', 'bestritt', 'bestritten', 'bestreite']))
    expect(forms('widersprechen')).toEqual(expect.arrayContaining(['widerspricht', 'widersprach', 'widersprachen', 'widersprochen', 'widerspreche']))
    expect(forms('versprechen')).toContain('versprochen')
  })

  it('builds separable verbs in both word orders, with participles', () => {
    const f = forms('mitteilen', 'mit')
    expect(f).toEqual(expect.arrayContaining(['teilte … mit', 'teilten … mit', 'teilt … mit', 'teile … mit', 'mitteilte', 'mitteilt', 'mitgeteilt']))
    // The verb-final plural is the infinitive after a modal ("kann … mitteilen"): left out.
    expect(f).not.toContain('mitteilen')
    expect(forms('zurückweisen', 'zurück')).toEqual(expect.arrayContaining(['wies … zurück', 'weist … zurück', 'zurückwies', 'zurückgewiesen']))
    expect(forms('auffordern', 'auf')).toEqual(expect.arrayContaining(['forderte … auf', 'aufforderte', 'aufgefordert']))
    expect(forms('einräumen', 'ein')).toEqual(expect.arrayContaining(['räumte … ein', 'eingeräumt']))
    expect(forms('ankündigen', 'an')).toEqual(expect.arrayContaining(['kündigte … an', 'ankündigte', 'angekündigt']))
  })

  it('keeps frame words apart from the verb', () => {
    expect(forms('zu bedenken geben')).toEqual(expect.arrayContaining(['gab … zu bedenken', 'zu bedenken gab', 'zu bedenken gegeben']))
    expect(forms('davon ausgehen', 'aus')).toEqual(expect.arrayContaining(['geht … davon aus', 'davon ausgeht', 'davon ausgegangen']))
    expect(forms('deutlich machen')).toEqual(expect.arrayContaining(['machte … deutlich', 'deutlich gemacht']))
  })

  it('leaves out forms that are other words', () => {
    expect(formsOf(deVerbs, 'meinen')).not.toContain('meine')
    expect(formsOf(deVerbs, 'bekennen')).not.toContain('bekannt')
    expect(formsOf(deVerbs, 'raten')).not.toContain('geraten')
  })
})

describe('German cues in real text', () => {
  const lex = lexiconFor('de')

  it('finds speech verbs, frames and Swiss spellings', () => {
    expect(found(lex.speechVerb, 'Im Hinblick auf die Kapitalisierung des Fonds fordern die Industriestaaten, dass auch …')).toEqual(['fordern'])
    expect(found(lex.speechVerb, 'Im Abschlussdokument wurde zum ersten Mal festgehalten, dass eine „Transformation …“ erforderlich ist.')).toEqual(['festgehalten'])
    expect(found(lex.speechVerb, 'Der japanische Minister fährt fort, auch er habe keinen Grund, …')).toEqual(['fährt fort'])
    expect(found(lex.speechVerb, 'Die Sprecherin wies die Vorwürfe am Montag entschieden zurück.')).toEqual(['wies die Vorwürfe am Montag entschieden zurück'])
    expect(found(lex.speechVerb, 'Die Ministerin gab zu bedenken, dass die Zeit knapp sei.')).toEqual(['gab zu bedenken'])
    expect(found(lex.speechVerb, 'Der Bundesrat liess verlauten, man prüfe die Lage.')).toEqual(['liess verlauten'])
    // The particle must close the clause: "teilte … mit den Partnern" shares something.
    expect(found(lex.speechVerb, 'Sie teilte das Geld mit den Partnern.')).toEqual([])
  })

  it('finds stance verbs with their complement', () => {
    expect(found(lex.speechVerb, 'Phillip Brändle zeigte sich im Nachgang optimistisch, dass diese Hürden genommen werden können.')).toEqual(['zeigte sich im Nachgang optimistisch'])
    expect(found(lex.stanceVerb!, 'Die Regierung geht davon aus, dass die Preise sinken.')).toEqual(['geht davon aus'])
    expect(found(lex.speechVerb, 'Die Behörde rechnet damit, dass …')).toEqual(['rechnet damit'])
    expect(found(lex.speechVerb, 'Er ist fest davon überzeugt, dass …')).toEqual(['ist fest davon überzeugt'])
  })

  it('finds source phrases, comparative and anaphoric cues', () => {
    expect(found(lex.according, 'Nach eigenen Angaben hat das Unternehmen …')).toEqual(['Nach eigenen Angaben'])
    expect(found(lex.according, 'Laut Polizei …')).toEqual(['Laut'])
    expect(found(lex.locativeSource, 'So verlangen, wie Oekonomierat Göthe kürzlich ausführte, manche Böden keine …')).toEqual(['wie Oekonomierat Göthe kürzlich ausführte'])
    expect(found(lex.anaphoricCue, 'Dies teilte das Ministerium am Montag mit.')).toEqual(['Dies teilte das Ministerium am Montag mit'])
    expect(found(lex.impersonal, 'In der Erklärung heisst es, man sei bereit.')).toEqual(['heisst es'])
  })

  it('keeps weak verbs out of the cue regexes', () => {
    expect(found(lex.speechVerb, 'Die Zahlen zeigen, dass die Lage ernst ist, und er fand keine Antwort.')).toEqual([])
    expect(found(lex.weakVerb!, 'Die Zahlen zeigen, dass …')).toEqual(['zeigen'])
  })

  it('tells which entry a cue comes from', () => {
    expect(deLexicon.cueEntry!('teilte … mit')).toEqual({ lemma: 'mitteilen', class: 'speech' })
    expect(deLexicon.cueEntry!('befürchtete')).toEqual({ lemma: 'befürchten', class: 'stance' })
    expect(deLexicon.cueEntry!('bezeichnete')).toEqual({ lemma: 'bezeichnen', class: 'naming' })
  })
})

describe('Russian forms', () => {
  const irregular = parseLexiconFile(ruFileSchema, file('ru'), 'ru').irregular
  const forms = (lemma: string, pair?: string, extra: object = {}) =>
    russianVerb({ lemma, pair, class: 'speech', ...extra }, irregular).forms.map((f) => (f.kind === 'gerund' || f.kind === 'impersonal' ? `${f.text}(${f.kind})` : f.text))

  it('conjugates both verbs of an aspect pair, with gerunds', () => {
    expect(forms('заявить', 'заявлять')).toEqual([
      'заявил', 'заявила', 'заявило', 'заявили', 'заявит', 'заявят', 'заявив(gerund)',
      'заявлял', 'заявляла', 'заявляло', 'заявляли', 'заявляет', 'заявляют', 'заявляя(gerund)',
    ])
    expect(forms('отметить', 'отмечать')).toEqual(expect.arrayContaining(['отметил', 'отметят', 'отметив(gerund)', 'отмечает', 'отмечая(gerund)']))
    expect(forms('подчеркнуть', 'подчёркивать')).toEqual(expect.arrayContaining(['подчеркнул', 'подчеркнёт', 'подчеркнут', 'подчеркнув(gerund)', 'подчёркивает', 'подчёркивая(gerund)']))
    expect(forms('сообщить', 'сообщать')).toEqual(expect.arrayContaining(['сообщила', 'сообщит', 'сообщат', 'сообщают', 'сообщая(gerund)']))
    expect(forms('признать', 'признавать')).toEqual(expect.arrayContaining(['признал', 'признает', 'признают', 'признав(gerund)', 'признавал', 'признаёт', 'признавая(gerund)']))
    expect(forms('констатировать', undefined, { aspect: 'both' })).toEqual(expect.arrayContaining(['констатировал', 'констатирует', 'констатируют', 'констатировав(gerund)', 'констатируя(gerund)']))
  })

  it('takes irregular forms from the table', () => {
    expect(forms('сказать', 'говорить')).toEqual(expect.arrayContaining(['сказал', 'скажет', 'скажут', 'сказав(gerund)', 'говорит', 'говорят', 'говоря(gerund)']))
    expect(forms('опровергнуть', 'опровергать')).toEqual(expect.arrayContaining(['опроверг', 'опровергла', 'опровергли', 'опровергнет', 'опровергнув(gerund)', 'опровергает']))
    expect(forms('прийти')).toEqual(expect.arrayContaining(['пришёл', 'пришла', 'пришли', 'придёт', 'придя(gerund)']))
  })

  it('builds reflexive verbs and the impersonal reflexive passive', () => {
    expect(forms('высказаться', undefined, { aspect: 'pf' })).toEqual(['высказался', 'высказалась', 'высказалось', 'высказались', 'выскажется', 'выскажутся', 'высказавшись(gerund)'])
    expect(forms('надеяться')).toEqual(['надеялся', 'надеялась', 'надеялось', 'надеялись', 'надеется', 'надеются', 'надеясь(gerund)'])
    expect(forms('сказать', 'говорить', { impersonal: true })).toEqual(expect.arrayContaining(['говорится(impersonal)', 'говорилось(impersonal)']))
    expect(forms('сообщить', 'сообщать', { impersonal: true })).toEqual(expect.arrayContaining(['сообщается(impersonal)', 'сообщалось(impersonal)']))
    expect(forms('сообщить', 'сообщать', { impersonal: true })).not.toContain('сообщится(impersonal)')
  })

  it('keeps fixed words and leaves out forms that are other words', () => {
    expect(formsOf(ruVerbs, 'не исключить')).toEqual(expect.arrayContaining(['не исключил', 'не исключила', 'не исключает']))
    expect(formsOf(ruVerbs, 'не исключить')).not.toContain('не исключая')
    expect(formsOf(ruVerbs, 'ответить')).not.toContain('отвечает')
  })
})

describe('Russian cues in real text', () => {
  const lex = lexiconFor('ru')

  it('finds speech and stance verbs of both aspects, gerunds and objects', () => {
    expect(found(lex.speechVerb, 'Израиль и США отвергают подобный шаг, заявляя, что мир может быть достигнут только путем переговоров')).toEqual(['отвергают', 'заявляя'])
    expect(found(lex.speechVerb, 'Супруга «оружейного барона» рассчитывает, что теперь эти встречи станут регулярными.')).toEqual(['рассчитывает'])
    expect(found(lex.speechVerb, 'В то же время супруга не исключила того, что придётся воспользоваться помощью')).toEqual(['не исключила'])
    expect(found(lex.speechVerb, 'Свой отказ Нетаньяху мотивировал тем, что Иерусалим получил данные')).toEqual(['мотивировал'])
    expect(found(lex.speechVerb, 'Министр выразил надежду, что переговоры продолжатся, и подчеркнул, что')).toEqual(['выразил надежду', 'подчеркнул'])
    expect(found(lex.speechVerb, 'Сейчас, продолжал он, правительство ассигновало 115 млн долларов')).toEqual(['продолжал'])
    // "выразил мнение о …" is the naming verb with object content.
    expect(found(lex.speechVerb, 'Саркози выразил мнение о необходимости изменить ситуацию')).toEqual([])
    expect(found(lex.namingVerb, 'Саркози выразил мнение о необходимости изменить ситуацию')).toEqual(['выразил'])
    expect(found(lex.namingVerb, 'Посол и представители ПАСЕ призывают руководство Грузии отменить чрезвычайное положение')).toEqual(['призывают'])
  })

  it('finds impersonal cues and source phrases', () => {
    expect(found(lex.impersonal, 'Ранее сообщалось, что в документе говорится о сроках.')).toEqual(['сообщалось', 'говорится'])
    expect(found(lex.impersonal, 'В заявлении подчеркивается, что')).toEqual(['подчеркивается'])
    expect(found(lex.according, 'Кроме того, как считает эксперт, на решение о досрочной отставке …')).toEqual(['как считает'])
    expect(found(lex.according, 'Как рассказывает сам Ямадаев, он знал о готовящемся преступлении')).toEqual(['Как рассказывает'])
    expect(found(lex.according, 'Генеральная прокуратура ОАЭ, как пишет «Gzt.Ru», 23 июля передала дело')).toEqual(['как пишет'])
    expect(found(lex.according, 'По его мнению страны Балтии могут служить прецедентом')).toEqual(['По его мнению'])
    expect(found(lex.according, 'По сообщению российских СМИ, утром в понедельник …')).toEqual(['По сообщению'])
    expect(found(lex.according, 'По предварительным данным, погибли двое.')).toEqual(['По предварительным данным'])
    expect(found(lex.according, 'Как было объявлено, президент Франции прибыл в Вашингтон')).toEqual(['Как было объявлено'])
    expect(found(lex.locativeSource, 'В МИД России отметили, что')).toEqual(['В МИД России отметили'])
    expect(found(lex.locativeSource, 'С заявлениями в пятницу выступили как МИД России, так и МИД Украины.')).toEqual([])
    expect(found(lex.anaphoricCue, 'Об этом в понедельник заявил глава МИД.')).toEqual(['Об этом в понедельник заявил'])
  })

  it('keeps weak verbs out and tells which entry a cue comes from', () => {
    expect(found(lex.speechVerb, 'Опрос показал, что он знает ответ, и она нашла решение.')).toEqual([])
    expect(found(lex.weakVerb!, 'Опрос показал, что …')).toEqual(['показал'])
    expect(ruLexicon.cueEntry!('заявляя')).toEqual({ lemma: 'заявить', class: 'speech' })
    expect(ruLexicon.cueEntry!('считают')).toEqual({ lemma: 'считать', class: 'stance' })
    expect(ruLexicon.cueEntry!('выразил надежду')).toEqual({ lemma: 'выразить', class: 'speech' })
    expect(ruLexicon.speechNoun && found(ruLexicon.speechNoun, 'в заявлении МИД и в комментарии агентству')).toEqual(['заявлении', 'комментарии'])
  })
})

describe('English forms', () => {
  const irregular = parseLexiconFile(enFileSchema, file('en'), 'en').irregular
  const forms = (lemma: string, extra: object = {}) => [...new Set(englishVerb({ lemma, class: 'speech', ...extra }, irregular).forms.map((f) => f.text))]

  it('inflects regular verbs with the spelling rules', () => {
    expect(forms('warn')).toEqual(['warn', 'warns', 'warned', 'warning'])
    expect(forms('argue')).toEqual(['argue', 'argues', 'argued', 'arguing'])
    expect(forms('deny')).toEqual(['deny', 'denies', 'denied', 'denying'])
    expect(forms('stress')).toEqual(['stress', 'stresses', 'stressed', 'stressing'])
    expect(forms('agree')).toEqual(['agree', 'agrees', 'agreed', 'agreeing'])
    expect(forms('plan')).toEqual(['plan', 'plans', 'planned', 'planning'])
  })

  it('takes irregular and doubling verbs from the table', () => {
    expect(forms('say')).toEqual(['say', 'says', 'said', 'saying'])
    expect(forms('admit')).toEqual(['admit', 'admits', 'admitted', 'admitting'])
    expect(forms('write')).toEqual(['write', 'writes', 'wrote', 'written', 'writing'])
    expect(forms('plead')).toEqual(expect.arrayContaining(['pleaded', 'pled']))
  })

  it('keeps particles after the verb and drops forms that are mostly nouns', () => {
    expect(forms('point out')).toEqual(['point out', 'points out', 'pointed out', 'pointing out'])
    expect(forms('claim', { noun: true })).toEqual(['claims', 'claimed', 'claiming'])
    expect(forms('fear', { noun: true, nounPlural: true })).toEqual(['feared', 'fearing'])
    expect(formsOf(enVerbs, 'tell')).not.toContain('telling')
    expect(formsOf(enVerbs, 'think')).not.toContain('think')
  })
})

describe('English cues in real text', () => {
  const lex = lexiconFor('en')

  it('finds speech and stance verbs, phrasal verbs and required objects', () => {
    expect(found(lex.speechVerb, 'The university rebutted Exxon\'s accusation that articles about the company were biased.')).toEqual(['rebutted'])
    expect(found(lex.speechVerb, 'Hillary Clinton apparently disagrees with her former boss.')).toEqual(['disagrees'])
    expect(found(lex.speechVerb, 'He pointed out that the vote was close and went on to say it was fair.')).toEqual(['pointed out', 'went on to say'])
    expect(found(lex.speechVerb, 'The minister expressed deep concern that the talks had stalled.')).toEqual(['expressed deep concern'])
    expect(found(lex.speechVerb, 'The company expressed the goods overnight.')).toEqual([])
  })

  it('leaves out nouns and weak verbs', () => {
    expect(found(lex.speechVerb, 'The claim, the report and the fears of a think tank; polls show that he found it.')).toEqual([])
    expect(found(lex.weakVerb!, 'Polls show that …')).toEqual(['show'])
  })

  it('finds documents as impersonal sources, source phrases and comparative clauses', () => {
    expect(found(lex.impersonal, 'The statement noted they had previously said they would take action.')).toEqual(['The statement noted'])
    expect(found(lex.impersonal, 'a joint statement read.')).toEqual(['a joint statement read'])
    expect(found(lex.according, 'According to officials, the incident unfolded at 3 a.m.')).toEqual(['According to'])
    expect(found(lex.locativeSource, 'As the report states: "[T]he birth lottery matters more in the U.S."')).toEqual(['As the report states'])
    expect(found(lex.anaphoricCue, 'This was announced by the ministry.')).toEqual(['This was announced by'])
    expect(enLexicon.cueEntry!('pointed out')).toEqual({ lemma: 'point out', class: 'speech' })
    expect(enLexicon.cueEntry!('said')).toEqual({ lemma: 'say', class: 'speech' })
  })
})
