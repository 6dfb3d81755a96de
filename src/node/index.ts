// The `hanseek/node` entry: file-system helpers (Node only).
export { readDigestFolder, readDigestInputs, parseDigestPaths, findDigestFiles } from './read-digest-folder.js'
export type { DigestFile } from './read-digest-folder.js'
