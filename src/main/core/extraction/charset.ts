import { isUtf8 } from 'node:buffer'
import type * as Chardet from 'chardet'
import type Iconv from 'iconv-lite'
import { lazyDefault, lazyPackage } from '../lazy-package'
import { declaredCharset } from './charset-declaration'
import { sniffUtf16 } from './utf16'

const chardet = lazyPackage<typeof Chardet>('chardet')
const iconv = lazyDefault<typeof Iconv>('iconv-lite')

export type CharsetSource = 'bom' | 'http' | 'document' | 'detected'

export interface DecodedText {
  text: string
  charset: string
  source: CharsetSource
}

const BOMS: [bytes: number[], charset: string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
]

/** The byte-order mark's charset and length, if the bytes start with one. */
export function byteOrderMark(bytes: Uint8Array): { charset: string; length: number } | null {
  for (const [mark, charset] of BOMS)
    if (mark.every((b, i) => bytes[i] === b)) return { charset, length: mark.length }
  return null
}

/**
 * A charset label as the WHATWG Encoding Standard resolves it (so "iso-8859-1" and "ascii" mean
 * windows-1252, as in every browser), or null when neither the standard nor iconv-lite knows it.
 */
export function normaliseCharset(label: string | null | undefined): string | null {
  if (!label) return null
  let name: string
  try {
    name = new TextDecoder(label.trim()).encoding
  } catch {
    name = label.trim().toLowerCase()
  }
  return iconv().encodingExists(name) ? name : null
}

/**
 * Decodes a document's bytes. Order of trust: a byte-order mark; then each declaration (the HTTP
 * charset, then the document's own) unless the bytes evidently contradict it; then detection.
 * "Evidently" means: UTF-8 declared but the bytes are not (mostly) UTF-8, or a legacy charset
 * declared for bytes that are valid multi-byte UTF-8, which no legacy text is by accident.
 */
export function decodeBytes(bytes: Uint8Array, httpCharset?: string, scanDocument = true): DecodedText {
  const bom = byteOrderMark(bytes)
  if (bom) return { text: iconv().decode(Buffer.from(bytes.subarray(bom.length)), bom.charset), charset: bom.charset, source: 'bom' }
  // UTF-16 without a BOM: no declaration inside it can be read as ASCII, and chardet does not try.
  const utf16 = sniffUtf16(bytes)
  if (utf16) return { text: iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), utf16), charset: utf16, source: 'detected' }

  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const utf8 = utf8Verdict(buffer)
  const declarations: [string | null, CharsetSource][] = [[normaliseCharset(httpCharset), 'http']]
  // Valid UTF-8 is UTF-8 whatever a page declares, unless it is plain ASCII that could be an
  // escape-based charset (ISO-2022, whose escapes start with ESC): no need to look.
  const settled = utf8.valid && (utf8.multiByte || !buffer.includes(0x1b))
  if (scanDocument && !settled) declarations.push([documentCharset(bytes), 'document'])

  for (const [charset, source] of declarations) {
    if (!charset) continue
    if (charset === 'utf-8') {
      if (utf8.plausible) return { text: utf8.text(), charset, source }
    } else if (!(utf8.valid && utf8.multiByte)) {
      return { text: iconv().decode(buffer, charset), charset, source }
    }
  }
  if (utf8.plausible) return { text: utf8.text(), charset: 'utf-8', source: 'detected' }
  const detected = detectCharset(buffer)
  return { text: iconv().decode(buffer, detected), charset: detected, source: 'detected' }
}

/** The document's own declaration; a page that claims UTF-16 without a BOM is ASCII-compatible, so UTF-8 (as the HTML spec says). */
function documentCharset(bytes: Uint8Array): string | null {
  const charset = normaliseCharset(declaredCharset(bytes))
  return charset?.startsWith('utf-16') ? 'utf-8' : charset
}

interface Utf8Verdict {
  valid: boolean
  multiByte: boolean
  /** Valid, or nearly so: a stray broken sequence in a UTF-8 page does not make it another charset. */
  plausible: boolean
  text: () => string
}

function utf8Verdict(buffer: Buffer): Utf8Verdict {
  const valid = isUtf8(buffer)
  const multiByte = buffer.some((b) => b >= 0x80)
  if (valid) return { valid, multiByte, plausible: true, text: () => buffer.toString('utf8') }
  const text = buffer.toString('utf8')
  let replaced = 0
  let nonAscii = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0xfffd) replaced++
    else if (c >= 0x80) nonAscii++
  }
  // Legacy 8-bit text read as UTF-8 is almost all replacement characters; UTF-8 with a stray bad byte almost none.
  return { valid, multiByte, plausible: nonAscii >= 10 * replaced, text: () => text }
}

/** chardet's best guess that iconv-lite can decode, read with WHATWG label rules; windows-1252 when all guesses fail. */
function detectCharset(buffer: Buffer): string {
  for (const match of chardet().analyse(buffer)) {
    const charset = normaliseCharset(match.name)
    if (charset) return charset
  }
  return 'windows-1252'
}
