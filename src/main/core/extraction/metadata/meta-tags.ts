import type { DomDocument } from '../dom'

/** A page's <meta> values by lower-cased name, property, itemprop or http-equiv; the first non-empty one wins. */
export type MetaTags = ReadonlyMap<string, string>

export function readMetaTags(document: DomDocument): MetaTags {
  const tags = new Map<string, string>()
  for (const meta of document.getElementsByTagName('meta')) {
    const content = (meta.getAttribute('content') ?? '').trim()
    if (!content) continue
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase()
      if (key && !tags.has(key)) tags.set(key, content)
    }
  }
  return tags
}

/** The first of the named meta values that is present. */
export function firstMeta(tags: MetaTags, names: readonly string[]): string | null {
  for (const name of names) {
    const value = tags.get(name)
    if (value) return value
  }
  return null
}
