/**
 * Reads a streamed body into memory up to a limit, stopping (and so dropping the connection) as
 * soon as the limit is passed: a 100 MB answer costs at most `limit` bytes of memory.
 */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`larger than the ${formatBytes(limit)} limit`)
    this.name = 'BodyTooLargeError'
  }
}

export async function readBody(body: AsyncIterable<Uint8Array> | null, limit: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0)
  const chunks: Uint8Array[] = []
  let size = 0
  // Leaving the loop early (throw) cancels the stream, which closes the connection.
  for await (const chunk of body) {
    size += chunk.byteLength
    if (size > limit) throw new BodyTooLargeError(limit)
    chunks.push(chunk)
  }
  const out = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.byteLength
  }
  return out
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`
  if (n >= 1024) return `${Math.round(n / 1024)} KB`
  return `${n} bytes`
}
