import { planBundleImport, type BundlePlan, type Conflict } from '../../../../shared/backup/bundle'
import { BUNDLE_EXTENSION } from '../../../../shared/backup/file-names'
import {
  openBackupFile,
  writeBackupFile,
  type BackupErrorCode,
  type BackupHeader,
  type TableDump,
} from '../../../../shared/backup/format'
import type { EventRecord } from '../../../../shared/events/model'
import { LATEST_SCHEMA_VERSION, type Repositories } from '../../db'
import { upgradeTables, type Progress } from '../../db/backup-repo'
import { backupBeforeRisk, version } from './backup-service'

// Event bundles: export one event to hand over, and import one with a plan the user reviews.

export const BUNDLE_FILTERS = [{ name: 'Sekretariat event bundle', extensions: [BUNDLE_EXTENSION] }]

/** A file name from the event's short or English name: letters, digits, spaces and dashes. */
export function bundleFileName(event: EventRecord, at: Date): string {
  const stem = (event.shortName || event.nameEn)
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N} _-]+/gu, '')
    .trim()
    .slice(0, 80)
  return `${stem || 'event'} ${at.toISOString().slice(0, 10)}.${BUNDLE_EXTENSION}`
}

export async function exportEventBundle(
  repos: Repositories,
  event: EventRecord,
  includeSecrets: boolean,
): Promise<{ name: string; bytes: Uint8Array }> {
  const at = new Date()
  const tables = await repos.backups.bundles.snapshotEvent(event.id, includeSecrets)
  const bytes = await writeBackupFile({
    kind: 'event-bundle',
    reason: 'bundle',
    appVersion: await version(),
    schemaVersion: repos.backups.schemaVersion(),
    createdAt: at.toISOString(),
    tables,
    bundle: { eventId: event.id, includesSecrets: includeSecrets },
  })
  return { name: bundleFileName(event, at), bytes }
}

export interface OpenedBundle {
  header: BackupHeader
  tables: TableDump[]
  plan: BundlePlan
}

/** Checks a bundle file, brings it to this schema, and plans it against this laptop's data. */
export async function openEventBundle(
  repos: Repositories,
  bytes: Uint8Array,
  options: Progress = {},
): Promise<{ ok: true; bundle: OpenedBundle } | { ok: false; code: BackupErrorCode }> {
  const opened = await openBackupFile(bytes, {
    latestSchemaVersion: LATEST_SCHEMA_VERSION,
    kind: 'event-bundle',
  })
  if (!opened.ok) return opened
  const tables =
    opened.header.schemaVersion < repos.backups.schemaVersion()
      ? await upgradeTables(opened.tables, opened.header.schemaVersion, options.signal)
      : opened.tables
  const local = await repos.backups.bundles.localCopies(tables)
  const plan = planBundleImport(tables, (table, id) => local.get(`${table}:${id}`))
  return { ok: true, bundle: { header: opened.header, tables, plan } }
}

/**
 * Imports a reviewed bundle: a backup first (the undo), then new records and the conflicts the
 * user resolved with "take the bundle's", in one transaction.
 */
export async function importEventBundle(
  repos: Repositories,
  bundle: OpenedBundle,
  takeTheirs: ReadonlySet<string>,
): Promise<{ undoBackup: string; added: number; replaced: number }> {
  const before = await backupBeforeRisk(repos, 'before-bundle-import')
  const replace = bundle.plan.conflicts.filter((c) => takeTheirs.has(conflictKey(c)))
  await repos.backups.bundles.applyBundle(bundle.header.bundle?.eventId ?? '', {
    add: bundle.plan.add,
    replace,
  })
  return { undoBackup: before.name, added: bundle.plan.add.length, replaced: replace.length }
}

export const conflictKey = (c: Pick<Conflict, 'table' | 'id'>) => `${c.table}:${c.id}`
