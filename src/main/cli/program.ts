import { Command, CommanderError } from 'commander'
import { LibraryRefusedError } from '../core/db/library-errors'
import { LibraryVersionError } from '../core/db/migrate'
import { registerActors } from './commands/actors'
import { registerBackup } from './commands/backup'
import { registerCompare } from './commands/compare'
import { registerEdit } from './commands/edit'
import { registerExport } from './commands/export'
import { registerExtract } from './commands/extract'
import { registerImport } from './commands/import'
import { registerJobs } from './commands/jobs'
import { registerList } from './commands/list'
import { registerPersons } from './commands/persons'
import { registerReextract } from './commands/reextract'
import { registerSearch } from './commands/search'
import { registerSearches } from './commands/searches'
import { registerShow } from './commands/show'
import { registerStatements } from './commands/statements'
import { registerTerms } from './commands/terms'
import { CliContext, type CliIo } from './context'

export type RegisterCommand = (program: Command, ctx: CliContext) => void

/** Every command, one file each under commands/; a new command adds one line here. */
const COMMANDS: RegisterCommand[] = [registerImport, registerList, registerSearch, registerSearches, registerShow, registerExtract, registerCompare, registerJobs, registerActors, registerPersons, registerStatements, registerEdit, registerExport, registerReextract, registerTerms, registerBackup]

export const EXIT_OK = 0
export const EXIT_FAILED = 1
export const EXIT_USAGE = 2

/** Runs the CLI on `argv` (without node and script) and resolves with the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const ctx = new CliContext(io)
  const program = new Command('parallax')
    .description('Parallax: a library of saved news articles, from the command line')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
  for (const register of COMMANDS) register(program, ctx)
  for (const command of program.commands) command.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err })

  try {
    await program.parseAsync(argv, { from: 'user' })
    return ctx.exitCode
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version are successes; everything else commander reports is a usage error.
      const ok = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help'
      return ok ? EXIT_OK : EXIT_USAGE
    }
    if (err instanceof LibraryVersionError || err instanceof LibraryRefusedError) {
      io.err(`parallax: ${err.message}\n`)
      return EXIT_FAILED
    }
    io.err(`parallax: ${err instanceof Error ? err.message : String(err)}\n`)
    return EXIT_FAILED
  }
}
