import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { RegistryPage } from './pages/registry'

// A canary passport number is written through the form, deleted, the browser restarted on the
// same profile, and every file of the profile folder searched for it. A second canary, in the
// notes (not a secret, not deleted), must be found: it proves the search sees what IndexedDB
// writes, so the absence of the first means something.

const PASSPORT = 'QZ7X4K9W2M'
const CONTROL = 'CTRL8N3V6B1H'

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await filesUnder(path)))
    else if (entry.isFile()) out.push(path)
  }
  return out
}

/** Files holding `text` as Latin-1/UTF-8 or UTF-16 (V8 stores strings either way). */
async function filesContaining(dir: string, text: string): Promise<string[]> {
  const needles = [Buffer.from(text, 'latin1'), Buffer.from(text, 'utf16le')]
  const hits: string[] = []
  for (const file of await filesUnder(dir)) {
    const bytes = await readFile(file).catch(() => null)
    if (bytes && needles.some((n) => bytes.includes(n))) hits.push(file)
  }
  return hits
}

test('a deleted passport number leaves no readable copy in the profile folder', async ({
  baseURL,
}, testInfo) => {
  test.setTimeout(90_000)
  const profile = testInfo.outputPath('profile')
  const launchOptions = testInfo.project.use.launchOptions ?? {}
  const offsite: string[] = []
  const launch = async (): Promise<[BrowserContext, Page]> => {
    const context = await chromium.launchPersistentContext(profile, {
      ...launchOptions,
      baseURL: baseURL!,
      viewport: { width: 1280, height: 900 },
    })
    context.on('request', (r) => {
      if (!/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(r.url())) offsite.push(r.url())
    })
    return [context, context.pages()[0] ?? (await context.newPage())]
  }

  let [context, page] = await launch()
  const registry = new RegistryPage(page)
  await registry.openWithNewEvent()
  await page.getByRole('button', { name: 'Add participant' }).click()
  const add = page.getByRole('dialog', { name: 'Add participant' })
  await registry.fill(add, { given: 'Tevita', family: 'Fifita', country: 'Tonga' })
  await add.getByLabel('Passport number').fill(PASSPORT)
  await add.getByLabel('Notes').fill(CONTROL)
  await add.getByRole('button', { name: 'Save participant' }).click()
  await expect(add).toBeHidden()

  await page.getByRole('button', { name: 'Edit Tevita Fifita' }).click()
  const edit = page.getByRole('dialog', { name: 'Edit participant' })
  await expect(edit.getByLabel('Passport number')).toHaveValue(PASSPORT)
  await edit.getByLabel('Passport number').fill('')
  await edit.getByRole('button', { name: 'Save participant' }).click()
  await expect(edit).toBeHidden()
  await context.close()

  // Restart on the same profile: the participant is there, the passport number is gone.
  ;[context, page] = await launch()
  await page.goto('/#/registry')
  await page.getByRole('button', { name: 'Edit Tevita Fifita' }).click()
  const again = page.getByRole('dialog', { name: 'Edit participant' })
  await expect(again.getByLabel('Notes')).toHaveValue(CONTROL)
  await expect(again.getByLabel('Passport number')).toHaveValue('')
  await context.close()

  expect(await filesContaining(profile, CONTROL), 'the search must see IndexedDB data').not.toEqual(
    [],
  )
  expect(await filesContaining(profile, PASSPORT), 'files holding the passport number').toEqual([])
  expect(offsite, 'requests that left 127.0.0.1').toEqual([])
})
