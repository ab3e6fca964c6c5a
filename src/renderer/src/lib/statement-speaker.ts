/**
 * How a statement's speaker reads in the Statements view and the reader: the mention as written, whom it
 * refers to ("er" → "Herbert Diess"), the channel, and the reasons as one tooltip. Pure, so it is unit-tested.
 */

export interface SpeakerFields {
  speaker: string | null
  speakerReferent: string | null
  channel: string | null
  reasons: string[]
}

/**
 * The referent worth showing: present and not already in the mention ("Außenminister Radosław Sikorski" needs
 * no "→ Radosław Sikorski"), ignoring case and spacing.
 */
export function shownReferent(s: Pick<SpeakerFields, 'speaker' | 'speakerReferent'>): string | null {
  const referent = s.speakerReferent?.trim()
  if (!referent) return null
  const fold = (x: string) => x.replace(/\s+/gu, ' ').trim().toLocaleLowerCase()
  return s.speaker && fold(s.speaker).includes(fold(referent)) ? null : referent
}

/** The reasons as a tooltip: a heading line, then one line per reason; empty when there are none. */
export function reasonsTooltip(reasons: readonly string[], heading: string): string {
  const lines = reasons.map((r) => r.trim()).filter(Boolean)
  return lines.length ? [heading, ...lines.map((r) => `• ${r}`)].join('\n') : ''
}
