import { domainToUnicode } from 'node:url'

/**
 * Canonical URLs for recognising the same article saved twice: the host lowercased, default ports,
 * fragments, tracking parameters and a trailing slash dropped, the remaining query sorted.
 * The scheme and the path's case are kept: they can matter to the server.
 */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'igshid', 'igsh', 'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id',
  'vero_id', 'wt_mc', 'wt.mc_id', 'ref_src', 'ref_url', 'cmpid', 'ncid', 'ocid', 'sr_share', 'at_medium', 'at_campaign',
])
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'at_custom', 'ga_']

const isTracking = (name: string) => {
  const n = name.toLowerCase()
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p))
}

/** The canonical form of an http(s) URL, or null for anything else (or nothing parseable). */
export function canonicalUrl(raw: string | null | undefined): string | null {
  const url = parseHttpUrl(raw)
  if (!url) return null
  url.hash = ''
  url.username = ''
  url.password = ''
  const kept = [...url.searchParams].filter(([name]) => !isTracking(name))
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  url.search = new URLSearchParams(kept).toString()
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/u, '') || '/'
  // URL lowercases and IDNA-encodes the host and drops default ports already.
  let out = url.toString()
  if (url.pathname === '/' && !url.search) out = out.replace(/\/$/u, '')
  return out
}

/** The outlet's domain: the URL's host in Unicode without a leading "www.", or null. */
export function domainOf(raw: string | null | undefined): string | null {
  const url = parseHttpUrl(raw)
  if (!url || !url.hostname) return null
  const host = domainToUnicode(url.hostname) || url.hostname
  return host.replace(/^www\d*\./u, '').replace(/\.$/u, '')
}

function parseHttpUrl(raw: string | null | undefined): URL | null {
  if (!raw) return null
  try {
    const url = new URL(raw.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null
  } catch {
    return null
  }
}
