import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nodeAtomicWriteFs, tempPathFor, writeFileAtomic } from './atomic-write'
import type { AtomicWriteFs } from './atomic-write'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sekretariat-atomic-'))
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const bytes = (text: string) => new TextEncoder().encode(text)

describe('writeFileAtomic', () => {
  it('creates a new file with exactly the bytes given', async () => {
    const target = join(dir, 'peserta.xlsx')
    await writeFileAtomic(target, bytes('new content'))
    expect(await readFile(target, 'utf8')).toBe('new content')
    expect(await readdir(dir)).toEqual(['peserta.xlsx'])
  })

  it('replaces an existing file', async () => {
    const target = join(dir, 'state.json')
    await writeFile(target, 'old')
    await writeFileAtomic(target, '{"v":2}')
    expect(await readFile(target, 'utf8')).toBe('{"v":2}')
    expect(await readdir(dir)).toEqual(['state.json'])
  })

  it('leaves the previous file intact and no temp file when it fails before the rename', async () => {
    const target = join(dir, 'daftar.docx')
    await writeFile(target, 'previous good version')
    let tempSeen: string | null = null
    const failingRename: AtomicWriteFs = {
      ...nodeAtomicWriteFs,
      rename: async (from) => {
        // The new bytes are fully on disk at this point; the failure is between write and rename.
        tempSeen = from
        expect(await readFile(from, 'utf8')).toBe('replacement')
        throw Object.assign(new Error('device removed'), { code: 'EIO' })
      },
    }
    await expect(writeFileAtomic(target, 'replacement', { fs: failingRename })).rejects.toThrow(
      'device removed',
    )
    expect(tempSeen).not.toBeNull()
    expect(await readFile(target, 'utf8')).toBe('previous good version')
    expect(await readdir(dir)).toEqual(['daftar.docx'])
  })

  it('cleans up when the write itself fails half-way', async () => {
    const target = join(dir, 'backup.json')
    await writeFile(target, 'previous')
    const failingWrite: AtomicWriteFs = {
      ...nodeAtomicWriteFs,
      open: async (path, flags, mode) => {
        const handle = await nodeAtomicWriteFs.open(path, flags, mode)
        return {
          writeFile: async (data) => {
            await handle.writeFile(typeof data === 'string' ? data.slice(0, 3) : data.slice(0, 3))
            throw Object.assign(new Error('disk full'), { code: 'ENOSPC' })
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        }
      },
    }
    await expect(
      writeFileAtomic(target, 'a long replacement', { fs: failingWrite }),
    ).rejects.toThrow('disk full')
    expect(await readFile(target, 'utf8')).toBe('previous')
    expect(await readdir(dir)).toEqual(['backup.json'])
  })

  it('fails without touching anything when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'x.csv'), 'x')).rejects.toMatchObject({
      code: 'ENOENT',
    })
    expect(await readdir(dir)).toEqual([])
  })

  it('names temp files beside the target, hidden and unique', () => {
    const target = join(dir, 'a.csv')
    const first = tempPathFor(target)
    expect(first.startsWith(join(dir, '.a.csv.'))).toBe(true)
    expect(first.endsWith('.tmp')).toBe(true)
    expect(tempPathFor(target)).not.toBe(first)
  })
})
