/**
 * A stable highlight colour per actor id: the same ministry has the same colour in every article and
 * session. Hue from a string hash (FNV-1a), translucent so text stays readable in light and dark themes.
 */
export function actorHue(actorId: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < actorId.length; i++) {
    h ^= actorId.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  // Golden-angle spread of the hash keeps near ids apart.
  return Math.round(((h >>> 0) * 137.508) % 360)
}

export function actorColor(actorId: string): string {
  return `hsl(${actorHue(actorId)} 75% 55% / 0.32)`
}

/** The same hue, opaque, for a swatch beside the name. */
export function actorSwatch(actorId: string): string {
  return `hsl(${actorHue(actorId)} 65% 48%)`
}
