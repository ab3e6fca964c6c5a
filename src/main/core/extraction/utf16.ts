/**
 * UTF-16 text saved without a byte-order mark (some Windows tools write it so). Text in any
 * ASCII-compatible charset has no NUL bytes, while UTF-16 of mostly Latin, Cyrillic or markup text
 * has one byte of nearly every pair zero (Latin, markup) or the same high byte (0x04 for Cyrillic):
 * the position of the zeros tells the byte order. Without this, such a file looks binary.
 */

const SNIFF_BYTES = 4096
/** Share of characters whose high byte is zero: spaces, digits, markup and Latin letters (even Cyrillic prose has its spaces). */
const MIN_ZERO_SHARE = 0.05
/** Share of low bytes that may be zero (almost none in real text). */
const MAX_STRAY_ZERO_SHARE = 0.02
/** Share of high bytes that are zero or the one script's block (0x04 for Cyrillic): text of one alphabet; binary data scatters. */
const MIN_ONE_SCRIPT_SHARE = 0.9

export type Utf16 = 'utf-16le' | 'utf-16be'

/** The byte order of BOM-less UTF-16 text, or null when the bytes are not evidently UTF-16. */
export function sniffUtf16(bytes: Uint8Array): Utf16 | null {
  const length = Math.min(bytes.byteLength, SNIFF_BYTES) & ~1
  if (length < 8) return null
  if (looksLike(bytes, length, 1)) return 'utf-16le'
  if (looksLike(bytes, length, 0)) return 'utf-16be'
  return null
}

/** Whether the bytes read as UTF-16 with the high byte of each pair at offset `high` (1: little-endian). */
function looksLike(bytes: Uint8Array, length: number, high: 0 | 1): boolean {
  const pairs = length / 2
  const highCounts = new Uint32Array(256)
  let lowZeros = 0
  for (let i = 0; i < length; i += 2) {
    highCounts[bytes[i + high]]++
    if (bytes[i + 1 - high] === 0) lowZeros++
  }
  const zeros = highCounts[0]
  let script = 0
  for (let b = 1; b < 256; b++) if (highCounts[b] > script) script = highCounts[b]
  return zeros / pairs >= MIN_ZERO_SHARE && lowZeros / pairs <= MAX_STRAY_ZERO_SHARE && (zeros + script) / pairs >= MIN_ONE_SCRIPT_SHARE
}
