// Text files arrive in whatever the sender's Excel saved: UTF-8 (with or without BOM),
// "Unicode Text" (UTF-16LE with BOM), or, from European Windows, Windows-1252 with no marker.
export const textEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const
export type TextEncodingName = (typeof textEncodings)[number]

export interface DecodedText {
  text: string
  encoding: TextEncodingName
  hadBom: boolean
}

const BOMS: readonly [TextEncodingName, readonly number[]][] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
]

export function detectBom(bytes: Uint8Array): TextEncodingName | undefined {
  return BOMS.find(([, sig]) => sig.every((x, i) => bytes[i] === x))?.[0]
}

/** UTF-16 without a BOM: ASCII-range text leaves a NUL in every other byte. */
function guessUtf16(bytes: Uint8Array): TextEncodingName | undefined {
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 4) return undefined
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  const pairs = n / 2
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le'
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be'
  return undefined
}

/**
 * Decodes text bytes. A BOM decides; else UTF-16 by its NUL pattern; else strict UTF-8, and
 * when that fails, Windows-1252 (what "CSV" from French or Indonesian Windows Excel is).
 * `forced` is the user's choice in the import dialog and always wins.
 */
export function decodeText(bytes: Uint8Array, forced?: TextEncodingName): DecodedText {
  const bom = detectBom(bytes)
  const hadBom = bom !== undefined
  if (forced) return { text: decode(bytes, forced, bom === forced), encoding: forced, hadBom }
  if (bom) return { text: decode(bytes, bom, true), encoding: bom, hadBom }
  const utf16 = guessUtf16(bytes)
  if (utf16) return { text: decode(bytes, utf16, false), encoding: utf16, hadBom }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
      hadBom,
    }
  } catch {
    return { text: decode(bytes, 'windows-1252', false), encoding: 'windows-1252', hadBom }
  }
}

function decode(bytes: Uint8Array, encoding: TextEncodingName, stripBom: boolean): string {
  // TextDecoder drops a BOM matching its encoding unless ignoreBOM; keep foreign BOMs visible.
  return new TextDecoder(encoding, { ignoreBOM: !stripBom }).decode(bytes)
}
