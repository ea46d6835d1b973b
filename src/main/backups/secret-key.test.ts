import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadSecretKey, SECRET_KEY_FILE, type SafeStorageLike } from './secret-key'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sekretariat-key-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Stands in for the OS keyring: reversible, but not plain text on disk. */
function fakeSafeStorage(available = true, backend = 'gnome_libsecret'): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (plain) => Buffer.from(Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a)),
    decryptString: (wrapped) => {
      const plain = Buffer.from(wrapped.map((b) => b ^ 0x5a)).toString('utf8')
      if (!plain.startsWith('{')) throw new Error('cannot decrypt')
      return plain
    },
    getSelectedStorageBackend: () => backend,
  }
}

describe('secret key kept by main', () => {
  it('creates a 256-bit key once, stores it wrapped, and returns the same key later', async () => {
    const storage = fakeSafeStorage()
    const first = await loadSecretKey(dir, storage)
    expect(first.key.byteLength).toBe(32)
    expect(first.keyId).toMatch(/^[0-9a-f]{16}$/)
    expect(first.protection).toBe('os')
    const onDisk = await readFile(join(dir, SECRET_KEY_FILE))
    expect(onDisk.includes(Buffer.from(first.key))).toBe(false)
    expect(onDisk.toString('latin1')).not.toContain(Buffer.from(first.key).toString('base64'))
    const again = await loadSecretKey(dir, storage)
    expect(again.keyId).toBe(first.keyId)
    expect([...again.key]).toEqual([...first.key])
    if (process.platform !== 'win32')
      expect((await stat(join(dir, SECRET_KEY_FILE))).mode & 0o077).toBe(0)
  })

  it('says when only the basic (fixed-password) store is available', async () => {
    expect((await loadSecretKey(dir, fakeSafeStorage(true, 'basic_text'))).protection).toBe('basic')
  })

  it('refuses without an OS store, and never replaces a key it cannot unwrap', async () => {
    await expect(loadSecretKey(dir, fakeSafeStorage(false))).rejects.toThrow('unavailable')
    await writeFile(join(dir, SECRET_KEY_FILE), 'sealed by another user')
    await expect(loadSecretKey(dir, fakeSafeStorage())).rejects.toThrow('unavailable')
    expect(await readFile(join(dir, SECRET_KEY_FILE), 'utf8')).toBe('sealed by another user')
  })
})
