import type * as LibmimePackage from 'libmime'
import type * as Libqp from 'libqp'
import { lazyPackage } from '../lazy-package'

const libmimePackage = lazyPackage<typeof LibmimePackage>('libmime')
/** An instance like the package's default export (a Libmime with the default settings). */
let libmimeInstance: LibmimePackage.Libmime | undefined
const libmime = () => (libmimeInstance ??= new (libmimePackage().Libmime)())
const libqp = lazyPackage<typeof Libqp>('libqp')
import { ExtractionError } from './types'

/** The page inside an MHTML ("Webpage, single file") archive. */
export interface MhtmlPage {
  /** The HTML part's body, transfer-decoded but still in its own charset. */
  html: Uint8Array
  /** The charset named on the HTML part's Content-Type, if any. */
  charset: string | undefined
  /** The page's address: the HTML part's Content-Location, else the archive's. */
  url: string | null
  /** The archive's Subject header: browsers store the page title there. */
  subject: string | null
}

interface MimePart {
  headers: Record<string, string[]>
  body: Buffer
}

/** Part headers are a few hundred bytes; a part without its blank line within this much has none. */
const MAX_HEADER_BYTES = 16 * 1024
/** A MIME archive saved by a browser may hold nested multiparts; deeper is malformed or hostile. */
const MAX_DEPTH = 4

/**
 * Reads the root HTML document out of an MHTML archive (RFC 2557: multipart/related; the root is
 * the part named by the `start` parameter, else the first part). Headers, parameters and
 * encoded words are decoded by libmime, quoted-printable by libqp; the multipart body is split
 * on its boundary lines here, because the available MIME parsers are all asynchronous.
 */
export function readMhtml(bytes: Uint8Array): MhtmlPage {
  const archive = splitPart(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  if (!archive || !archive.headers['content-type']) throw new ExtractionError('not valid MHTML: no MIME headers with a Content-Type')
  const page = findHtmlPart(archive, 0)
  if (!page) throw new ExtractionError('not valid MHTML: no text/html part')
  const type = libmime().parseHeaderValue(header(page, 'content-type') ?? 'text/html')
  const subject = header(archive, 'subject')
  return {
    html: transferDecode(page),
    charset: type.params.charset,
    url: httpUrl(header(page, 'content-location')) ?? httpUrl(header(archive, 'snapshot-content-location')) ?? httpUrl(header(archive, 'content-location')),
    subject: subject ? libmime().decodeWords(subject).trim() || null : null,
  }
}

function findHtmlPart(part: MimePart, depth: number): MimePart | null {
  const type = libmime().parseHeaderValue(header(part, 'content-type') ?? 'text/plain')
  const mediaType = type.value.toLowerCase()
  if (mediaType === 'text/html' || mediaType === 'application/xhtml+xml') return part
  if (!mediaType.startsWith('multipart/') || depth >= MAX_DEPTH) return null
  const boundary = type.params.boundary
  if (!boundary) throw new ExtractionError(`not valid MHTML: ${mediaType} without a boundary`)
  const children = splitMultipart(part.body, boundary)
  if (children.length === 0) throw new ExtractionError('not valid MHTML: no parts between the boundaries')
  const startId = type.params.start?.trim()
  const ordered = startId ? [...children.filter((c) => header(c, 'content-id')?.trim() === startId), ...children] : children
  for (const child of ordered) {
    const found = findHtmlPart(child, depth + 1)
    if (found) return found
  }
  return null
}

/** The parts between `--boundary` delimiter lines, up to the closing `--boundary--` (or the end of a truncated file). */
function splitMultipart(body: Buffer, boundary: string): MimePart[] {
  const text = body.toString('latin1')
  const delimiter = '--' + boundary
  const parts: MimePart[] = []
  let openedAt = -1
  for (let at = text.startsWith(delimiter) ? 0 : nextDelimiter(text, delimiter, 0); at !== -1; at = nextDelimiter(text, delimiter, at + 1)) {
    if (openedAt !== -1) pushPart(parts, body.subarray(openedAt, at - (text[at - 2] === '\r' ? 2 : 1)))
    if (text.startsWith('--', at + delimiter.length)) return parts
    const lineEnd = text.indexOf('\n', at)
    if (lineEnd === -1) return parts
    openedAt = lineEnd + 1
  }
  if (openedAt !== -1) pushPart(parts, body.subarray(openedAt))
  return parts
}

/** The start of the next line that is the delimiter (followed by "--", whitespace or the line's end). */
function nextDelimiter(text: string, delimiter: string, from: number): number {
  for (let i = text.indexOf('\n' + delimiter, from - 1); i !== -1; i = text.indexOf('\n' + delimiter, i + 1)) {
    const next = text[i + 1 + delimiter.length]
    if (next === undefined || next === '-' || next === '\r' || next === '\n' || next === ' ' || next === '\t') return i + 1
  }
  return -1
}

function pushPart(parts: MimePart[], entity: Buffer): void {
  const part = splitPart(entity)
  if (part) parts.push(part)
}

/** Headers (up to the first empty line) and body of one MIME entity. */
function splitPart(entity: Buffer): MimePart | null {
  const text = entity.toString('latin1', 0, Math.min(entity.byteLength, MAX_HEADER_BYTES))
  const match = /\r?\n\r?\n/.exec(text)
  if (!match) return null
  const headers = libmime().decodeHeaders(text.slice(0, match.index), { skipPrototypeKeys: true })
  return { headers, body: entity.subarray(match.index + match[0].length) }
}

function transferDecode(part: MimePart): Uint8Array {
  const encoding = header(part, 'content-transfer-encoding')?.trim().toLowerCase()
  if (encoding === 'quoted-printable') return libqp().decode(part.body)
  if (encoding === 'base64') return Buffer.from(part.body.toString('latin1'), 'base64')
  return part.body
}

function header(part: MimePart, name: string): string | undefined {
  return part.headers[name]?.[0]
}

function httpUrl(value: string | undefined): string | null {
  const trimmed = value?.trim().replace(/^<|>$/g, '')
  return trimmed && /^https?:\/\//i.test(trimmed) ? trimmed : null
}
