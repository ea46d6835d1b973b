import { randomBytes } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '../atomic-write'
import { IpcError } from '../ipc-error'

// The data key that seals passport numbers, passcodes and host keys in IndexedDB. Main keeps it
// wrapped by the operating system (safeStorage: Keychain, DPAPI, the Secret Service), in the
// app's folder, so the profile folder alone never holds a readable key.

export const SECRET_KEY_FILE = 'secrets-key.bin'

/** The parts of Electron's safeStorage used here (tests pass a fake). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean
  encryptString(plain: string): Buffer
  decryptString(encrypted: Buffer): string
  getSelectedStorageBackend?(): string
}

interface StoredKey {
  keyId: string
  key: string
}

export interface SecretKey {
  key: Uint8Array
  keyId: string
  protection: 'os' | 'basic'
}

function protectionOf(storage: SafeStorageLike): 'os' | 'basic' {
  // On Linux without a keyring, Chromium falls back to a fixed password ("basic_text").
  const backend = storage.getSelectedStorageBackend?.() ?? 'os'
  return backend === 'basic_text' ? 'basic' : 'os'
}

/** Reads the key, creating it on first use. Never replaces an existing key it cannot read. */
export async function loadSecretKey(
  userData: string,
  storage: SafeStorageLike,
): Promise<SecretKey> {
  if (!storage.isEncryptionAvailable()) throw new IpcError('unavailable')
  const file = join(userData, SECRET_KEY_FILE)
  let wrapped: Buffer | null = null
  try {
    wrapped = await readFile(file)
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT') throw new IpcError('read_failed')
  }
  if (wrapped) {
    try {
      const stored = JSON.parse(storage.decryptString(wrapped)) as StoredKey
      const key = new Uint8Array(Buffer.from(stored.key, 'base64'))
      if (key.byteLength !== 32 || !/^[0-9a-f]{16}$/.test(stored.keyId)) throw new Error('bad key')
      return { key, keyId: stored.keyId, protection: protectionOf(storage) }
    } catch {
      // A key we cannot unwrap (another OS user, a reinstalled keyring) must not be overwritten:
      // data sealed with it may come back when the keyring does.
      throw new IpcError('unavailable')
    }
  }
  const key = new Uint8Array(randomBytes(32))
  const keyId = randomBytes(8).toString('hex')
  const stored: StoredKey = { keyId, key: Buffer.from(key).toString('base64') }
  await mkdir(userData, { recursive: true })
  await writeFileAtomic(file, storage.encryptString(JSON.stringify(stored)), { mode: 0o600 })
  return { key, keyId, protection: protectionOf(storage) }
}
