import { parseDocument, type DomDocument } from '../dom'
import { collectBlocks } from './blocks'

/** A page with more JSON-LD than this describes a catalogue, not an article; stop there. */
const MAX_NODES = 2000
/** Properties that hold an article's own words in schema.org: the body, a text, instructions and their steps. */
const TEXT_KEYS = ['articleBody', 'text', 'recipeInstructions', 'step', 'itemListElement', 'reviewBody']

/**
 * The article text a page states in its schema.org JSON-LD (articleBody, HowTo steps, recipe instructions),
 * as paragraphs: for pages that render their text with scripts only, so the markup holds none. Strings that
 * carry HTML are reduced to their text. Malformed blocks are skipped; pages are hostile.
 */
export function structuredText(document: DomDocument): string[] {
  const out: string[] = []
  let nodes = 0
  const visit = (value: unknown, inText: boolean): void => {
    if (++nodes > MAX_NODES) return
    if (typeof value === 'string') {
      if (inText) out.push(...paragraphs(value))
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, inText)
    } else if (value && typeof value === 'object') {
      const node = value as Record<string, unknown>
      // A node with text of its own opens with its description, the page's intro ("Unabhängig von Größe …").
      if (!inText && typeof node.description === 'string' && TEXT_KEYS.some((k) => k in node)) out.push(...paragraphs(node.description))
      for (const [key, child] of Object.entries(node)) {
        if (key === '@graph' || key === 'mainEntity' || key === 'mainEntityOfPage' || TEXT_KEYS.includes(key)) visit(child, inText || TEXT_KEYS.includes(key))
      }
    }
  }
  for (const script of document.getElementsByTagName('script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue
    try {
      visit(JSON.parse(script.textContent ?? ''), false)
    } catch {
      // a hand-written block that is not JSON
    }
  }
  return [...new Set(out)]
}

/** The paragraphs of a string that may carry HTML ("<p>Um eine runde Tischdecke …</p>"), entities decoded. */
function paragraphs(value: string): string[] {
  if (!/[<&]/.test(value)) return value.split(/\n\s*\n|\r?\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => /[\p{L}\p{N}]/u.test(p))
  const body = parseDocument(`<body>${value}</body>`).body
  return body ? collectBlocks(body).map((b) => b.text).filter((p) => /[\p{L}\p{N}]/u.test(p)) : []
}
