export { extractStatements } from './extract'
export type { StatementCandidate, StatementExtractionOptions, StatementKind } from './types'
