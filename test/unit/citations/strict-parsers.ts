/**
 * Strict readers of the three citation formats, as picky as the importers of Zotero, Citavi and
 * EndNote: every RIS line must be a well-formed tag line, every BibTeX field balanced and every
 * CSL-JSON item shaped as the CSL schema says. A malformed export fails here instead of in the
 * analyst's reference manager.
 */

export type RisRecord = Map<string, string[]>

/** RIS: "XX  - value" lines with CRLF, each record from TY to ER, a blank line between records. */
export function parseRis(text: string): RisRecord[] {
  if (text.startsWith('\uFEFF')) text = text.slice(1)
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) throw new Error('RIS lines must end in CRLF')
  const records: RisRecord[] = []
  let current: RisRecord | null = null
  for (const [i, line] of text.split('\r\n').entries()) {
    if (line === '') {
      if (current) throw new Error(`line ${i + 1}: blank line inside a record`)
      continue
    }
    const m = /^([A-Z][A-Z0-9])  - (.*)$/.exec(line)
    if (!m) throw new Error(`line ${i + 1}: not a RIS tag line: ${JSON.stringify(line)}`)
    const [, tag, value] = m
    if (/[\u0000-\u001f]/.test(value)) throw new Error(`line ${i + 1}: control character in value`)
    if (tag === 'TY') {
      if (current) throw new Error(`line ${i + 1}: TY before ER`)
      current = new Map([['TY', [value]]])
    } else if (!current) {
      throw new Error(`line ${i + 1}: ${tag} outside a record`)
    } else if (tag === 'ER') {
      if (value !== '') throw new Error(`line ${i + 1}: ER carries a value`)
      records.push(current)
      current = null
    } else {
      if (value.trim() === '') throw new Error(`line ${i + 1}: empty ${tag}`)
      current.set(tag, [...(current.get(tag) ?? []), value])
    }
  }
  if (current) throw new Error('last record has no ER')
  return records
}

export interface BibEntry {
  type: string
  key: string
  fields: Map<string, string>
}

/** BibTeX: @type{key, name = {value}, …}; braces balanced, no unescaped specials outside the url field. */
export function parseBibtex(text: string): BibEntry[] {
  const entries: BibEntry[] = []
  let i = 0
  const ws = () => {
    while (i < text.length && /\s/.test(text[i])) i++
  }
  const expect = (c: string) => {
    if (text[i] !== c) throw new Error(`expected ${c} at ${i}, found ${JSON.stringify(text.slice(i, i + 20))}`)
    i++
  }
  const braced = (): string => {
    expect('{')
    let depth = 1
    const start = i
    while (i < text.length) {
      const c = text[i]
      if (c === '\\') {
        i += 2
        continue
      }
      if (c === '{') depth++
      if (c === '}' && --depth === 0) break
      i++
    }
    if (depth !== 0) throw new Error('unbalanced braces')
    const value = text.slice(start, i)
    i++
    return value
  }
  const keys = new Set<string>()
  for (ws(); i < text.length; ws()) {
    expect('@')
    const type = /^[a-z]+/i.exec(text.slice(i))?.[0]
    if (!type) throw new Error(`entry type expected at ${i}`)
    i += type.length
    expect('{')
    const key = /^[A-Za-z0-9_:.-]+/.exec(text.slice(i))?.[0]
    if (!key) throw new Error(`cite key expected at ${i}`)
    if (keys.has(key)) throw new Error(`duplicate key ${key}`)
    keys.add(key)
    i += key.length
    const fields = new Map<string, string>()
    for (;;) {
      ws()
      if (text[i] === '}') {
        i++
        break
      }
      expect(',')
      ws()
      if (text[i] === '}') {
        i++
        break
      }
      const name = /^[a-z]+/.exec(text.slice(i))?.[0]
      if (!name) throw new Error(`field name expected at ${i}`)
      i += name.length
      ws()
      expect('=')
      ws()
      const value = braced()
      if (fields.has(name)) throw new Error(`duplicate field ${name} in ${key}`)
      if (name !== 'url' && /(?<!\\)[&%$#_^~]/.test(value)) throw new Error(`unescaped special character in ${name}: ${value}`)
      fields.set(name, value)
    }
    entries.push({ type: type.toLowerCase(), key, fields })
  }
  return entries
}

const DATE = (v: unknown) =>
  typeof v === 'object' && v !== null && Array.isArray((v as { 'date-parts'?: unknown })['date-parts']) &&
  (v as { 'date-parts': unknown[] })['date-parts'].every((p) => Array.isArray(p) && p.length >= 1 && p.length <= 3 && p.every(Number.isInteger))

/** CSL-JSON: the fields and shapes of the CSL data schema that these items use; unknown keys are errors. */
export function checkCslItems(value: unknown): void {
  if (!Array.isArray(value)) throw new Error('CSL-JSON is an array of items')
  const allowed = new Set(['id', 'type', 'title', 'container-title', 'author', 'issued', 'URL', 'accessed', 'language'])
  for (const item of value as Record<string, unknown>[]) {
    for (const key of Object.keys(item)) if (!allowed.has(key)) throw new Error(`unexpected key ${key}`)
    if (typeof item.id !== 'string' || !item.id) throw new Error('id must be a string')
    if (item.type !== 'article-newspaper') throw new Error('type must be article-newspaper')
    if (typeof item.title !== 'string') throw new Error('title must be a string')
    if ('container-title' in item && typeof item['container-title'] !== 'string') throw new Error('container-title must be a string')
    for (const key of ['issued', 'accessed']) if (key in item && !DATE(item[key])) throw new Error(`${key} must be a CSL date`)
    if ('author' in item) {
      const ok = Array.isArray(item.author) && (item.author as Record<string, unknown>[]).every((a) =>
        typeof a.literal === 'string' ? Object.keys(a).length === 1 : typeof a.family === 'string' && typeof a.given === 'string')
      if (!ok) throw new Error('author must be a list of names')
    }
  }
}
