// The `hanseek/node` entry: file-system helpers (Node only).
export {}
