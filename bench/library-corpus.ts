/**
 * A seeded generator of realistic news articles in German, English and Russian for the library
 * benchmark. Articles are written from topics (each a bundle of real domain words, names and
 * institution phrases) over function words and a long tail of pseudo-words, so term frequencies
 * look like a news archive: function words everywhere, topic words in a fraction of articles,
 * rare words rarely.
 */
import type { ExtractedArticle } from '../src/main/core/extraction/types'

export type Rng = () => number

/** mulberry32: small, fast, good enough for test data, and reproducible from a seed. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface LanguageKit {
  code: 'de' | 'en' | 'ru'
  share: number
  functionWords: string[]
  contentWords: string[]
  names: string[]
  phrases: string[]
  syllables: string[]
  outlets: [domain: string, name: string][]
  capitaliseNouns: boolean
}

const split = (s: string) => s.trim().split(/\s+/u)

const EN: LanguageKit = {
  code: 'en',
  share: 0.45,
  functionWords: split(`the of and to a in that is for on with as was by at it from he said his be has have are an
    not this which its but were had they will would been their also after who more or than about over into we there
    one two new against during while between under before since when could should may further`),
  contentWords: split(`government minister ministry foreign defence security sanctions ceasefire negotiations talks
    statement spokesperson president parliament election troops military border agreement treaty nuclear missile drone
    attack embassy ambassador diplomat delegation summit alliance council resolution humanitarian refugees aid economy
    energy gas oil pipeline inflation budget court law investigation prosecutor police protest opposition coalition
    chancellor cabinet committee report intelligence cyber disinformation propaganda media journalist press conference
    interview crisis conflict war peace offensive front region city village infrastructure grid port grain export
    tariff trade bank currency reserves debt loan support weapons ammunition tank artillery officials according reported
    announced warned denied accused condemned urged demanded rejected confirmed claimed declared signed agreed discussed
    visited expected decision policy strategy plan proposal deal measures package partners allies occupation sovereignty
    territory referendum annexation shelling casualties civilians hostages prisoners exchange mediation envoy sovereign
    elections turnout campaign candidate ballot veto vote majority minority reform corruption oligarch assets frozen
    shipment fleet navy submarine airspace radar satellite espionage sabotage explosion bombing evacuation shelter winter`),
  names: split(`Lavrov Zakharova Baerbock Blinken Scholz Macron Zelensky Putin Stoltenberg Rutte Borrell Peskov Shoigu
    Kuleba Sybiha Wadephul Merz Guterres Erdogan Tusk Orban Sikorski Lammy Starmer Biden Trump Rubio Kallas Kyiv Moscow
    Berlin Washington Brussels Warsaw Beijing Ankara Geneva Vienna Minsk Crimea Donetsk Kharkiv Odesa Kaliningrad Gaza
    Tehran Damascus Belgrade Tbilisi Chisinau Riga Vilnius Tallinn Helsinki`),
  phrases: [
    'Federal Foreign Office', 'State Department', 'Foreign Ministry', 'Ministry of Defence', 'United Nations',
    'European Union', 'Security Council', 'North Atlantic Treaty Organization', 'International Atomic Energy Agency',
    'European Commission', 'White House', 'Kremlin spokesman', 'Black Sea', 'human rights', 'peace talks',
  ],
  syllables: split(`ba be bi bo bu ca co cu da de di do fa fe fi fo ga ge go ha he hi ho la le li lo lu ma me mi mo mu
    na ne ni no nu pa pe pi po ra re ri ro ru sa se si so ta te ti to tu va ve vi wa we wi ton ter ser ing tion ment ness
    ver con pro tra str ark ell orm ist`),
  outlets: [],
  capitaliseNouns: false,
}

const DE: LanguageKit = {
  code: 'de',
  share: 0.35,
  functionWords: split(`der die das und in zu den von mit sich des auf für ist im dem nicht ein eine als auch es an
    werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber
    vor zur bis mehr durch man sowie gegen seit wegen während`),
  contentWords: split(`Regierung Minister Ministerium Außenministerium Außenminister Verteidigung Sicherheit Sanktionen
    Waffenstillstand Verhandlungen Gespräche Erklärung Sprecherin Präsident Bundestag Wahl Truppen Militär Grenze
    Abkommen Vertrag Atomwaffen Rakete Drohne Angriff Botschaft Botschafter Diplomat Delegation Gipfel Bündnis Rat
    Resolution humanitäre Flüchtlinge Hilfe Wirtschaft Energie Gas Öl Pipeline Inflation Haushalt Gericht Gesetz
    Ermittlungen Staatsanwaltschaft Polizei Protest Opposition Koalition Bundeskanzler Kabinett Ausschuss Bericht
    Geheimdienst Desinformation Propaganda Medien Journalist Pressekonferenz Interview Krise Konflikt Krieg Frieden
    Offensive Front Region Stadt Dorf Infrastruktur Stromnetz Hafen Getreide Export Zölle Handel Bank Währung Schulden
    Kredit Unterstützung Waffen Munition Panzer Artillerie Beamte zufolge berichtete kündigte warnte bestritt warf
    verurteilte forderte lehnte bestätigte erklärte unterzeichnete vereinbarte besuchte Entscheidung Politik Strategie
    Plan Vorschlag Maßnahmen Paket Partner Verbündete Besatzung Souveränität Gebiet Referendum Annexion Beschuss Opfer
    Zivilisten Geiseln Gefangene Austausch Vermittlung Gesandter Wahlbeteiligung Wahlkampf Kandidat Abstimmung Mehrheit
    Reform Korruption Oligarch Vermögen eingefroren Lieferung Flotte Marine Luftraum Satellit Spionage Sabotage
    Explosion Evakuierung Schutzraum Winter Straße Großmacht Maßstab Gespräch Bundesregierung Bundesministerium
    Verteidigungsminister Außenpolitik Sicherheitsrat Grenzübergang Straßensperre`),
  names: EN.names,
  phrases: [
    'Auswärtiges Amt', 'Auswärtigen Amtes', 'Vereinten Nationen', 'Europäische Union', 'Europäischen Union',
    'russische Außenministerium', 'Bundesministerium der Verteidigung', 'Internationale Atomenergiebehörde',
    'Schwarzen Meer', 'Weißen Haus', 'Kreml-Sprecher', 'Menschenrechte', 'Friedensgespräche', 'Nato-Gipfel',
    'Deutschen Bundestag',
  ],
  syllables: split(`ba be bi bo da de di do fa fe fi ga ge gi ha he hi ka ke ki la le li lo ma me mi mo na ne ni no
    ra re ri ro sa se si so ta te ti to wa we wi ber ger ung keit heit lich isch schaft stra ße ßen ä ö ü äu ei ie ch sch`),
  outlets: [],
  capitaliseNouns: true,
}

const RU: LanguageKit = {
  code: 'ru',
  share: 0.2,
  functionWords: split(`и в не на с что по как к из это о за от для у же но то а его все её она он они при также
    было будет быть был были который которые этого этом после более чем уже ещё между против во время`),
  contentWords: split(`правительство министр министерство МИД внешнеполитическое оборона безопасность санкции санкций
    санкциями перемирие переговоры переговоров заявление заявил заявила официальный представитель президент парламент
    Госдума выборы войска военные граница соглашение договор ядерный ракета беспилотник беспилотники атака посольство
    посол дипломат делегация саммит альянс совет резолюция гуманитарный беженцы помощь экономика энергетика газ нефть
    газопровод инфляция бюджет суд закон расследование прокуратура полиция протест оппозиция коалиция кабинет комитет
    доклад разведка кибератака дезинформация пропаганда СМИ журналист пресс-конференция интервью кризис конфликт война
    мир наступление фронт регион город село инфраструктура энергосистема порт зерно экспорт пошлины торговля банк
    валюта долг кредит поддержка оружие боеприпасы танк артиллерия чиновники сообщил сообщили объявил предупредил
    отверг обвинил осудил призвал потребовал подтвердил подписал согласовал посетил решение политика стратегия план
    предложение меры пакет партнёры союзники оккупация суверенитет территория референдум обстрел жертвы мирные
    заложники пленные обмен посредничество спецпосланник явка кампания кандидат голосование большинство реформа
    коррупция олигарх активы заморожены поставки флот спутник шпионаж диверсия взрыв эвакуация убежище зима ёлка всё`),
  names: split(`Лавров Захарова Бербок Блинкен Шольц Макрон Зеленский Путин Столтенберг Рютте Боррель Песков Шойгу
    Кулеба Сибига Вадефуль Мерц Гутерриш Эрдоган Туск Орбан Киев Москва Москве Берлин Вашингтон Брюссель Варшава
    Пекин Анкара Женева Вена Минск Крым Донецк Харьков Одесса Калининград`),
  phrases: [
    'Министерство иностранных дел', 'Министерства иностранных дел', 'Организации Объединённых Наций',
    'Европейский союз', 'Евросоюза', 'Совет Безопасности', 'Министерство обороны', 'Белый дом', 'пресс-секретарь Кремля',
    'Чёрном море', 'права человека', 'мирные переговоры', 'официальный представитель МИД', 'Госдепартамент США',
    'НАТО',
  ],
  syllables: split(`ба бе би бо бу ва ве ви во га ге го да де ди до жа же за зе зи ка ке ки ко ку ла ле ли ло лу ма
    ме ми мо му на не ни но ну па пе пи по ра ре ри ро ру са се си со та те ти то ту ча че чи ша ше ст ск ния ение ство
    ёт ёр`),
  outlets: [],
  capitaliseNouns: false,
}

export const LANGUAGES = [EN, DE, RU]

const OUTLET_WORDS = split(`news post times herald tribune observer courier daily journal gazette monitor today wire
  report review chronicle standard express dispatch voice`)
const TLDS: Record<string, string[]> = { en: ['com', 'co.uk', 'org', 'net'], de: ['de', 'at', 'ch'], ru: ['ru', 'by', 'kz'] }

interface Topic {
  words: string[]
  names: string[]
  phrases: string[]
}

interface Prepared {
  kit: LanguageKit
  longTail: string[]
  topics: Topic[]
  outlets: [string, string][]
}

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]
/** Zipf-like: rank r drawn with probability ∝ 1/r. */
const zipf = <T>(rng: Rng, list: readonly T[]): T => list[Math.min(list.length - 1, Math.floor(Math.exp(rng() * Math.log(list.length + 1)) - 1))]

