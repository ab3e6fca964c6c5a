/**
 * What a response body is, from its Content-Type and, where that is missing or vague, its first
 * bytes. Fetch jobs take web pages, feeds (XML or JSON Feed) and plain text; images, PDFs,
 * archives and other binaries are refused with a reason before their body is downloaded.
 */
export type BodyKind = 'html' | 'xml' | 'json' | 'text'

export interface ContentTypeInfo {
  /** Lower-case type/subtype, or null when the header is absent or unreadable. */
  mediaType: string | null
  charset: string | null
}

export function parseContentType(header: string | null): ContentTypeInfo {
  if (!header) return { mediaType: null, charset: null }
  const [type, ...params] = header.split(';')
  const mediaType = /^[\w!#$&^.+-]+\/[\w!#$&^.+-]+$/.test(type.trim()) ? type.trim().toLowerCase() : null
  let charset: string | null = null
  for (const param of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(param)
    if (m) charset = m[1].toLowerCase()
  }
  return { mediaType, charset }
}

/** A body kind, 'sniff' when only the bytes can tell, or the reason it is refused. */
export type Classification = BodyKind | 'sniff' | { refused: string }

const VAGUE = new Set(['application/octet-stream', 'binary/octet-stream', 'application/unknown', 'application/x-unknown', 'text/plain', 'application/force-download', 'application/download'])
const REFUSED_FAMILIES: Readonly<Record<string, string>> = {
  image: 'an image',
  audio: 'audio',
  video: 'a video',
  font: 'a font',
  model: 'a 3D model',
}
const REFUSED_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'a PDF document',
  'application/zip': 'a ZIP archive',
  'application/gzip': 'a gzip archive',
  'application/x-gzip': 'a gzip archive',
  'application/x-tar': 'a tar archive',
  'application/x-7z-compressed': 'a 7-Zip archive',
  'application/x-rar-compressed': 'a RAR archive',
  'application/msword': 'a Word document',
  'application/javascript': 'a script',
  'text/javascript': 'a script',
  'text/css': 'a style sheet',
  'application/wasm': 'a WebAssembly binary',
}

export function classifyMediaType(mediaType: string | null): Classification {
  if (mediaType == null || VAGUE.has(mediaType)) return 'sniff'
  if (mediaType === 'text/html' || mediaType === 'application/xhtml+xml') return 'html'
  if (mediaType === 'application/xml' || mediaType === 'text/xml' || mediaType.endsWith('+xml')) return 'xml'
  if (mediaType === 'application/json' || mediaType.endsWith('+json')) return 'json'
  const refusedType = REFUSED_TYPES[mediaType]
  if (refusedType) return { refused: `${mediaType} (${refusedType})` }
  const family = REFUSED_FAMILIES[mediaType.split('/')[0]]
  if (family) return { refused: `${mediaType} (${family})` }
  if (mediaType.startsWith('text/')) return 'text'
  if (mediaType.startsWith('application/vnd.') || mediaType.startsWith('application/x-')) return { refused: `${mediaType} (a binary file)` }
  return 'sniff'
}

const MAGIC: readonly [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive or Office document'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x52, 0x49, 0x46, 0x46], 'a RIFF media file'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable'],
  [[0x4d, 0x5a], 'an executable'],
]

/** The kind of a body whose type the header left open, from its first bytes. */
export function sniffBody(bytes: Uint8Array): BodyKind | { refused: string } {
  for (const [magic, what] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) return { refused: `binary data (${what})` }
  }
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
  const head = bytes.subarray(0, 1024)
  if (!utf16 && head.includes(0)) return { refused: 'binary data' }
  // Latin-1 maps every byte to one character: enough to look at ASCII markup.
  const start = new TextDecoder('latin1').decode(head).replace(/^(\ufeff|ï»¿|\u00fe\u00ff|\u00ff\u00fe|\0|\s)+/, '').replace(/\0/g, '')
  if (start.startsWith('{') || start.startsWith('[')) return 'json'
  if (/^<\?xml[^>]*>\s*(<!--[\s\S]*?-->\s*|<\?[\s\S]*?\?>\s*)*<(rss|feed|rdf:RDF|RDF)\b/i.test(start) || /^<(rss|feed|rdf:RDF)\b/i.test(start)) return 'xml'
  if (/^<(!doctype\s+html|html|head|body|meta|title|!--|div|p\b)/i.test(start)) return 'html'
  if (start.startsWith('<?xml')) return 'xml'
  if (start.startsWith('<')) return 'html'
  return 'text'
}
