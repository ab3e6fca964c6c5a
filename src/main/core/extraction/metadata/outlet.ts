import { domainOf, httpUrl } from './site'

/** Separators between a site's name and a tagline or a section ("Autoracing | F1 | Indy", "LN - Lübecker Nachrichten"). */
const SEGMENT = /\s+[|–—•·:»«\/-]\s+|\s*\|\s*/u
/** A site name longer than this is a tagline or a headline, not a name. */
const MAX_WORDS = 6

const squash = (s: string) =>
  s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')

/**
 * The outlet that published a page: its publisher rather than a section label or tagline. The
 * candidates are og:site_name, JSON-LD publisher, application-name and the edge segments of the
 * <title> ("… - Reuters"); the first that names the page's domain wins ("U.S." on reuters.com does
 * not, "Reuters" does; "Rhein Neckar Zeitung" names rnz.de by its initials), and of names that
 * match equally, one written as a name beats one written as a domain ("USA TODAY" over "usatoday").
 * Without a match, the site's own og:site_name (first segment) or publisher is kept, then the domain.
 */
export function chooseOutlet(
  candidates: { siteName: string | null; publisher: string | null; appName: string | null; title: string | null; headline: string | null },
  url: string | null,
): string | null {
  const domain = domainOf(url)
  const labels = domain ? brandLabels(domain) : []
  const named = [candidates.siteName, candidates.publisher, candidates.appName].map((c) => cleanName(c, domain)).filter((c): c is string => !!c)
  const fromTitle = titleEdges(candidates.title).map((c) => cleanName(c, domain)).filter((c): c is string => !!c)
  // A "site name" that is the article's own headline is a site bug (seen on several German sites).
  const headlines = new Set([candidates.headline?.replace(/\s+/gu, ' ').trim()].filter(Boolean))
  const all = [...named.flatMap(segments), ...fromTitle].filter((n) => !headlines.has(n))

  const matching: { name: string; extra: number }[] = []
  for (const name of all) {
    const extra = Math.min(...labels.map((label) => (namesLabel(name, label) ? Math.max(0, squash(name).length - label.length) : Infinity)))
    if (extra < Infinity && !matching.some((m) => m.name === name)) matching.push({ name, extra })
  }
  // A name written as a name ("The Detroit News" for detroitnews, "USA TODAY") beats a lower-case or
  // domain-like form; otherwise the first match in the order above.
  const best = matching.find((m) => isWrittenName(m.name)) ?? matching[0]
  if (best) return recased(best.name, all)
  // No name matches the domain: the site's own name, its first part ("IT4Kids" of "IT4Kids | IT-Kurse …").
  const own = named.map((n) => segments(n)[segments(n).length > 1 ? 1 : 0]).find((n) => wordCount(n) <= MAX_WORDS && !headlines.has(n))
  return own ?? domain
}

/** "politifact" as the site writes it elsewhere ("PolitiFact West Virginia" → "PolitiFact"). */
function recased(name: string, others: readonly string[]): string {
  if (name !== name.toLowerCase() || /\./.test(name)) return name
  for (const other of others) {
    const at = other.toLowerCase().indexOf(name)
    if (at >= 0 && other.slice(at, at + name.length) !== name) return other.slice(at, at + name.length)
  }
  return name
}

/** A name as sites write it: an @handle's @ dropped, an address turned into its domain, whitespace normalised. */
function cleanName(value: string | null, domain: string | null): string | null {
  const text = value?.replace(/\s+/gu, ' ').trim().replace(/^@(?=\w)/u, '')
  if (!text) return null
  const address = httpUrl(text)
  if (address) return domainOf(address) ?? domain
  // "www.ekbo.de" names the site as its domain does.
  return /^www\d*\.[\w-]+\.[\w.-]+$/iu.test(text) ? text.replace(/^www\d*\./iu, '') : text
}

/** "LinkNaija | Nigeria's pop culture" → both parts, the whole first. */
function segments(name: string): string[] {
  const parts = name.split(SEGMENT).map((p) => p.trim()).filter(Boolean)
  return parts.length > 1 ? [name, ...parts] : [name]
}

/** The first and last segments of a title, where sites put their name. */
function titleEdges(title: string | null): string[] {
  const parts = (title ?? '').split(SEGMENT).map((p) => p.trim()).filter(Boolean)
  if (parts.length < 2) return []
  return [...new Set([parts[parts.length - 1], parts[0], parts[parts.length - 2]])].filter((p) => wordCount(p) <= MAX_WORDS)
}

/**
 * The labels that name a site in its domain: the registrable label ("reuters" of reuters.com,
 * "bbc" of bbc.co.uk) and, for a subdomain that is a brand of its own, that one too.
 */
function brandLabels(domain: string): string[] {
  const labels = domain.toLowerCase().split('.')
  let end = labels.length - 1
  // Second-level labels such as the "co" of bbc.co.uk or the "com" of autoracing.com.br.
  if (end >= 2 && labels[end - 1].length <= 3 && ['co', 'com', 'org', 'net', 'gov', 'ac', 'or', 'ne'].includes(labels[end - 1])) end--
  const main = labels[end - 1]
  const out = main ? [main] : []
  const sub = labels.slice(0, end - 1).filter((l) => !/^(?:www\d*|m|amp|mobile|news|blog|de|en|ru)$/.test(l))
  return [...out, ...sub].map((l) => l.replace(/-/g, '')).filter((l) => l.length >= 2)
}

/** Whether a name names a domain label: by its letters ("Süddeutsche.de" ~ sueddeutsche), by a part of them, or by its initials. */
export function namesLabel(name: string, label: string): boolean {
  const key = squash(name.replace(/ü/g, 'ue').replace(/ö/g, 'oe').replace(/ä/g, 'ae').replace(/ß/g, 'ss'))
  const plain = squash(name)
  if (!key || label.length < 2) return false
  const wordsIn = name.split(/\s+/u).filter(Boolean).length
  for (const k of [key, plain]) {
    if (k === label) return true
    // A longer name containing the brand ("Spektrum der Wissenschaft"), not a headline that mentions it.
    if (label.length >= 4 && k.length >= 4 && wordsIn <= 4 && (k.includes(label) || label.includes(k))) return true
    // A short brand as the start of one word ("ZDFmediathek" for zdf).
    if (label.length >= 2 && wordsIn === 1 && k.startsWith(label)) return true
  }
  // The brand and a descriptive word ("Yle Uutiset", "Sky News", "CHIP Online").
  const first = squash(name.split(/\s+/u)[0] ?? '')
  if (wordsIn >= 2 && wordsIn <= 3 && first === label) return true
  const words = name.split(/[\s.\-–]+/u).filter((w) => /\p{L}/u.test(w))
  const initials = words.map((w) => w[0]).join('').toLowerCase()
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('').toLowerCase()
  return words.length >= 2 && (initials === label || capitals === label)
}

/** "USA TODAY", "The Detroit News" rather than "usatoday", "detroitnews", "reuters.com". */
function isWrittenName(name: string): boolean {
  return /\p{Lu}/u.test(name) && !/^[\w-]+(?:\.[\w-]+)+$/u.test(name)
}

const wordCount = (s: string) => s.split(/\s+/u).filter(Boolean).length
