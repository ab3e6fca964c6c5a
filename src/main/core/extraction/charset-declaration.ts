import type * as Htmlparser2 from 'htmlparser2'
import { lazyPackage } from '../lazy-package'

const htmlparser2 = lazyPackage<typeof Htmlparser2>('htmlparser2')

/**
 * How far into a document its own charset declaration is looked for. The HTML spec's prescan
 * stops at 1024 bytes, but browsers re-decode when they meet a later <meta charset>, and saved
 * pages often carry long inline scripts and styles before it.
 */
const SCAN_BYTES = 64 * 1024

const CHARSET_PARAM = /charset\s*=\s*["']?\s*([^\s"';,]+)/i
const XML_ENCODING = /encoding\s*=\s*["']([^"']+)["']/i

/**
 * The charset a page declares about itself: <meta charset>, <meta http-equiv="Content-Type">
 * or an XML declaration, whichever comes first. Read from the bytes as Latin-1, which keeps
 * every ASCII-compatible encoding's markup intact.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SCAN_BYTES)).toString('latin1')
  let found: string | null = null
  const parser = new (htmlparser2().Parser)(
    {
      onprocessinginstruction(name, data) {
        if (found === null && name.toLowerCase() === '?xml') found = XML_ENCODING.exec(data)?.[1] ?? null
        if (found !== null) parser.pause()
      },
      onopentag(name, attribs) {
        if (name === 'body') parser.pause()
        if (name !== 'meta' || found !== null) return
        if (attribs.charset) found = attribs.charset.trim()
        else if (attribs['http-equiv']?.toLowerCase() === 'content-type' && attribs.content)
          found = CHARSET_PARAM.exec(attribs.content)?.[1] ?? null
        if (found) parser.pause()
        else found = null
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.write(head)
  parser.end()
  return found
}
