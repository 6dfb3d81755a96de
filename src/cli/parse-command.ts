export async function runParseCommand(_args: string[]): Promise<number> {
  process.stderr.write('hanseek: the parse command is not implemented yet\n')
  return 1
}
