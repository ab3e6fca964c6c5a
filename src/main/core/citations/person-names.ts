/** A byline's authors, as reference managers want them: a person's family and given names apart, anything else (an agency, a desk) as one literal name. */
export type CitedName = { family: string; given: string } | { literal: string }

/** Surname particles that belong to the family name ("Ursula von der Leyen" → "von der Leyen"). */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'zu', 'zur', 'ten', 'ter', 'bin', 'ibn', 'al'])
/** How bylines join several authors, in the languages Parallax reads. */
const JOINERS = /\s*(?:,|;|\/|&|\+|\s(?:and|und|и|et|y|e)\s)\s*/iu
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.)$/u

/**
 * Splits a byline into names. A person's name is two to five words, capitalised but for particles; a
 * single word, an all-caps agency code or anything with digits, @ or a domain stays literal, because
 * turning "dpa" or "tagesschau.de" into a family name would cite them wrongly.
 */
export function citedNames(byline: string | null): CitedName[] {
  if (!byline?.trim()) return []
  return byline
    .split(JOINERS)
    .map((part) => part.replace(/\s+/gu, ' ').trim())
    .filter(Boolean)
    .map(personOrLiteral)
}

function personOrLiteral(name: string): CitedName {
  const words = name.split(' ')
  if (words.length < 2 || words.length > 5 || /[\d@]|\.\p{L}{2,}$/u.test(name)) return { literal: name }
  // Agencies and desks in capitals ("AFP", "DPA") are no persons, even two of them.
  if (words.every((w) => w.length > 1 && w === w.toUpperCase())) return { literal: name }
  if (!words.every((w) => NAME_WORD.test(w) || PARTICLES.has(w.toLowerCase()))) return { literal: name }
  let start = words.length - 1
  while (start > 1 && PARTICLES.has(words[start - 1].toLowerCase())) start--
  if (PARTICLES.has(words[0].toLowerCase())) return { literal: name }
  return { family: words.slice(start).join(' '), given: words.slice(0, start).join(' ') }
}
