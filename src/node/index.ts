// The `hanseek/node` entry: file-system helpers (Node only).
export { readDigestFolder, readDigestInputs, parseDigestPaths, findDigestFiles } from './read-digest-folder.js'
export type { DigestFile, FindDigestFilesOptions } from './read-digest-folder.js'
export { writeFileAtomic } from './write-file-atomic.js'
export { readIndexFile } from './read-index-file.js'
