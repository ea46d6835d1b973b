// Test support only: a tiny zip writer that can lie, to build hostile zips byte by byte.
import * as XLSX from 'xlsx'

export interface ZipSpec {
  name: string
  data: Uint8Array
  deflate?: boolean
  /** Uncompressed size claimed by the central directory (default: the truth). */
  declaredSize?: number
  /** Uncompressed size claimed by the local header (default: same as the central directory). */
  localSize?: number
  /** Write sizes only in a trailing data descriptor (local header says 0), as streaming writers do. */
  dataDescriptor?: boolean
  flags?: number
}

export function makeZip(specs: readonly ZipSpec[], eocdCount?: number): Uint8Array {
  const chunks: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const s of specs) {
    const name = new TextEncoder().encode(s.name)
    const body: Uint8Array = s.deflate ? new Uint8Array(XLSX.CFB.utils._deflateRaw(s.data)) : s.data
    const usz = s.declaredSize ?? s.data.length
    const flags = (s.flags ?? 0) | (s.dataDescriptor ? 8 : 0)
    const local = new DataView(new ArrayBuffer(30))
    local.setUint32(0, 0x04034b50, true)
    local.setUint16(4, 20, true)
    local.setUint16(6, flags, true)
    local.setUint16(8, s.deflate ? 8 : 0, true)
    local.setUint32(18, s.dataDescriptor ? 0 : body.length, true)
    local.setUint32(22, s.dataDescriptor ? 0 : (s.localSize ?? usz), true)
    local.setUint16(26, name.length, true)
    const cd = new DataView(new ArrayBuffer(46))
    cd.setUint32(0, 0x02014b50, true)
    cd.setUint16(4, 20, true)
    cd.setUint16(6, 20, true)
    cd.setUint16(8, flags, true)
    cd.setUint16(10, s.deflate ? 8 : 0, true)
    cd.setUint32(20, body.length, true)
    cd.setUint32(24, usz, true)
    cd.setUint16(28, name.length, true)
    cd.setUint32(42, offset, true)
    const parts = [new Uint8Array(local.buffer), name, body]
    if (s.dataDescriptor) {
      const dd = new DataView(new ArrayBuffer(16))
      dd.setUint32(0, 0x08074b50, true)
      dd.setUint32(8, body.length, true)
      dd.setUint32(12, usz, true)
      parts.push(new Uint8Array(dd.buffer))
    }
    for (const p of parts) {
      chunks.push(p)
      offset += p.length
    }
    central.push(new Uint8Array(cd.buffer), name)
  }
  const cdStart = offset
  const cdSize = central.reduce((n, c) => n + c.length, 0)
  const end = new DataView(new ArrayBuffer(22))
  end.setUint32(0, 0x06054b50, true)
  end.setUint16(8, eocdCount ?? specs.length, true)
  end.setUint16(10, eocdCount ?? specs.length, true)
  end.setUint32(12, cdSize, true)
  end.setUint32(16, cdStart, true)
  const all = [...chunks, ...central, new Uint8Array(end.buffer)]
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0))
  let p = 0
  for (const c of all) {
    out.set(c, p)
    p += c.length
  }
  return out
}

export const ascii = (s: string): Uint8Array => new TextEncoder().encode(s)
