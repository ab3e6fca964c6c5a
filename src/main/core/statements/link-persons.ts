/**
 * People the person registry knows (resources/persons/persons.json) speak for the body of the office they held
 * on the article's date: "Sacharowa" → the Russian foreign ministry, "Peskov" → the Kremlin, "er" after
 * "Sergej Lawrow" → the Russian foreign ministry. Where the text names another body for the same speaker, or
 * the person held no single office then, the actor is left open: text and registry must agree.
 */
import type { StatementDocument } from './document'
import type { Draft } from './draft'
import { otherCapacity } from './person-titles'
import { spansOverlapping } from './spans-in-range'
import { ALLEGED_WHY, FORMER_WHY, type SpeakerResolution } from './speakers'
import type { PersonMention } from '../actors/person-index'

export function linkPersons(doc: StatementDocument, drafts: Draft[]): Draft[] {
  const index = doc.persons
  if (!index) return drafts
  for (const d of drafts) {
    const sp = d.speaker
    // The text says the person no longer holds the office ("former", "ehemalige", "бывший"), or another says what
    // they said ("accused Blinken of saying").
    if (!sp?.speaker || sp.why === FORMER_WHY || sp.why === ALLEGED_WHY) continue
    const inSpeaker = spansOverlapping(doc.personMentions, sp.start, sp.end)
    const mentions = inSpeaker.length ? inSpeaker : sp.person ? index.find(sp.person, doc.language) : []
    const ids = new Set(mentions.flatMap((m) => m.personIds).filter((id) => namedHere(doc, id, mentions, sp)))
    if (ids.size !== 1) continue
    const [id] = ids
    // Whom the statement is by, kept apart from the body: a person column shows it, also when no office applies.
    d.personId = id
    const name = index.displayName(id, doc.language)
    const office = index.officeAt(id, doc.date)
    const actor = office ? doc.matcher.actor(office.actor) : undefined
    const person = sp.person && /\s/u.test(sp.person) ? sp.person : name
    // "Der CDU-Vorsitzende Friedrich Merz": the article speaks of the person in another capacity than the office.
    const capacity = actor ? otherCapacity(doc, id) : null
    if (capacity) {
      d.speaker = { ...sp, person, ...(sp.actorId === actor!.id || sp.viaContext ? { actorId: null } : {}), why: `the article calls ${name} “${capacity}”, not ${office!.role.replace(/-/gu, ' ')}: no office assumed` }
      continue
    }
    if (!actor) {
      d.speaker = { ...sp, person, ...(sp.actorId && sp.viaContext ? { actorId: null, why: 'a known person who held no single office on the article’s date' } : {}) }
      continue
    }
    const span = office!.to ? `${office!.from}–${office!.to}` : `since ${office!.from}`
    // The same words whether the title is in this article or was learned from an earlier one: reading again changes nothing.
    const source = index.person(id)?.learned ? 'learned from an article’s title' : `person registry, ${span}`
    if (sp.actorId && sp.actorId !== actor.id && !sp.viaContext) {
      d.speaker = { ...sp, person, actorId: null, review: true, confidence: Math.min(sp.confidence, 0.5), why: `the text names ${doc.matcher.actor(sp.actorId)?.name ?? sp.actorId}, the person registry ${actor.name}: left open` }
      continue
    }
    d.speaker = { ...sp, person, actorId: actor.id, review: false, confidence: Math.max(sp.confidence, 0.85), why: `${name}: ${office!.role.replace(/-/gu, ' ')} of ${actor.name} (${source})` }
  }
  return drafts
}

/**
 * A person learned from another article's title is only as sure as the evidence here: the full name in this
 * mention or elsewhere in the article, or their body named in the article (for the speaker or anywhere). Two
 * people may share a surname ("Müller"); a surname alone never makes them one.
 */
function namedHere(doc: StatementDocument, id: string, mentions: readonly PersonMention[], sp: SpeakerResolution): boolean {
  const index = doc.persons!
  if (!index.person(id)?.learned) return true
  const full = (m: PersonMention) => /\s/u.test(m.surface) && m.personIds.includes(id)
  if (mentions.some(full) || doc.personMentions.some(full)) return true
  const body = index.officeAt(id, doc.date)?.actor
  if (!body) return false
  return (sp.actorId === body && !sp.viaContext) || doc.mentions.some((m) => m.actorId === body && m.via !== 'metonym')
}
