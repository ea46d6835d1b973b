import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileCapped } from './read-file-capped'

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sekretariat-read-'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('readFileCapped', () => {
  it('reads a file up to the cap', async () => {
    const file = join(dir, 'ok.csv')
    await writeFile(file, 'a;b\n1;2\n')
    const bytes = await readFileCapped(file, 8)
    expect(bytes).toBeInstanceOf(Uint8Array)
    expect(new TextDecoder().decode(bytes)).toBe('a;b\n1;2\n')
  })

  it('reads an empty file', async () => {
    const file = join(dir, 'empty.csv')
    await writeFile(file, '')
    expect((await readFileCapped(file, 8)).byteLength).toBe(0)
  })

  it('refuses a file over the cap', async () => {
    const file = join(dir, 'big.csv')
    await writeFile(file, new Uint8Array(9))
    await expect(readFileCapped(file, 8)).rejects.toThrow('file_too_large')
  })

  it('refuses folders and missing files with a code, not a path', async () => {
    await expect(readFileCapped(dir, 8)).rejects.toThrow(/^read_failed$/)
    const failure = (await readFileCapped(join(dir, 'missing.csv'), 8).catch(
      (e: unknown) => e,
    )) as Error
    expect(failure.message).toBe('read_failed')
  })
})
