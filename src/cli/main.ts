// The `hanseek` command. Subcommands live in their own modules next to this file.
console.log('hanseek: not implemented yet')
