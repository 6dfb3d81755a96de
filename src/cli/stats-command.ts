export async function runStatsCommand(_args: string[]): Promise<number> {
  process.stderr.write('hanseek: the stats command is not implemented yet\n')
  return 1
}
