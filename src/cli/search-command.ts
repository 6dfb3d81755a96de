export async function runSearchCommand(_args: string[]): Promise<number> {
  process.stderr.write('hanseek: the search command is not implemented yet\n')
  return 1
}
