// Sealed secrets as stored: "sealed:v1:<key id>:<iv base64>:<ciphertext base64>" (AES-256-GCM).
// A string, so a record's type does not change; recognisable, so bundles and sweeps can find
// every sealed value in any record without knowing the field names.

export const SEALED_PREFIX = 'sealed:v1:'
const SEALED = /^sealed:v1:([0-9a-f]{16}):([A-Za-z0-9+/]{16}):([A-Za-z0-9+/]+={0,2})$/

/** Stands in for a secret left out of an event bundle: "not included", never "cleared". */
export const WITHHELD = 'withheld:v1'

export interface SealedParts {
  keyId: string
  iv: string
  ciphertext: string
}

export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(SEALED_PREFIX)
}

export function parseSealed(value: string): SealedParts | null {
  const m = SEALED.exec(value)
  return m ? { keyId: m[1]!, iv: m[2]!, ciphertext: m[3]! } : null
}

export function formatSealed(parts: SealedParts): string {
  return `${SEALED_PREFIX}${parts.keyId}:${parts.iv}:${parts.ciphertext}`
}

/**
 * A copy of `value` with every sealed string replaced by `replace(sealed)` (at any depth);
 * the input is not changed. Used to open, withhold or re-seal the secrets of whole records.
 */
export async function mapSealed(
  value: unknown,
  replace: (sealed: string) => Promise<string>,
): Promise<unknown> {
  if (isSealed(value)) return replace(value)
  if (Array.isArray(value)) return Promise.all(value.map((v) => mapSealed(v, replace)))
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = await Promise.all(
      Object.entries(value).map(async ([k, v]) => [k, await mapSealed(v, replace)] as const),
    )
    return Object.fromEntries(entries)
  }
  return value
}