function prepare(kit: LanguageKit, rng: Rng): Prepared {
  const longTail = new Set<string>()
  while (longTail.size < 20_000) {
    const n = 2 + Math.floor(rng() * 3)
    let w = ''
    for (let i = 0; i < n; i++) w += pick(rng, kit.syllables)
    if (kit.capitaliseNouns && rng() < 0.4) w = w[0].toUpperCase() + w.slice(1)
    longTail.add(w)
  }
  const topics: Topic[] = []
  for (let t = 0; t < 40; t++) {
    const sample = <T>(list: T[], n: number) => Array.from({ length: n }, () => pick(rng, list))
    topics.push({ words: sample(kit.contentWords, 20), names: sample(kit.names, 4), phrases: sample(kit.phrases, 2) })
  }
  const outlets: [string, string][] = []
  for (let i = 0; i < 150; i++) {
    const a = pick(rng, OUTLET_WORDS)
    const b = pick(rng, kit.syllables).replace(/[^a-zäöüß]/gu, '') || 'x'
    const name = `${b[0].toUpperCase()}${b.slice(1)}${pick(rng, kit.syllables)} ${a[0].toUpperCase()}${a.slice(1)}`
    const domain = `${name.toLowerCase().normalize('NFD').replace(/[^a-z]/gu, '')}${i}.${pick(rng, TLDS[kit.code])}`
    outlets.push([domain, name])
  }
  return { kit, longTail: [...longTail], topics, outlets }
}

