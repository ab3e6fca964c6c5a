/**
 * Errors the library reports to callers. `code` matches the API's error codes so the API layer and
 * the CLI can pass the message on unchanged.
 */
export class LibraryError extends Error {
  constructor(
    readonly code: 'not-found' | 'refused',
    message: string,
  ) {
    super(message)
    this.name = 'LibraryError'
  }
}

export const notFound = (what: string) => new LibraryError('not-found', `${what} does not exist (it may have been deleted)`)
