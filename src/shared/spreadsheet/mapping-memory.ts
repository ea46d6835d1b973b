// Remembering a confirmed mapping: an embassy sends the same layout event after event. The key
// is the set of normalised header texts (order-insensitive), so moved columns still match;
// the renderer stores what rememberMapping returns and offers it back for the same key.
import type { HeaderColumn } from './find-header'
import { isImportField, type ColumnMapping, type ColumnTarget } from './map-columns'
import { hash53, normaliseKey } from './normalise'

export interface RememberedMapping {
  signature: string
  /** Normalised header text → target, in column order; duplicate headers keep their order. */
  targets: { header: string; target: ColumnTarget }[]
}

export function headerSignature(headers: readonly string[]): string {
  const keys = headers
    .map(normaliseKey)
    .filter((k) => k !== '')
    .sort()
  return `h1-${keys.length}-${hash53(keys.join('\u001f'))}`
}

export function rememberMapping(mapping: readonly ColumnMapping[]): RememberedMapping {
  return {
    signature: headerSignature(mapping.map((m) => m.header)),
    targets: mapping
      .filter((m) => normaliseKey(m.header) !== '')
      .map((m) => ({ header: normaliseKey(m.header), target: m.target })),
  }
}

const validTarget = (t: unknown): t is ColumnTarget =>
  typeof t === 'string' && (t === 'ignore' || t === 'extra_note' || isImportField(t))

/** The remembered mapping applied to these columns, or null when the headers differ. */
export function applyRememberedMapping(
  columns: readonly HeaderColumn[],
  remembered: RememberedMapping,
): ColumnMapping[] | null {
  if (headerSignature(columns.map((c) => c.label)) !== remembered.signature) return null
  const queue = remembered.targets.slice()
  return columns.map((col) => {
    const key = normaliseKey(col.label)
    const at = queue.findIndex((t) => t.header === key)
    const entry = at >= 0 ? queue.splice(at, 1)[0] : undefined
    // Stored data may be old or tampered with: an unknown target falls back to ignore.
    const target = entry && validTarget(entry.target) ? entry.target : 'ignore'
    return { column: col.index, header: col.label, target, confidence: 1 }
  })
}

/** The first remembered mapping that fits these columns. */
export function findRememberedMapping(
  columns: readonly HeaderColumn[],
  remembered: readonly RememberedMapping[],
): ColumnMapping[] | null {
  for (const r of remembered) {
    const applied = applyRememberedMapping(columns, r)
    if (applied) return applied
  }
  return null
}
