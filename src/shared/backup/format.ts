import { z } from 'zod'
import { bytesToHex } from './base64'
import { decodeValue, encodeValue, MalformedValueError, type Encoded } from './value-codec'

// The backup file, version 1. Two lines of UTF-8:
//   1. the header (JSON): what the file is, which app and schema wrote it, what it holds (table
//      counts, the events) and a SHA-256 checksum; small, so a list of backups reads only this;
//   2. the payload (JSON): every table, every record through the value codec.
// The checksum covers the header (without the checksum itself) and the payload, so a truncated,
// edited or damaged file is refused before anything is changed. Event bundles use the same file
// with kind 'event-bundle'.

export const BACKUP_FORMAT = 'sekretariat-backup'
export const BACKUP_FORMAT_VERSION = 1
export const MAX_HEADER_BYTES = 4 * 1024 * 1024

export const backupReasons = [
  'manual',
  'auto',
  'before-restore',
  'before-import',
  'before-undo-import',
  'before-upgrade',
  'before-bundle-import',
  'before-purge',
  'bundle',
] as const
export type BackupReason = (typeof backupReasons)[number]
export const backupKinds = ['backup', 'event-bundle'] as const
export type BackupKind = (typeof backupKinds)[number]

/** Why a file is refused; the renderer turns each into a sentence in the user's language. */
export type BackupErrorCode =
  'not_a_backup' | 'newer_format' | 'newer_schema' | 'unknown_schema' | 'damaged' | 'wrong_kind'

const tableName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/)
const keyPath = z.union([z.string().max(200), z.array(z.string().max(200)).max(10), z.null()])

export const eventSummarySchema = z.object({
  id: z.string().max(64),
  nameEn: z.string().max(300),
  nameId: z.string().max(300),
  startDate: z.string().max(10),
  endDate: z.string().max(10),
  archived: z.boolean(),
})
export type EventSummary = z.infer<typeof eventSummarySchema>

export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  kind: z.enum(backupKinds),
  reason: z.enum(backupReasons),
  appVersion: z.string().max(40),
  schemaVersion: z.number().int().positive().max(100_000),
  createdAt: z.iso.datetime({ offset: true }),
  tables: z.array(z.object({ name: tableName, count: z.number().int().nonnegative() })).max(200),
  events: z.array(eventSummarySchema).max(10_000),
  bundle: z.object({ eventId: z.string().max(64), includesSecrets: z.boolean() }).optional(),
  payloadBytes: z.number().int().nonnegative(),
  checksum: z.object({
    algorithm: z.literal('SHA-256'),
    value: z.string().regex(/^[0-9a-f]{64}$/),
  }),
})
export type BackupHeader = z.infer<typeof backupHeaderSchema>

/** One table as dumped: records in primary-key order; `keys` only for out-of-line keys. */
export interface TableDump {
  name: string
  keyPath: string | string[] | null
  rows: unknown[]
  keys?: unknown[]
}

export interface BackupContents {
  kind: BackupKind
  reason: BackupReason
  appVersion: string
  schemaVersion: number
  createdAt: string
  tables: readonly TableDump[]
  bundle?: { eventId: string; includesSecrets: boolean }
}

const encoder = new TextEncoder()
const NEWLINE = 0x0a

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return bytesToHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource)))
}

/** The events a backup holds, for the preview; read defensively from whatever was stored. */
export function summariseEvents(tables: readonly TableDump[]): EventSummary[] {
  const rows = tables.find((t) => t.name === 'events')?.rows ?? []
  const text = (value: unknown, max: number) =>
    typeof value === 'string' ? value.slice(0, max) : ''
  return rows.slice(0, 10_000).map((row) => {
    const r = (row ?? {}) as Record<string, unknown>
    return {
      id: text(r.id, 64),
      nameEn: text(r.nameEn, 300),
      nameId: text(r.nameId, 300),
      startDate: text(r.startDate, 10),
      endDate: text(r.endDate, 10),
      archived: typeof r.archivedAt === 'string' && r.archivedAt !== '',
    }
  })
}

function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.byteLength
  }
  return out
}

/** Builds the file. Throws UnsupportedValueError when a record holds something JSON cannot. */
export async function writeBackupFile(contents: BackupContents): Promise<Uint8Array<ArrayBuffer>> {
  const payload = encoder.encode(
    JSON.stringify({
      tables: contents.tables.map((t) => ({
        name: t.name,
        keyPath: t.keyPath,
        rows: t.rows.map(encodeValue),
        ...(t.keys ? { keys: t.keys.map(encodeValue) } : {}),
      })),
    }),
  )
  const core = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    kind: contents.kind,
    reason: contents.reason,
    appVersion: contents.appVersion,
    schemaVersion: contents.schemaVersion,
    createdAt: contents.createdAt,
    tables: contents.tables.map((t) => ({ name: t.name, count: t.rows.length })),
    events: summariseEvents(contents.tables),
    ...(contents.bundle ? { bundle: contents.bundle } : {}),
    payloadBytes: payload.byteLength,
  }
  const coreLine = encoder.encode(JSON.stringify(core))
  const value = await sha256Hex(concat([coreLine, new Uint8Array([NEWLINE]), payload]))
  const header = encoder.encode(
    JSON.stringify({ ...core, checksum: { algorithm: 'SHA-256', value } }),
  )
  return concat([header, new Uint8Array([NEWLINE]), payload])
}

