// Reads the parts of an exported package, for tests that check the markup itself.
import * as XLSX from 'xlsx'

export function zipParts(bytes: Uint8Array): Map<string, string> {
  const cfb = XLSX.CFB.read(bytes, { type: 'buffer' })
  const parts = new Map<string, string>()
  cfb.FullPaths.forEach((path: string, i: number) => {
    const content = cfb.FileIndex[i]?.content
    if (content && content.length > 0)
      parts.set(path.replace(/^Root Entry\//, ''), new TextDecoder().decode(content as Uint8Array))
  })
  return parts
}

/** Compression method of each local file header (8 = deflate, 0 = stored). */
export function zipMethods(bytes: Uint8Array): number[] {
  const methods: number[] = []
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  for (let i = 0; i + 30 <= bytes.length;) {
    if (view.getUint32(i, true) !== 0x04034b50) break
    methods.push(view.getUint16(i + 8, true))
    const compressed = view.getUint32(i + 18, true)
    const nameLength = view.getUint16(i + 26, true)
    const extraLength = view.getUint16(i + 28, true)
    i += 30 + nameLength + extraLength + compressed
  }
  return methods
}
