/** Errors of events and comparisons; `code` matches the API's error codes so it can pass them on. */
export class CompareError extends Error {
  constructor(
    readonly code: 'not-found' | 'refused' | 'invalid-arguments',
    message: string,
  ) {
    super(message)
    this.name = 'CompareError'
  }
}

export const notFound = (what: string) => new CompareError('not-found', `${what} does not exist (it may have been deleted)`)
export const invalid = (message: string) => new CompareError('invalid-arguments', message)
