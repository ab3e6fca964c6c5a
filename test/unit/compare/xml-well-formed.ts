/**
 * A strict well-formedness check for the XML parts of an Office package: one root, every tag closed in
 * order, attributes quoted and unique, only the five predefined entities and character references, no
 * stray '<' or '&'. Returns the first problem, or null. (No DTDs: Office parts have none.)
 */
export function xmlProblem(xml: string): string | null {
  const stack: string[] = []
  let roots = 0
  let i = xml.startsWith('\uFEFF') ? 1 : 0
  const NAME = /^[A-Za-z_][\w.:-]*/
  const badText = (text: string) => /<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/.test(text)
  while (i < xml.length) {
    const lt = xml.indexOf('<', i)
    const text = xml.slice(i, lt < 0 ? xml.length : lt)
    if (badText(text)) return `bad character data near ${i}`
    if (text.trim() && stack.length === 0) return `text outside the root near ${i}`
    if (lt < 0) break
    if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt)
      if (end < 0) return 'unterminated declaration'
      i = end + 2
    } else if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt)
      if (end < 0) return 'unterminated comment'
      i = end + 3
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt)
      if (end < 0) return 'unterminated CDATA'
      i = end + 3
    } else if (xml.startsWith('</', lt)) {
      const end = xml.indexOf('>', lt)
      const name = xml.slice(lt + 2, end).trim()
      if (stack.pop() !== name) return `</${name}> closes nothing open near ${lt}`
      i = end + 1
    } else {
      const end = xml.indexOf('>', lt)
      if (end < 0) return 'unterminated tag'
      let body = xml.slice(lt + 1, end)
      const selfClosing = body.endsWith('/')
      if (selfClosing) body = body.slice(0, -1)
      const name = NAME.exec(body)?.[0]
      if (!name) return `bad tag near ${lt}`
      const attrs = body.slice(name.length)
      const seen = new Set<string>()
      const rest = attrs.replace(/\s+([A-Za-z_][\w.:-]*)\s*=\s*("[^"<]*"|'[^'<]*')/g, (_, key: string, value: string) => {
        if (seen.has(key)) throw new Error(`attribute ${key} twice in <${name}>`)
        seen.add(key)
        if (badText(value.slice(1, -1))) throw new Error(`bad attribute value in <${name}>`)
        return ''
      })
      if (rest.trim()) return `bad attributes in <${name}>: ${rest.trim().slice(0, 40)}`
      if (stack.length === 0) roots++
      if (!selfClosing) stack.push(name)
      i = end + 1
    }
  }
  if (stack.length) return `<${stack.at(-1)}> never closed`
  return roots === 1 ? null : `${roots} root elements`
}
