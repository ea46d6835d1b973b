import { base64ToBytes, bytesToBase64 } from './base64'

// IndexedDB stores structured-clone values: dates, binary, Maps, undefined fields, NaN. JSON
// keeps none of those, so a backup writes every value through this codec. Plain JSON values pass
// unchanged; the others become small tagged objects {"$": tag, ...}; a stored object that itself
// has a "$" key is wrapped, so decoding is never ambiguous.

export type Encoded = null | boolean | number | string | Encoded[] | { [key: string]: Encoded }

/** A value a backup cannot carry (a Blob, a CryptoKey, a function); named so the user can act. */
export class UnsupportedValueError extends Error {
  constructor(readonly kind: string) {
    super(`unsupported_value:${kind}`)
    this.name = 'UnsupportedValueError'
  }
}

/** A tagged value in a file that this codec does not know, or a malformed one. */
export class MalformedValueError extends Error {
  constructor(readonly detail: string) {
    super(`malformed_value:${detail}`)
    this.name = 'MalformedValueError'
  }
}

const BINARY_TYPES = {
  Uint8Array,
  Int8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
} as const
type BinaryTypeName = keyof typeof BINARY_TYPES

function binaryTypeName(value: ArrayBufferView): BinaryTypeName | 'DataView' | null {
  if (value instanceof DataView) return 'DataView'
  for (const [name, ctor] of Object.entries(BINARY_TYPES))
    if (value.constructor === ctor) return name as BinaryTypeName
  return null
}

function viewBytes(view: ArrayBufferView): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength)
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

export function encodeValue(value: unknown): Encoded {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value
    case 'undefined':
      return { $: 'u' }
    case 'bigint':
      return { $: 'i', v: value.toString() }
    case 'number':
      if (Number.isNaN(value)) return { $: 'n', v: 'NaN' }
      if (value === Infinity) return { $: 'n', v: 'Infinity' }
      if (value === -Infinity) return { $: 'n', v: '-Infinity' }
      if (Object.is(value, -0)) return { $: 'n', v: '-0' }
      return value
    case 'object':
      return value === null ? null : encodeObject(value)
    default:
      throw new UnsupportedValueError(typeof value)
  }
}

function encodeObject(value: object): Encoded {
  if (Array.isArray(value)) {
    const out: Encoded[] = []
    for (let i = 0; i < value.length; i++) out.push(encodeValue(value[i]))
    return out
  }
  if (value instanceof Date) {
    const time = value.getTime()
    return { $: 'd', v: Number.isNaN(time) ? null : value.toISOString() }
  }
  if (value instanceof ArrayBuffer)
    return { $: 'b', t: 'ArrayBuffer', v: bytesToBase64(new Uint8Array(value)) }
  if (ArrayBuffer.isView(value)) {
    const type = binaryTypeName(value)
    if (!type) throw new UnsupportedValueError(value.constructor.name)
    return { $: 'b', t: type, v: bytesToBase64(viewBytes(value)) }
  }
  if (value instanceof Map)
    return { $: 'm', v: [...value].map(([k, v]) => [encodeValue(k), encodeValue(v)]) }
  if (value instanceof Set) return { $: 's', v: [...value].map(encodeValue) }
  if (value instanceof RegExp) return { $: 'r', v: value.source, f: value.flags }
  if (!isPlainObject(value)) throw new UnsupportedValueError(value.constructor?.name ?? 'object')
  const entries: [string, Encoded][] = []
  for (const key of Object.keys(value))
    entries.push([key, encodeValue((value as Record<string, unknown>)[key])])
  const encoded = Object.fromEntries(entries) as { [key: string]: Encoded }
  return Object.hasOwn(encoded, '$') ? { $: 'o', v: encoded } : encoded
}

const NUMBERS: ReadonlyMap<string, number> = new Map([
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['-Infinity', -Infinity],
  ['-0', -0],
])

export function decodeValue(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') return value
  if (Array.isArray(value)) return value.map(decodeValue)
  if (typeof value !== 'object') throw new MalformedValueError(typeof value)
  const record = value as Record<string, unknown>
  if (!Object.hasOwn(record, '$')) return decodePlain(record)
  const tag = record.$
  const v = record.v
  switch (tag) {
    case 'u':
      return undefined
    case 'o':
      if (!v || typeof v !== 'object' || Array.isArray(v)) throw new MalformedValueError('o')
      return decodePlain(v as Record<string, unknown>)
    case 'n': {
      const n = typeof v === 'string' ? NUMBERS.get(v) : undefined
      if (n === undefined) throw new MalformedValueError('n')
      return n
    }
    case 'i':
      if (typeof v !== 'string' || !/^-?\d+$/.test(v)) throw new MalformedValueError('i')
      return BigInt(v)
    case 'd':
      if (v === null) return new Date(NaN)
      if (typeof v !== 'string' || Number.isNaN(Date.parse(v))) throw new MalformedValueError('d')
      return new Date(v)
    case 'b':
      return decodeBinary(record.t, v)
    case 'm':
      if (!Array.isArray(v)) throw new MalformedValueError('m')
      return new Map(
        v.map((pair) => {
          if (!Array.isArray(pair) || pair.length !== 2) throw new MalformedValueError('m')
          return [decodeValue(pair[0]), decodeValue(pair[1])] as const
        }),
      )
    case 's':
      if (!Array.isArray(v)) throw new MalformedValueError('s')
      return new Set(v.map(decodeValue))
    case 'r':
      if (typeof v !== 'string' || typeof record.f !== 'string' || !/^[dgimsuvy]*$/.test(record.f))
        throw new MalformedValueError('r')
      return new RegExp(v, record.f)
    default:
      throw new MalformedValueError(`tag ${String(tag).slice(0, 20)}`)
  }
}

/** Keys are copied with define semantics: a "__proto__" key in a file stays a plain key. */
function decodePlain(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(record).map((key) => [key, decodeValue(record[key])]))
}

function decodeBinary(type: unknown, v: unknown): unknown {
  if (typeof v !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(v)) throw new MalformedValueError('b')
  const bytes = base64ToBytes(v)
  if (type === 'ArrayBuffer') return bytes.buffer
  if (type === 'DataView') return new DataView(bytes.buffer)
  if (typeof type !== 'string' || !Object.hasOwn(BINARY_TYPES, type))
    throw new MalformedValueError('b')
  const ctor = BINARY_TYPES[type as BinaryTypeName]
  if (bytes.byteLength % ctor.BYTES_PER_ELEMENT !== 0) throw new MalformedValueError('b')
  return new ctor(bytes.buffer)
}
