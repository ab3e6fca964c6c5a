/**
 * A tiny `sql` tagged template: interpolated values become bound parameters, never SQL text.
 * `sql.raw` splices trusted fragments (column names from a whitelist, ORDER BY directions).
 */
export interface SqlFragment {
  readonly text: string
  readonly params: readonly unknown[]
}

const isFragment = (v: unknown): v is SqlFragment =>
  typeof v === 'object' && v !== null && 'text' in v && 'params' in v && Array.isArray((v as SqlFragment).params)

export function sql(strings: TemplateStringsArray, ...values: unknown[]): SqlFragment {
  let text = strings[0]
  const params: unknown[] = []
  values.forEach((value, i) => {
    if (isFragment(value)) {
      text += value.text
      params.push(...value.params)
    } else {
      text += '?'
      params.push(value)
    }
    text += strings[i + 1]
  })
  return { text, params }
}

sql.raw = (text: string): SqlFragment => ({ text, params: [] })

/** Joins fragments with a separator (e.g. ' AND '); an empty list yields `empty`. */
sql.join = (parts: readonly SqlFragment[], separator: string, empty = ''): SqlFragment =>
  parts.length === 0
    ? { text: empty, params: [] }
    : { text: parts.map((p) => p.text).join(separator), params: parts.flatMap((p) => p.params) }
