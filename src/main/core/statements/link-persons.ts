/**
 * People the person registry knows (resources/persons/persons.json) speak for the body of the office they held
 * on the article's date: "Sacharowa" → the Russian foreign ministry, "Peskov" → the Kremlin, "er" after
 * "Sergej Lawrow" → the Russian foreign ministry. Where the text names another body for the same speaker, or
 * the person held no single office then, the actor is left open: text and registry must agree.
 */
import type { StatementDocument } from './document'
import type { Draft } from './draft'
import { spansOverlapping } from './spans-in-range'
import { FORMER_WHY } from './speakers'

export function linkPersons(doc: StatementDocument, drafts: Draft[]): Draft[] {
  const index = doc.persons
  if (!index) return drafts
  for (const d of drafts) {
    const sp = d.speaker
    // The text says the person no longer holds the office ("former", "ehemalige", "бывший").
    if (!sp?.speaker || sp.why === FORMER_WHY) continue
    const inSpeaker = spansOverlapping(doc.personMentions, sp.start, sp.end)
    const mentions = inSpeaker.length ? inSpeaker : sp.person ? index.find(sp.person, doc.language) : []
    const ids = new Set(mentions.flatMap((m) => m.personIds))
    if (ids.size !== 1) continue
    const [id] = ids
    // Whom the statement is by, kept apart from the body: a person column shows it, also when no office applies.
    d.personId = id
    const name = index.displayName(id, doc.language)
    const office = index.officeAt(id, doc.date)
    const actor = office ? doc.matcher.actor(office.actor) : undefined
    const person = sp.person && /\s/u.test(sp.person) ? sp.person : name
    if (!actor) {
      d.speaker = { ...sp, person, ...(sp.actorId && sp.viaContext ? { actorId: null, why: 'a known person who held no single office on the article’s date' } : {}) }
      continue
    }
    const span = office!.to ? `${office!.from}–${office!.to}` : `since ${office!.from}`
    if (sp.actorId && sp.actorId !== actor.id && !sp.viaContext) {
      d.speaker = { ...sp, person, actorId: null, review: true, confidence: Math.min(sp.confidence, 0.5), why: `the text names ${doc.matcher.actor(sp.actorId)?.name ?? sp.actorId}, the person registry ${actor.name}: left open` }
      continue
    }
    d.speaker = { ...sp, person, actorId: actor.id, review: false, confidence: Math.max(sp.confidence, 0.85), why: `${name}: ${office!.role.replace(/-/gu, ' ')} of ${actor.name} (person registry, ${span})` }
  }
  return drafts
}