export type HeaderResult =
  | { ok: true; header: BackupHeader; raw: Record<string, unknown>; payloadStart: number }
  | { ok: false; code: BackupErrorCode }

/**
 * Reads only the header line: enough to list a backup and preview it. Does not verify the
 * checksum (use openBackupFile for that). Foreign files are told apart from damaged ones.
 */
export function readBackupHeader(bytes: Uint8Array): HeaderResult {
  const limit = Math.min(bytes.byteLength, MAX_HEADER_BYTES)
  const end = bytes.subarray(0, limit).indexOf(NEWLINE)
  const magic = encoder.encode(`{"format":"${BACKUP_FORMAT}"`)
  const startsRight = bytes.byteLength >= magic.byteLength && magic.every((b, i) => bytes[i] === b)
  if (!startsRight) return { ok: false, code: 'not_a_backup' }
  if (end < 0) return { ok: false, code: 'damaged' }
  let raw: unknown
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end)))
  } catch {
    return { ok: false, code: 'damaged' }
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, code: 'damaged' }
  const record = raw as Record<string, unknown>
  if (typeof record.formatVersion === 'number' && record.formatVersion > BACKUP_FORMAT_VERSION)
    return { ok: false, code: 'newer_format' }
  const parsed = backupHeaderSchema.safeParse(record)
  if (!parsed.success) return { ok: false, code: 'damaged' }
  return { ok: true, header: parsed.data, raw: record, payloadStart: end + 1 }
}

export type OpenResult =
  { ok: true; header: BackupHeader; tables: TableDump[] } | { ok: false; code: BackupErrorCode }

export interface OpenOptions {
  /** The newest schema this app knows; a file from a newer one is refused. */
  latestSchemaVersion: number
  /** 'backup' for restore, 'event-bundle' for a bundle import. */
  kind: BackupKind
}

/** Verifies and decodes a whole file. Never throws on bad input: it answers a code. */
export async function openBackupFile(bytes: Uint8Array, options: OpenOptions): Promise<OpenResult> {
  const head = readBackupHeader(bytes)
  if (!head.ok) return head
  const { header, raw, payloadStart } = head
  if (header.kind !== options.kind) return { ok: false, code: 'wrong_kind' }
  if (header.schemaVersion > options.latestSchemaVersion) return { ok: false, code: 'newer_schema' }
  const payload = bytes.subarray(payloadStart)
  if (payload.byteLength !== header.payloadBytes) return { ok: false, code: 'damaged' }
  const { checksum: _checksum, ...core } = raw
  const coreLine = encoder.encode(JSON.stringify(core))
  const actual = await sha256Hex(concat([coreLine, new Uint8Array([NEWLINE]), payload]))
  if (actual !== header.checksum.value) return { ok: false, code: 'damaged' }
  try {
    return { ok: true, header, tables: decodePayload(payload, header) }
  } catch {
    return { ok: false, code: 'damaged' }
  }
}

const payloadSchema = z.object({
  tables: z
    .array(
      z.object({
        name: tableName,
        keyPath,
        rows: z.array(z.unknown()),
        keys: z.array(z.unknown()).optional(),
      }),
    )
    .max(200),
})

function decodePayload(payload: Uint8Array, header: BackupHeader): TableDump[] {
  const parsed = payloadSchema.parse(
    JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload)),
  )
  const names = new Set<string>()
  const tables = parsed.tables.map((t, i) => {
    const declared = header.tables[i]
    if (!declared || declared.name !== t.name || declared.count !== t.rows.length)
      throw new MalformedValueError('table list')
    if (names.has(t.name)) throw new MalformedValueError('duplicate table')
    names.add(t.name)
    if (t.keyPath === null ? t.keys?.length !== t.rows.length : t.keys !== undefined)
      throw new MalformedValueError('keys')
    const dump: TableDump = {
      name: t.name,
      keyPath: t.keyPath,
      rows: t.rows.map((row) => decodeValue(row as Encoded)),
    }
    if (t.keys) dump.keys = t.keys.map((k) => decodeValue(k as Encoded))
    return dump
  })
  if (tables.length !== header.tables.length) throw new MalformedValueError('table list')
  return tables
}
