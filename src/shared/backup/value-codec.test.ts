import fc from 'fast-check'
import { storedValue } from './test-values'
import { describe, expect, it } from 'vitest'
import { decodeValue, encodeValue, MalformedValueError, UnsupportedValueError } from './value-codec'

const roundTrip = (value: unknown) => decodeValue(JSON.parse(JSON.stringify(encodeValue(value))))

describe('value codec', () => {
  it('gives back a deep-equal value for anything a record can hold', () => {
    fc.assert(
      fc.property(storedValue.value, (value) => {
        expect(roundTrip(value)).toStrictEqual(value)
      }),
      { numRuns: 400 },
    )
  })

  it('keeps dates, binary, undefined fields and special numbers exactly', () => {
    const record = {
      at: new Date('2026-08-01T02:00:00.000Z'),
      invalid: new Date(NaN),
      photo: new Uint8Array([0, 1, 254, 255]),
      buffer: new Uint8Array([9, 8, 7]).buffer,
      missing: undefined,
      ratio: NaN,
      zero: -0,
      far: -Infinity,
      $: 'a dollar key',
    }
    const back = roundTrip(record) as typeof record
    expect(back).toStrictEqual(record)
    expect(back.photo).toBeInstanceOf(Uint8Array)
    expect(Object.is(back.zero, -0)).toBe(true)
    expect('missing' in back).toBe(true)
  })

  it('keeps a "__proto__" key a plain key and never touches prototypes', () => {
    const text = '{"__proto__":{"polluted":true},"a":{"$":"o","v":{"__proto__":{"x":1}}}}'
    const back = decodeValue(JSON.parse(text)) as Record<string, unknown>
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype)
    expect(Object.hasOwn(back, '__proto__')).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses values a backup cannot carry, naming them', () => {
    expect(() => encodeValue({ f: () => 1 })).toThrow(UnsupportedValueError)
    expect(() => encodeValue({ s: Symbol('x') })).toThrow(UnsupportedValueError)
    class Blobish {}
    expect(() => encodeValue(new Blobish())).toThrow('unsupported_value:Blobish')
  })

  it.each([
    { $: 'zz' },
    { $: 'n', v: '1' },
    { $: 'd', v: 'yesterday' },
    { $: 'b', t: 'Uint8Array', v: '***' },
    { $: 'b', t: 'Function', v: '' },
    { $: 'b', t: 'Int32Array', v: 'AAA=' },
    { $: 'i', v: '1e3' },
    { $: 'm', v: [[1]] },
    { $: 'r', v: 'a', f: 'x' },
  ])('refuses a malformed tagged value %j', (bad) => {
    expect(() => decodeValue(bad)).toThrow(MalformedValueError)
  })
})
