// The date span of an index (stats and the file header), over live rows.

import type { DocumentStore } from './document-store.js'

/** Oldest and newest first-digest date over live rows; null for an empty index. */
export function dateRange(store: DocumentStore): { oldest: string | null; newest: string | null } {
  let oldest: string | null = null
  let newest: string | null = null
  for (let row = 0; row < store.rowCount; row++) {
    if (!store.alive[row]) continue
    const date = store.dates[row]![0] ?? ''
    if (oldest === null || date < oldest) oldest = date
    if (newest === null || date > newest) newest = date
  }
  return { oldest, newest }
}
