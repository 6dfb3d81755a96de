// The `hanseek/ingest` entry: parse Markdown digests into Paper records (browser-safe).
export {}
