export async function runBuildCommand(_args: string[]): Promise<number> {
  process.stderr.write('hanseek: the build command is not implemented yet\n')
  return 1
}
