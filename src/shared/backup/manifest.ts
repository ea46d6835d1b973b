import { z } from 'zod'

// The data manifest: a few numbers kept OUTSIDE IndexedDB (by main in the desktop app), so that
// a database that comes up empty or much smaller than it was (a reset profile, a changed origin,
// a wiped or corrupted store) is noticed before anything writes over the evidence.

const count = z.number().int().nonnegative()

export const dataManifestSchema = z.object({
  version: z.literal(1),
  updatedAt: z.iso.datetime({ offset: true }),
  /** Records per table, as last seen by the app. */
  counts: z.record(z.string().max(64), count).refine((c) => Object.keys(c).length <= 200),
  lastBackup: z
    .object({
      name: z.string().max(200),
      createdAt: z.iso.datetime({ offset: true }),
      /** The data fingerprint at that backup: unchanged data needs no new automatic backup. */
      fingerprint: z.string().max(4000),
    })
    .optional(),
})
export type DataManifest = z.infer<typeof dataManifestSchema>

/** Tables whose records are the user's work (settings and history alone are not). */
const WORK_TABLES_IGNORED = new Set(['settings', 'changeLog'])

export function countWork(counts: Readonly<Record<string, number>>): number {
  let total = 0
  for (const [table, n] of Object.entries(counts)) if (!WORK_TABLES_IGNORED.has(table)) total += n
  return total
}

export type LossCheck =
  | { status: 'ok' }
  | {
      status: 'suspect'
      expected: number
      found: number
      expectedEvents: number
      foundEvents: number
    }

/** Below this share of what the manifest remembers, the database counts as "much smaller". */
export const LOSS_RATIO = 0.5
/** Tiny databases shrink by half with one deletion; do not alarm anyone below this size. */
export const LOSS_MIN_RECORDS = 10

/**
 * Compares what the database holds now with what the manifest remembers. Suspect when the
 * events are gone, or the records shrank below half of a non-trivial remembered amount, AND the
 * history did not grow: every deletion the app makes adds to the change log, a wipe takes the
 * log with it. (A database whose history was empty is judged on its records alone.)
 */
export function checkForSilentLoss(
  manifest: DataManifest | null,
  counts: Readonly<Record<string, number>>,
): LossCheck {
  if (!manifest) return { status: 'ok' }
  const expected = countWork(manifest.counts)
  const found = countWork(counts)
  const expectedEvents = manifest.counts.events ?? 0
  const foundEvents = counts.events ?? 0
  const eventsGone = expectedEvents > 0 && foundEvents === 0
  const shrank = expected >= LOSS_MIN_RECORDS && found < expected * LOSS_RATIO
  const history = manifest.counts.changeLog ?? 0
  const explained = history > 0 && (counts.changeLog ?? 0) > history
  return (eventsGone || shrank) && !explained
    ? { status: 'suspect', expected, found, expectedEvents, foundEvents }
    : { status: 'ok' }
}

/** A cheap stand-in for "has anything changed": counts per table plus the change log's end. */
export function dataFingerprint(
  counts: Readonly<Record<string, number>>,
  lastChangeSeq: number,
): string {
  const parts = Object.keys(counts)
    .sort()
    .map((k) => `${k}:${counts[k]}`)
  return `${parts.join(',')}|${lastChangeSeq}`
}
