import { defineConfig } from 'tsup'

// Five entry points (see DESIGN.md "Entry points"). The library entries ship as ESM + CJS with
// declarations; the CLI is ESM only and gets a shebang.
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      build: 'src/build/index.ts',
      ingest: 'src/ingest/index.ts',
      node: 'src/node/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    splitting: true,
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
])
