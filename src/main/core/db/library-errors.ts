/** Why a file is not opened as a library. Every refusal happens before anything is written to it. */
export class LibraryRefusedError extends Error {
  constructor(
    readonly reason: 'not-sqlite' | 'foreign' | 'damaged',
    message: string,
  ) {
    super(message)
    this.name = 'LibraryRefusedError'
  }
}
