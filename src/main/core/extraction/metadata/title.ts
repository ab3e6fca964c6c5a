/** Separators sites put between an article title and their own name ("Title | Site", "Site – Title"). */
const SEPARATOR = /\s+[|–—•·:»«\/-]\s+|\s*\|\s*|\s+::\s+/

/** Letters and digits only, lower case: "Der Spiegel" and "spiegel.de" compare as "derspiegel" and "spiegel". */
const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')

/**
 * A title without the site's name: segments at either end that name the site (its name or its
 * domain's main label) are dropped; nothing else is cut, because a colon or dash inside a
 * headline is part of it.
 */
export function stripSiteName(title: string, siteNames: readonly (string | null)[]): string {
  const names = new Set(siteNames.filter((n): n is string => !!n).flatMap(siteKeys))
  if (names.size === 0) return title
  const matches = (segment: string) => {
    const key = squash(segment)
    if (!key) return true
    if (segment.trim().split(/\s+/).length > 4) return false
    for (const name of names) {
      if (key === name || (name.length >= 3 && (key.startsWith(name) || key.endsWith(name)))) return true
      if (name.length >= 4 && key.length >= 4 && (key.includes(name) || name.includes(key))) return true
    }
    return false
  }
  let parts = splitKeepingSeparators(title)
  while (parts.length > 1 && matches(parts[parts.length - 1])) parts = parts.slice(0, -2)
  while (parts.length > 1 && matches(parts[0])) parts = parts.slice(2)
  return parts.join('').trim() || title
}

/** The comparable forms of a site name: the name itself and, for a domain, its main label ("spiegel" of "spiegel.de"). */
function siteKeys(name: string): string[] {
  const keys = [squash(name)]
  if (/^[\w-]+(?:\.[\w-]+)+$/.test(name.trim())) {
    const labels = name.trim().toLowerCase().split('.').slice(0, -1)
    // Second-level labels such as the "co" of bbc.co.uk are not the site's name.
    if (labels.length > 1 && labels[labels.length - 1].length <= 3) labels.pop()
    keys.push(squash(labels[labels.length - 1]))
  }
  return keys.filter((k) => k.length >= 2)
}

/** ["Title", " | ", "Site"]: text and separator pieces alternating. */
function splitKeepingSeparators(title: string): string[] {
  const parts: string[] = []
  let rest = title
  for (let m = SEPARATOR.exec(rest); m; m = SEPARATOR.exec(rest)) {
    parts.push(rest.slice(0, m.index), m[0])
    rest = rest.slice(m.index + m[0].length)
  }
  parts.push(rest)
  return parts
}
