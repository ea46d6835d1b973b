import { backupFileName, BACKUP_EXTENSION } from '../../../../shared/backup/file-names'
import {
  openBackupFile,
  writeBackupFile,
  type BackupReason,
  type OpenResult,
  type TableDump,
} from '../../../../shared/backup/format'
import { dataFingerprint } from '../../../../shared/backup/manifest'
import { LATEST_SCHEMA_VERSION, type Repositories } from '../../db'
import { RestoreError, snapshotDatabase, type Progress } from '../../db/backup-repo'
import type { SekretariatDb } from '../../db/database'
import { host } from '../../platform'
import { noteBackupMade, refreshManifest } from './data-manifest'
import { shelfFor } from './backup-shelf'

// Making, saving and restoring backups: the steps the screens and other features call.

export const BACKUP_FILTERS = [{ name: 'Sekretariat backup', extensions: [BACKUP_EXTENSION] }]

let appVersion: Promise<string> | undefined
export const version = () =>
  (appVersion ??= host
    .appInfo()
    .then((info) => info.version)
    .catch(() => '0.0.0'))

/** Counts and change-log end of a snapshot: what "changed since the last backup" compares. */
export function fingerprintOf(tables: readonly TableDump[]): string {
  const counts = Object.fromEntries(tables.map((t) => [t.name, t.rows.length]))
  const log = tables.find((t) => t.name === 'changeLog')?.rows ?? []
  const last = log.reduce<number>(
    (max, r) => Math.max(max, Number((r as { seq?: number }).seq) || 0),
    0,
  )
  return dataFingerprint(counts, last)
}

export interface BuiltBackup {
  name: string
  createdAt: string
  bytes: Uint8Array
  fingerprint: string
}

async function build(
  tables: TableDump[],
  schemaVersion: number,
  reason: BackupReason,
): Promise<BuiltBackup> {
  const at = new Date()
  const bytes = await writeBackupFile({
    kind: 'backup',
    reason,
    appVersion: await version(),
    schemaVersion,
    createdAt: at.toISOString(),
    tables,
  })
  return {
    name: backupFileName(at, reason),
    createdAt: at.toISOString(),
    bytes,
    fingerprint: fingerprintOf(tables),
  }
}

/** A backup of everything now, as a file (not yet saved anywhere). */
export async function buildBackup(
  repos: Repositories,
  reason: BackupReason,
  options: Progress = {},
): Promise<BuiltBackup> {
  const tables = await repos.backups.snapshot(options)
  return build(tables, repos.backups.schemaVersion(), reason)
}

/** Makes a backup and keeps it: in the backups folder, or on the browser's shelf. */
export async function saveBackup(
  repos: Repositories,
  reason: BackupReason,
  options: Progress = {},
): Promise<BuiltBackup> {
  const backup = await buildBackup(repos, reason, options)
  await shelfFor().write(backup.name, backup.bytes)
  await noteBackupMade(repos, backup).catch(() => undefined)
  return backup
}

/** Thrown when the safety backup before a risky change could not be made; nothing changed. */
export class BackupFailedError extends Error {
  constructor(override readonly cause: unknown) {
    super('backup_failed')
    this.name = 'BackupFailedError'
  }
}

/** A backup before a risky change; throws BackupFailedError (or "cancelled") when it cannot. */
async function safetyBackup(
  repos: Repositories,
  reason: BackupReason,
  options: Progress,
): Promise<BuiltBackup> {
  try {
    return await saveBackup(repos, reason, options)
  } catch (error) {
    // Cancelling is not a failure: say "cancelled", not "the backup failed".
    throw error instanceof RestoreError && error.code === 'cancelled'
      ? error
      : new BackupFailedError(error)
  }
}

/**
 * Call before an import, an undo of an import, or any other change that replaces many records:
 * makes a backup first and throws BackupFailedError (so the change is not made) when it cannot.
 */
export function backupBeforeRisk(
  repos: Repositories,
  reason: Extract<
    BackupReason,
    'before-import' | 'before-undo-import' | 'before-bundle-import' | 'before-purge'
  >,
  options: Progress = {},
): Promise<BuiltBackup> {
  return safetyBackup(repos, reason, options)
}

/** For openDataLayer: the data as stored, backed up before a schema upgrade touches it. */
export async function backupBeforeUpgrade(stored: SekretariatDb): Promise<void> {
  const built = await build(await snapshotDatabase(stored), stored.verno, 'before-upgrade')
  await shelfFor().write(built.name, built.bytes)
}

/** Checks a file and reads what it holds; never changes anything. */
export function inspectBackup(bytes: Uint8Array): Promise<OpenResult> {
  return openBackupFile(bytes, { latestSchemaVersion: LATEST_SCHEMA_VERSION, kind: 'backup' })
}

export type OpenedBackup = Extract<OpenResult, { ok: true }>

/**
 * Restores a checked backup: a backup of the current data first (the undo), then everything in
 * one transaction. Progress runs twice: while backing up, then while writing.
 */
export async function restoreBackup(
  repos: Repositories,
  opened: OpenedBackup,
  options: Progress & { onPhase?: (phase: 'backup' | 'restore') => void } = {},
): Promise<{ undoBackup: string }> {
  options.onPhase?.('backup')
  const before = await safetyBackup(repos, 'before-restore', options)
  options.onPhase?.('restore')
  await repos.backups.restore(
    opened.tables,
    opened.header.schemaVersion,
    {
      at: new Date().toISOString(),
      backupCreatedAt: opened.header.createdAt,
      undoBackup: before.name,
    },
    options,
  )
  await refreshManifest(repos).catch(() => undefined)
  return { undoBackup: before.name }
}