export interface GeneratedArticle {
  extracted: ExtractedArticle
  /** A saved page of the article, as an import would capture it. */
  html: string
}

/** An endless, reproducible stream of articles. */
export function* generateArticles(seed: number): Generator<GeneratedArticle> {
  const rng = seededRng(seed)
  const langs = LANGUAGES.map((k) => prepare(k, rng))
  for (let n = 0; ; n++) {
    let r = rng()
    const lang = langs.find((l) => (r -= l.kit.share) < 0) ?? langs[0]
    yield article(lang, rng, n)
  }
}

function article(lang: Prepared, rng: Rng, n: number): GeneratedArticle {
  const { kit } = lang
  const topics = [pick(rng, lang.topics), pick(rng, lang.topics)]
  const word = (): string => {
    const r = rng()
    const topic = pick(rng, topics)
    if (r < 0.5) return zipf(rng, kit.functionWords)
    if (r < 0.68) return pick(rng, topic.words)
    if (r < 0.71) return pick(rng, topic.names)
    if (r < 0.725) return pick(rng, topic.phrases)
    if (r < 0.74) return zipf(rng, kit.contentWords)
    return zipf(rng, lang.longTail)
  }
  const sentence = (min: number, max: number): string => {
    const len = min + Math.floor(rng() * (max - min))
    const words = Array.from({ length: len }, word)
    words[0] = words[0][0].toUpperCase() + words[0].slice(1)
    return words.join(' ')
  }
  const paragraphs: string[] = []
  let words = 0
  const target = 300 + Math.floor(rng() * 200)
  while (words < target) {
    const sentences = Array.from({ length: 3 + Math.floor(rng() * 4) }, () => `${sentence(8, 22)}.`)
    const p = sentences.join(' ')
    words += p.split(' ').length
    paragraphs.push(p)
  }
  const title = `${pick(rng, topics[0].names)}: ${sentence(5, 10)}`
  const [domain, siteName] = zipf(rng, lang.outlets)
  const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(rng() * 11 * 365) * 86_400_000).toISOString().slice(0, 10)
  const url = `https://www.${domain}/${day.slice(0, 4)}/${day.slice(5, 7)}/article-${n}`
  const text = paragraphs.join('\n\n')
  const escape = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;')
  const cleanHtml = paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')
  const html = `<!doctype html><html lang="${kit.code}"><head><meta charset="utf-8"><title>${escape(title)} | ${siteName}</title>
<link rel="canonical" href="${url}"><meta property="og:site_name" content="${siteName}"></head><body>
<nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/world">World</a></nav>
<article><h1>${escape(title)}</h1><time datetime="${day}">${day}</time>${cleanHtml}</article>
<footer>© ${siteName}</footer></body></html>`
  return {
    html,
    extracted: {
      title,
      byline: rng() < 0.6 ? `${pick(rng, kit.names)} ${pick(rng, kit.names)}` : null,
      siteName,
      url,
      publishedAt: rng() < 0.95 ? day : null,
      language: kit.code,
      excerpt: paragraphs[0].slice(0, 200),
      cleanHtml,
      text,
      wordCount: words,
      mediaType: 'text/html',
    },
  }
}
