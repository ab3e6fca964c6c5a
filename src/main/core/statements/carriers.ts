/**
 * News agencies and outlets as carriers of statements (resources/statements/carriers.json): "told RIA
 * Novosti", "sagte der dpa", "…, сообщает ТАСС". A carrier is the channel when someone else is named as the
 * speaker; it stays the speaker only when it is the sole source ("nach Angaben der Agentur Tass").
 */
import data from '../../../../resources/statements/carriers.json'
import type { StatementDocument } from './document'
import type { Draft } from './draft'
import { sentenceOf } from './document'
import { matchesNear } from './patterns'
import { spansInRange } from './spans-in-range'

interface CarrierData {
  carriers: { id: string; names: string[] }[]
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
const names = (data as CarrierData).carriers.flatMap((c) => c.names).sort((a, b) => b.length - a.length)
const CARRIER = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
/** Where a name starts: CARRIER is tried only there (a third of the time of trying it everywhere; patterns.ts, matchesNear). */
const CARRIER_START = new RegExp(names.map(escape).join('|'), 'g')
const NOTHING = /(?!)/u
const CARRIER_ONLY = new RegExp(`^(?:(?:der|die|dem|den|des|the|агентство|агентства|агентству|газета|газете|Agentur|Nachrichtenagentur|agency)\\s+)*(?:${names.map(escape).join('|')})$`, 'iu')

/** An outlet named by its title in quotation marks ("«Лента.ру»", "газета «Труд»", "die Zeitung „Bild“"). */
const QUOTED_OUTLET = /^(?:(?:газета|газеты|газете|издание|издания|агентство|агентства|портал|сайт|телеканал|радиостанция|журнал|die|der|das|den|dem|Zeitung|Zeitschrift|Magazin|Sender|Agentur|Nachrichtenagentur|the|newspaper|magazine|agency|broadcaster|website)\s+)*[«„“"‚‹»][^«»„“”"]{2,40}[»“”"‘›«]$/iu

/** Is this speaker phrase only a carrier ("der dpa", "РИА «Новости»", "Reuters", "«Лента.ру»")? */
export function isCarrier(phrase: string): boolean {
  const p = phrase.trim()
  return CARRIER_ONLY.test(p) || QUOTED_OUTLET.test(p)
}

/** "сообщает «Лента.ру»", "berichtet „Bild“", "reports “Politico”": an outlet reporting under its title. */
const REPORTED_BY_TITLE = /(?<![\p{L}])(?:сообща\p{L}*|переда[её]т|передают|пишет|пишут|цитирует|berichtet|berichtete|meldet|meldete|schreibt|schrieb|reports|reported|writes|wrote)\s+([«„“"][^«»„“”"]{2,40}[»“”"])/u

/** Carriers named in the sentence of each statement, outside the statement and its speaker, become its channel. */
export function findChannels(doc: StatementDocument, drafts: Draft[]): Draft[] {
  for (const d of drafts) {
    if (d.speaker?.speaker && isCarrier(d.speaker.speaker)) continue
    const s = sentenceOf(doc, d.cue?.start ?? d.start)
    const from = Math.max(0, Math.min(s.start, d.start) - 1)
    const to = Math.max(s.end, d.end)
    const hit = spansInRange((doc.carriers ??= matchesNear(CARRIER, CARRIER_START, NOTHING, doc.text).map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }))), from, to).find(
      (m) => (m.start >= d.end || m.end <= d.start) && !(d.speaker && m.start < d.speaker.end && m.end > d.speaker.start),
    )
    const quoted = hit ? null : REPORTED_BY_TITLE.exec(doc.text.slice(s.start, s.end))
    if (quoted && !(d.speaker && d.speaker.speaker.includes(quoted[1]))) {
      d.channel = quoted[1]
      d.reasons = [...(d.reasons ?? []), `channel: ${d.channel} carried it`]
    } else if (hit) {
      d.channel = hit.text
      d.reasons = [...(d.reasons ?? []), `channel: ${d.channel} carried it`]
    }
  }
  return drafts
}
