// Reads a zip's own directory BEFORE SheetJS inflates anything, so a zip bomb is refused
// by arithmetic instead of by running out of memory. SheetJS trusts the local file headers
// (it sizes its output buffer from them, and grows it without bound when they say 0), so
// we also check every local header against the central directory and, where an entry uses
// a trailing data descriptor, hand SheetJS a copy whose local header states the sizes.
import { defaultLimits, type ImportLimits } from './types'

export interface ZipEntry {
  name: string
  method: number
  flags: number
  compressedSize: number
  uncompressedSize: number
  localOffset: number
}

export type ZipFailure = 'truncated' | 'zip_bomb' | 'encrypted' | 'unreadable'
export type ZipDirectory =
  { ok: true; entries: ZipEntry[] } | { ok: false; code: ZipFailure; detail?: string }
export type ZipCheck =
  | { ok: true; entries: ZipEntry[]; bytes: Uint8Array }
  | { ok: false; code: ZipFailure; detail?: string }

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const ZIP64_LOCATOR = 0x07064b50
const ZIP64_EXTRA = 0x0001
const DATA_DESCRIPTOR_FLAG = 0x0008
const ENCRYPTED_FLAGS = 0x0041 // traditional (bit 0) and strong (bit 6) encryption

const u16 = (b: Uint8Array, p: number): number => b[p]! | (b[p + 1]! << 8)
const u32 = (b: Uint8Array, p: number): number => (u16(b, p) | (u16(b, p + 2) << 16)) >>> 0
/** Byte-per-char names, as SheetJS reads them (so our names and its names agree). */
function latin1(b: Uint8Array, from: number, to: number): string {
  let s = ''
  for (let i = from; i < to; i++) s += String.fromCharCode(b[i]!)
  return s
}

function hasZip64Extra(b: Uint8Array, from: number, to: number): boolean {
  for (let p = from; p + 4 <= to; p += 4 + u16(b, p + 2)) if (u16(b, p) === ZIP64_EXTRA) return true
  return false
}

/** Finds the end-of-central-directory record the same way SheetJS does: the last one. */
function findEocd(b: Uint8Array): number {
  for (let i = b.length - 4; i >= 0; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i
  }
  return -1
}

export function readZipDirectory(
  b: Uint8Array,
  limits: ImportLimits = defaultLimits,
): ZipDirectory {
  const end = findEocd(b)
  if (end < 0 || end + 22 > b.length || u32(b, end) !== EOCD)
    return { ok: false, code: 'truncated' }
  const count = u16(b, end + 8)
  const total = u16(b, end + 10)
  const cdSize = u32(b, end + 12)
  const cdOffset = u32(b, end + 16)
  const zip64 =
    count === 0xffff ||
    cdSize === 0xffffffff ||
    cdOffset === 0xffffffff ||
    (end >= 20 && u32(b, end - 20) === ZIP64_LOCATOR)
  if (zip64) return { ok: false, code: 'unreadable', detail: 'zip64' }
  if (u16(b, end + 4) !== 0 || u16(b, end + 6) !== 0)
    return { ok: false, code: 'unreadable', detail: 'multi_disk' }
  if (count !== total) return { ok: false, code: 'truncated' }
  if (count > limits.maxEntries) return { ok: false, code: 'zip_bomb', detail: 'entries' }
  if (cdOffset + cdSize > end) return { ok: false, code: 'truncated' }

  const entries: ZipEntry[] = []
  let p = cdOffset
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || u32(b, p) !== CENTRAL) return { ok: false, code: 'truncated' }
    const nameLen = u16(b, p + 28)
    const extraLen = u16(b, p + 30)
    const next = p + 46 + nameLen + extraLen + u16(b, p + 32)
    if (next > end) return { ok: false, code: 'truncated' }
    const entry: ZipEntry = {
      flags: u16(b, p + 8),
      method: u16(b, p + 10),
      compressedSize: u32(b, p + 20),
      uncompressedSize: u32(b, p + 24),
      localOffset: u32(b, p + 42),
      name: latin1(b, p + 46, p + 46 + nameLen),
    }
    const sizes = [entry.compressedSize, entry.uncompressedSize, entry.localOffset]
    if (
      sizes.includes(0xffffffff) ||
      hasZip64Extra(b, p + 46 + nameLen, p + 46 + nameLen + extraLen)
    ) {
      return { ok: false, code: 'unreadable', detail: 'zip64' }
    }
    entries.push(entry)
    p = next
  }
  return { ok: true, entries }
}

function checkSizes(entries: ZipEntry[], limits: ImportLimits): ZipFailure | undefined {
  let total = 0
  for (const e of entries) {
    if (e.flags & ENCRYPTED_FLAGS) return 'encrypted'
    if (e.method !== 0 && e.method !== 8) return 'unreadable'
    const { compressedSize: c, uncompressedSize: u } = e
    if (e.method === 0 && c !== u) return 'truncated'
    // Deflate never grows data by more than a few bytes per block: a smaller stated size lies.
    if (e.method === 8 && c > u + u / 100 + 1024) return 'zip_bomb'
    if (u > limits.ratioMinSize && u / Math.max(c, 1) > limits.maxRatio) return 'zip_bomb'
    total += u
    if (total > limits.maxTotalUncompressed) return 'zip_bomb'
  }
  return undefined
}

/**
 * Refuses bombs, encrypted, ZIP64 and garbled zips; on success returns the bytes SheetJS may
 * read (the input itself, or a patched copy when some local headers defer their sizes).
 */
export function guardZip(b: Uint8Array, limits: ImportLimits = defaultLimits): ZipCheck {
  const dir = readZipDirectory(b, limits)
  if (!dir.ok) return dir
  const failure = checkSizes(dir.entries, limits)
  if (failure) return { ok: false, code: failure }

  const patches: ZipEntry[] = []
  for (const e of dir.entries) {
    const p = e.localOffset
    if (p + 30 > b.length || u32(b, p) !== LOCAL) return { ok: false, code: 'truncated' }
    const flags = u16(b, p + 6)
    const nameLen = u16(b, p + 26)
    const extraLen = u16(b, p + 28)
    const dataStart = p + 30 + nameLen + extraLen
    if (dataStart + e.compressedSize > b.length) return { ok: false, code: 'truncated' }
    if (u16(b, p + 8) !== e.method || latin1(b, p + 30, p + 30 + nameLen) !== e.name) {
      return { ok: false, code: 'truncated' }
    }
    if (hasZip64Extra(b, p + 30 + nameLen, dataStart))
      return { ok: false, code: 'unreadable', detail: 'zip64' }
    const sizesAgree = u32(b, p + 18) === e.compressedSize && u32(b, p + 22) === e.uncompressedSize
    if (flags & DATA_DESCRIPTOR_FLAG) patches.push(e)
    else if (!sizesAgree) return { ok: false, code: 'truncated' }
  }
  if (patches.length === 0) return { ok: true, entries: dir.entries, bytes: b }

  const copy = b.slice()
  const view = new DataView(copy.buffer, copy.byteOffset, copy.byteLength)
  for (const e of patches) {
    const p = e.localOffset
    view.setUint16(p + 6, u16(copy, p + 6) & ~DATA_DESCRIPTOR_FLAG, true)
    view.setUint32(p + 18, e.compressedSize, true)
    view.setUint32(p + 22, e.uncompressedSize, true)
  }
  return { ok: true, entries: dir.entries, bytes: copy }
}
