// The `hanseek` command: a table of subcommands, each in its own module next to this file.
import { runParseCommand } from './parse-command.js'
import { runBuildCommand } from './build-command.js'
import { runSearchCommand } from './search-command.js'
import { runStatsCommand } from './stats-command.js'

/** A subcommand gets its own arguments (after the subcommand name) and returns the exit code. */
export type Command = (args: string[]) => Promise<number>

const commands: Record<string, { run: Command; summary: string }> = {
  parse: { run: runParseCommand, summary: 'parse digests and print papers as JSON or NDJSON' },
  build: { run: runBuildCommand, summary: 'build an index file from digest folders or files' },
  search: { run: runSearchCommand, summary: 'search an index (the sample index when none is given)' },
  stats: { run: runStatsCommand, summary: 'show counts, fields, size and analyzer of an index' },
}

function usage(): string {
  const lines = Object.entries(commands).map(([name, { summary }]) => `  ${name.padEnd(8)}${summary}`)
  return ['Usage: hanseek <command> [options]', '', 'Commands:', ...lines, '', 'Run `hanseek <command> --help` for its options.'].join('\n')
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n')
    return name === undefined ? 2 : 0
  }
  const command = commands[name]
  if (!command) {
    process.stderr.write(`hanseek: unknown command '${name}'\n\n${usage()}\n`)
    return 2
  }
  return command.run(rest)
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  },
)
