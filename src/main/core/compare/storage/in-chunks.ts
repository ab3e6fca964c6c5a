/**
 * Reading the words of thousands of statements on the main thread takes 30–80 ms at once at 100,000
 * articles (issue 12): read a few hundred at a time, the event loop let go in between, main never holds
 * the window's requests for more than a few milliseconds.
 */

/** Statements read per query. */
export const CHUNK = 500

/** Lets the event loop run whatever waits (an IPC request, a timer) before going on. */
export function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/** `read` over the ids a chunk at a time, the results in order, the loop let go between chunks. */
export async function inChunks<T>(ids: readonly number[], read: (chunk: number[]) => T[]): Promise<T[]> {
  const out: T[] = []
  for (let at = 0; at < ids.length; at += CHUNK) {
    if (at > 0) await yieldToLoop()
    out.push(...read(ids.slice(at, at + CHUNK)))
  }
  return out
}
