/**
 * The statement engine's version, recorded with every run (statement_runs.engine). Bump when the engine changes
 * enough that stored results should be refreshed (StatementService.extractPending, statement-repair.ts). A module
 * of its own, so that what only records runs (candidate-writer.ts) does not load the engine and its lexicons.
 */
export const STATEMENT_ENGINE_VERSION = 8
