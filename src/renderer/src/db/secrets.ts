import Dexie, { type Table } from 'dexie'
import { base64ToBytes, bytesToBase64, bytesToHex } from '../../../shared/backup/base64'
import { formatSealed, isSealed, parseSealed } from '../../../shared/backup/sealed'

// Passport numbers, passcodes and host keys are stored sealed: AES-256-GCM through WebCrypto,
// a fresh 96-bit IV per value. Repositories seal on write and open on read, so screens and the
// rest of the app see plain text and IndexedDB (its files, its leftovers, backups) never does.
//
// The key: in the desktop app main keeps it, wrapped by the OS keyring (safeStorage), and hands
// it over once per start; here it becomes a non-extractable CryptoKey. In a plain browser the
// key is a non-extractable CryptoKey kept in its own IndexedDB database: a deleted value leaves
// no readable copy, but someone holding the whole browser profile holds the key too.
//
// How a repository uses it:
//   const stored = await sealSecret(plainText)        // before the write transaction
//   const text = await openSecret(stored)              // after the read transaction
// Empty stays empty ('' means "none"). Never call these inside a Dexie transaction: WebCrypto
// is not IndexedDB, and awaiting it there ends the transaction.

export type SealedSecret = string & { readonly __sealed: unique symbol }

export interface DataKey {
  key: CryptoKey
  keyId: string
}

/** A value sealed with another key (another computer, a lost keyring) or damaged. */
export class SecretUnavailableError extends Error {
  constructor(readonly code: 'other_key' | 'damaged') {
    super(`secret_${code}`)
    this.name = 'SecretUnavailableError'
  }
}

const KEY_DATABASE = 'sekretariat-keys'
const KEY_ID = 'data-key'

interface KeyRecord {
  id: string
  key: CryptoKey
  keyId: string
}

class KeyDb extends Dexie {
  declare keys: Table<KeyRecord, string>
  constructor() {
    super(KEY_DATABASE, { chromeTransactionDurability: 'strict', cache: 'disabled' })
    this.version(1).stores({ keys: 'id' })
  }
}

/** The browser's own key: created once, non-extractable, kept in IndexedDB. */
export async function browserDataKey(): Promise<DataKey>
export async function browserDataKey(options: { create: false }): Promise<DataKey | null>
export async function browserDataKey(options = { create: true }): Promise<DataKey | null> {
  const db = new KeyDb()
  try {
    const existing = await db.keys.get(KEY_ID)
    if (existing) return { key: existing.key, keyId: existing.keyId }
    if (!options.create) return null
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ])
    const keyId = bytesToHex(crypto.getRandomValues(new Uint8Array(8)))
    // Another tab may have created one meanwhile: the first stored key wins.
    return await db.transaction('rw', db.keys, async () => {
      const raced = await db.keys.get(KEY_ID)
      if (raced) return { key: raced.key, keyId: raced.keyId }
      await db.keys.add({ id: KEY_ID, key, keyId })
      return { key, keyId }
    })
  } finally {
    db.close()
  }
}

/** A key handed over as raw bytes (by main): imported non-extractable, the bytes wiped. */
export async function importDataKey(raw: Uint8Array, keyId: string): Promise<DataKey> {
  try {
    const key = await crypto.subtle.importKey('raw', raw as BufferSource, 'AES-GCM', false, [
      'encrypt',
      'decrypt',
    ])
    return { key, keyId }
  } finally {
    raw.fill(0)
  }
}

let source: () => Promise<DataKey> = browserDataKey
let current: Promise<DataKey> | null = null

/** Where the key comes from (the desktop app sets main's); call before any data is read. */
export function setDataKeySource(next: () => Promise<DataKey>): void {
  source = next
  current = null
}

function dataKey(): Promise<DataKey> {
  current ??= source().catch((error: unknown) => {
    current = null
    throw error
  })
  return current
}

/**
 * The key a value was sealed with: the current one, or the browser's own key when the desktop
 * app once had to fall back to it (no OS keyring at the time) and now uses main's.
 */
async function keyFor(keyId: string): Promise<DataKey> {
  const current = await dataKey()
  if (current.keyId === keyId) return current
  if (source !== browserDataKey) {
    const fallback = await browserDataKey({ create: false })
    if (fallback?.keyId === keyId) return fallback
  }
  throw new SecretUnavailableError('other_key')
}

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

export async function sealSecret(text: string): Promise<SealedSecret> {
  if (text === '' || isSealed(text)) return text as SealedSecret
  const { key, keyId } = await dataKey()
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, encoder.encode(text))
  return formatSealed({
    keyId,
    iv: bytesToBase64(iv),
    ciphertext: bytesToBase64(new Uint8Array(ciphertext)),
  }) as SealedSecret
}

/** The plain text of a sealed value; a value that is not sealed (legacy, '') comes back as is. */
export async function openSecret(value: string): Promise<string> {
  if (!isSealed(value)) return value
  const parts = parseSealed(value)
  if (!parts) throw new SecretUnavailableError('damaged')
  const { key } = await keyFor(parts.keyId)
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: base64ToBytes(parts.iv) },
      key,
      base64ToBytes(parts.ciphertext),
    )
    return decoder.decode(plain)
  } catch {
    throw new SecretUnavailableError('damaged')
  }
}

/** Opens what can be opened; a value this computer cannot open stays sealed (shown masked). */
export async function openSecretOrKeep(value: string): Promise<string> {
  try {
    return await openSecret(value)
  } catch {
    return value
  }
}

/**
 * For an update: the stored sealed value when it already holds `text` (no new ciphertext, so no
 * change-log entry), otherwise `text` sealed afresh. `text` equal to the stored value itself
 * (an unreadable one, kept as it was) is kept too.
 */
export async function keepOrSeal(stored: string | undefined, text: string): Promise<SealedSecret> {
  if (stored !== undefined && (stored === text || (await openSecretOrKeep(stored)) === text))
    return stored as SealedSecret
  return sealSecret(text)
}
