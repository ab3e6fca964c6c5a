import { extname } from 'node:path'
import { byteOrderMark } from './charset'
import { sniffUtf16 } from './utf16'
import { ExtractionError } from './types'

export type InputKind = 'html' | 'mhtml' | 'text'

const BY_EXTENSION: Record<string, InputKind> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.shtml': 'html',
  '.mhtml': 'mhtml',
  '.mht': 'mhtml',
  '.txt': 'text',
  '.text': 'text',
}

/** File signatures of formats people drop by mistake, named in the error message. */
const SIGNATURES: [magic: string, name: string][] = [
  ['%PDF-', 'a PDF document'],
  ['\x89PNG', 'a PNG image'],
  ['\xff\xd8\xff', 'a JPEG image'],
  ['GIF87a', 'a GIF image'],
  ['GIF89a', 'a GIF image'],
  ['PK\x03\x04', 'a ZIP archive or Office document'],
  ['\x1f\x8b', 'a gzip archive'],
  ['Rar!\x1a', 'a RAR archive'],
  ['7z\xbc\xaf', 'a 7-Zip archive'],
  ['\xd0\xcf\x11\xe0', 'an old Office document'],
  ['\x7fELF', 'a program'],
  ['SQLite format 3\x00', 'an SQLite database'],
]

const SNIFF_BYTES = 8192

/**
 * Refuses what is not text: an empty file, a known binary format, or NUL bytes or many control
 * characters in the first kilobytes (text in any ASCII-compatible charset has neither; UTF-16
 * text carries a BOM or is recognised by where its zero bytes stand).
 */
export function assertTextual(bytes: Uint8Array): void {
  if (bytes.byteLength === 0) throw new ExtractionError('empty file')
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SNIFF_BYTES))
  if (byteOrderMark(head)?.charset.startsWith('utf-16') || sniffUtf16(head)) return
  const latin = head.toString('latin1')
  for (const [magic, name] of SIGNATURES)
    if (latin.startsWith(magic)) throw new ExtractionError(`binary file (${name}), not a web page`)
  if (head.includes(0) || controlShare(head) > 0.05) throw new ExtractionError('binary file, not a web page')
  if (/^\s*$/.test(latin) && bytes.byteLength <= SNIFF_BYTES) throw new ExtractionError('empty file (only whitespace)')
}

/** The share of C0 control characters other than tab, line breaks, form feed and escape. */
function controlShare(head: Buffer): number {
  let controls = 0
  for (const b of head) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++
  return controls / head.byteLength
}

const MIME_ARCHIVE = /^MIME-Version:|^Content-Type:\s*multipart\/related|^From:.*\r?\n(?:[\w-]+:.*\r?\n)*MIME-Version:/i
const HTML_START = /^(?:<!doctype\s+html|<html|<head|<\?xml[^>]*>\s*(?:<!doctype\s+html|<html))/i

/**
 * The kind of input: from the file name's extension, else from what the content looks like.
 * A web archive saved under an .html name (some browsers and tools do) is still read as one.
 */
export function inputKind(fileName: string, bytes: Uint8Array): InputKind {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SNIFF_BYTES))
  const head = headText(raw).replace(/^\xEF\xBB\xBF/, '').trimStart()
  const byName = BY_EXTENSION[extname(fileName).toLowerCase()]
  if (byName === 'html' && MIME_ARCHIVE.test(head)) return 'mhtml'
  if (byName) return byName
  if (MIME_ARCHIVE.test(head)) return 'mhtml'
  if (HTML_START.test(head) || /<(?:html|head|body|p|div|article)[\s>]/i.test(head.slice(0, 2048))) return 'html'
  return 'text'
}

/** The first bytes as characters for sniffing: UTF-16 (with or without a BOM) read as such, else byte by byte. */
function headText(raw: Buffer): string {
  const bom = byteOrderMark(raw)?.charset
  const utf16 = bom?.startsWith('utf-16') ? bom : sniffUtf16(raw)
  if (!utf16) return raw.toString('latin1')
  const even = Buffer.from(raw.subarray(0, raw.length & ~1))
  if (utf16 === 'utf-16be') even.swap16()
  return even.toString('utf16le').replace(/^\uFEFF/, '')
}
