import * as XLSX from 'xlsx'
import { describe, expect, it } from 'vitest'
import { fixture } from './test-fixtures'
import { ascii, makeZip } from './test-zip'
import { defaultLimits } from './types'
import { guardZip, readZipDirectory } from './zip-guard'

const MiB = 1024 * 1024
const u32 = (b: Uint8Array, p: number): number =>
  new DataView(b.buffer, b.byteOffset).getUint32(p, true)

describe('guardZip', () => {
  it('refuses the real zip bomb fixture (220 MiB of zeros) by arithmetic, quickly', () => {
    const bytes = fixture('zip_bomb.xlsx')
    const started = performance.now()
    expect(guardZip(bytes)).toEqual({ ok: false, code: 'zip_bomb' })
    expect(performance.now() - started).toBeLessThan(200)
  })

  it('passes a real workbook through untouched', () => {
    const bytes = fixture('samples/daftar_peserta.xlsx')
    const result = guardZip(bytes)
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.bytes).toBe(bytes)
      expect(result.entries.map((e) => e.name)).toContain('xl/workbook.xml')
    }
  })

  it('refuses a central directory that claims a huge size for a small deflated entry', () => {
    const data = new Uint8Array(64 * 1024)
    const zip = makeZip([
      { name: 'xl/worksheets/sheet1.xml', data, deflate: true, declaredSize: 400 * MiB },
    ])
    expect(guardZip(zip)).toEqual({ ok: false, code: 'zip_bomb' })
  })

  it('refuses a total above the cap even when each entry looks reasonable', () => {
    const data = ascii('<x/>'.repeat(1000))
    const zip = makeZip([
      { name: 'a.xml', data },
      { name: 'b.xml', data },
    ])
    expect(guardZip(zip, { ...defaultLimits, maxTotalUncompressed: 6000 })).toEqual({
      ok: false,
      code: 'zip_bomb',
    })
  })

  it('refuses too many entries', () => {
    const specs = Array.from({ length: 12 }, (_, i) => ({ name: `f${i}`, data: ascii('x') }))
    expect(guardZip(makeZip(specs), { ...defaultLimits, maxEntries: 10 })).toMatchObject({
      code: 'zip_bomb',
    })
  })

  it('refuses a declared size smaller than the compressed data (a lie deflate cannot produce)', () => {
    const noise = crypto.getRandomValues(new Uint8Array(4000))
    const zip = makeZip([{ name: 'a.xml', data: noise, deflate: true, declaredSize: 10 }])
    expect(guardZip(zip)).toEqual({ ok: false, code: 'zip_bomb' })
  })

  it('refuses a local header that disagrees with the central directory (SheetJS trusts the local one)', () => {
    const zip = makeZip([{ name: 'a.xml', data: ascii('<a/>'), localSize: 0x7fffffff }])
    expect(guardZip(zip)).toEqual({ ok: false, code: 'truncated' })
  })

  it('gives SheetJS the sizes when a streaming writer deferred them to a data descriptor', () => {
    const data = ascii('<worksheet/>'.repeat(100))
    const zip = makeZip([{ name: 'xl/a.xml', data, deflate: true, dataDescriptor: true }])
    const result = guardZip(zip)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.bytes).not.toBe(zip)
    expect(u32(result.bytes, 22)).toBe(data.length)
    expect(result.bytes[6]! & 8).toBe(0)
    const cfb = XLSX.CFB.read(result.bytes, { type: 'array' }) as {
      FileIndex: { content: Uint8Array }[]
    }
    expect(new TextDecoder().decode(cfb.FileIndex.at(-1)!.content)).toBe(
      new TextDecoder().decode(data),
    )
  })

  it('refuses ZIP64 markers', () => {
    const zip = makeZip([{ name: 'a', data: ascii('x') }], 0xffff)
    expect(guardZip(zip)).toEqual({ ok: false, code: 'unreadable', detail: 'zip64' })
  })

  it('refuses encrypted entries', () => {
    expect(guardZip(makeZip([{ name: 'a', data: ascii('x'), flags: 1 }]))).toEqual({
      ok: false,
      code: 'encrypted',
    })
  })

  it('calls a cut or garbled directory truncated', () => {
    const bytes = fixture('samples/daftar_peserta.xlsx')
    expect(readZipDirectory(bytes.subarray(0, bytes.length / 2))).toEqual({
      ok: false,
      code: 'truncated',
    })
    expect(readZipDirectory(bytes.subarray(0, bytes.length - 30))).toEqual({
      ok: false,
      code: 'truncated',
    })
    const garbled = bytes.slice()
    const cdOffset = u32(bytes, bytes.length - 22 + 16)
    garbled[cdOffset] = 0
    expect(readZipDirectory(garbled)).toEqual({ ok: false, code: 'truncated' })
    const stored = makeZip([{ name: 'a', data: ascii('hello') }])
    expect(guardZip(stored.subarray(0, 20))).toEqual({ ok: false, code: 'truncated' })
  })
})
