/** The `parallax` command (bin/parallax.mjs runs the built copy of this file). */
import { runCli } from './program'

// `parallax list | head` closes stdout early: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw err
})

void runCli(process.argv.slice(2), {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  outIsTty: Boolean(process.stdout.isTTY),
  errIsTty: Boolean(process.stderr.isTTY),
  columns: process.stdout.columns,
}).then((code) => {
  process.exitCode = code
})
