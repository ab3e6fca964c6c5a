/**
 * The reasons behind a statement, in words for the analyst (shown on hover): what made it a statement (its
 * form and cue), who the speaker is and how that was found, and why it has the actor it has, or none.
 */
import type { StatementDocument } from './document'
import type { Draft } from './draft'

const CUE_KIND: Record<string, string> = {
  verb: 'speech verb',
  naming: 'verb that names or judges',
  impersonal: 'impersonal report',
  according: 'source phrase',
  'post-according': 'source phrase',
  so: '“so” + source',
  locative: 'source in its own clause',
  anaphoric: 'source in the next sentence',
  noun: 'speech noun with a content clause',
}

export function explain(doc: StatementDocument, d: Draft): string[] {
  const out: string[] = [form(d)]
  if (d.cue) out.push(`cue: “${d.cue.text}” (${CUE_KIND[d.cue.type] ?? d.cue.type})`)
  else out.push('no cue of its own')
  const sp = d.speaker
  if (sp?.speaker) {
    const via = sp.viaContext ? ', continued from context' : ''
    out.push(`speaker: “${sp.speaker}”${sp.person && sp.person !== sp.speaker ? ` = ${sp.person}` : ''}${via}`)
  } else {
    out.push('speaker: not found')
  }
  out.push(...(d.reasons ?? []))
  if (sp?.actorId) out.push(`actor: ${doc.matcher.actor(sp.actorId)?.name ?? sp.actorId}${sp.why ? ` (${sp.why})` : ''}`)
  else if (sp?.why) out.push(`no actor: ${sp.why}`)
  return out
}

function form(d: Draft): string {
  const e = d.evidence
  switch (d.kind) {
    case 'direct':
      return e.standalone ? 'direct quote standing on its own' : `direct quote${e.typographic ? '' : ' (straight quotation marks)'}`
    case 'partial':
      return 'partial quote in an attributed sentence'
    default:
      if (e.object) return 'reported: the object of a demand or announcement'
      if (e.chain) return 'reported: continues a chain of reported speech'
      if (e.konjunktiv === 'strong') return 'reported: Konjunktiv I'
      if (e.complementizer) return 'reported: content clause'
      return 'reported speech'
  }
}
