import fc from 'fast-check'

/** Values IndexedDB can store and repositories could write: JSON plus the structured-clone extras. */
export const storedValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.double(),
    fc.integer(),
    fc.bigInt(),
    fc.date(),
    fc.uint8Array({ maxLength: 64 }),
    fc.int32Array({ maxLength: 8 }),
    fc.float64Array({ maxLength: 8 }),
    tie('array'),
    tie('object'),
    fc.array(fc.tuple(fc.string(), tie('value')), { maxLength: 3 }).map((e) => new Map(e)),
    fc.array(fc.integer(), { maxLength: 5 }).map((e) => new Set(e)),
  ),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(
    fc.oneof(fc.string(), fc.constantFrom('$', '__proto__', '$t', 'v')),
    tie('value'),
    { maxKeys: 5, noNullPrototype: true },
  ),
}))
