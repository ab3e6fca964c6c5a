import type { DomDocument } from '../dom'

/** What a page's schema.org JSON-LD says about its article. */
export interface JsonLdArticle {
  headline: string | null
  datePublished: string | null
  authors: string[]
  publisher: string | null
  url: string | null
  description: string | null
  inLanguage: string | null
}

type JsonObject = Record<string, unknown>

/** schema.org's Article and its subtypes (NewsArticle, BlogPosting, ReportageNewsArticle, …) and the report/posting kinds news sites use. */
const ARTICLE_TYPE = /(?:Article|BlogPosting|SocialMediaPosting|LiveBlogPosting|Report|NewsArticle)$/
const PAGE_TYPE = /^(?:WebPage|ItemPage|CollectionPage)$/
/** A page with hundreds of JSON-LD nodes is not describing one article; stop walking there. */
const MAX_NODES = 2000

/**
 * Reads the article node of the page's JSON-LD blocks: every block, arrays and @graph flattened,
 * references by @id resolved. An article type wins over a plain WebPage; malformed blocks are
 * skipped (pages are hostile and often hand-written).
 */
export function readJsonLd(document: DomDocument): JsonLdArticle | null {
  // Metadata is a bonus: whatever a hostile block does, the page keeps its article.
  try {
    return readArticleNode(document)
  } catch {
    return null
  }
}

function readArticleNode(document: DomDocument): JsonLdArticle | null {
  const nodes: JsonObject[] = []
  for (const script of document.getElementsByTagName('script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue
    const parsed = parseJson(script.textContent ?? '')
    if (parsed !== undefined) collectNodes(parsed, nodes)
  }
  if (nodes.length === 0) return null
  const byId = new Map<string, JsonObject>()
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node)
  const article =
    nodes.find((n) => types(n).some((t) => ARTICLE_TYPE.test(t))) ?? nodes.find((n) => types(n).some((t) => PAGE_TYPE.test(t)) && n.headline)
  if (!article) return null
  const resolve = (value: unknown): unknown => (isObject(value) && typeof value['@id'] === 'string' && byId.get(value['@id'])) || value
  return {
    headline: text(article.headline) ?? text(article.name),
    datePublished: text(article.datePublished) ?? text(article.dateCreated),
    authors: list(article.author ?? article.creator)
      .map((a) => name(resolve(a)))
      .filter((a): a is string => !!a),
    publisher: name(resolve(article.publisher)) ?? name(resolve(article.sourceOrganization)),
    url: urlOf(resolve(article.mainEntityOfPage)) ?? text(article.url),
    description: text(article.description),
    inLanguage: text(article.inLanguage) ?? name(article.inLanguage),
  }
}

function parseJson(source: string): unknown {
  const trimmed = source
    .trim()
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[)\s*/, '')
    .replace(/\s*(?:-->|\/\/\s*\]\]>)$/, '')
  try {
    return JSON.parse(trimmed)
  } catch {
    return undefined
  }
}

/**
 * Objects of a parsed block, arrays and @graph flattened, in document order. Iterative: a block
 * nested thousands of arrays deep must not exhaust the stack (and so cost the page its article).
 */
function collectNodes(value: unknown, into: JsonObject[]): void {
  const stack: unknown[] = [value]
  while (stack.length && into.length < MAX_NODES) {
    const next = stack.pop()
    if (Array.isArray(next)) {
      for (let i = next.length - 1; i >= 0; i--) stack.push(next[i])
    } else if (isObject(next)) {
      into.push(next)
      if (next['@graph'] !== undefined) stack.push(next['@graph'])
    }
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function types(node: JsonObject): string[] {
  return list(node['@type']).filter((t): t is string => typeof t === 'string')
}

function list(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]
}

/** An array's first item, however deeply the arrays nest (a loop, so no nesting can exhaust the stack). */
function first(value: unknown): unknown {
  while (Array.isArray(value)) value = value[0]
  return value
}

function text(value: unknown): string | null {
  value = first(value)
  return typeof value === 'string' && value.trim() ? value.trim() : null
}

function name(value: unknown): string | null {
  value = first(value)
  if (typeof value === 'string') return text(value)
  return isObject(value) ? text(value.name) : null
}

function urlOf(value: unknown): string | null {
  if (typeof value === 'string') return text(value)
  return isObject(value) ? (text(value['@id']) ?? text(value.url)) : null
}
