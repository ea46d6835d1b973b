import { readFile } from 'node:fs/promises'
import { expect, test } from './fixtures'
import { BackupsPage, exportBundle, importBundle } from './pages/backups'
import { RegistryPage } from './pages/registry'

test('an event bundle takes an event to a colleague’s laptop; changes on both sides are chosen', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(90_000)
  // Laptop A: the event, two people, one with a passport number.
  const registry = new RegistryPage(page)
  await registry.openWithNewEvent()
  await page.getByRole('button', { name: 'Add participant' }).click()
  const add = page.getByRole('dialog', { name: 'Add participant' })
  await registry.fill(add, { given: 'Tevita', family: 'Fifita', country: 'Tonga' })
  await add.getByLabel('Passport number').fill('TO778812')
  await add.getByRole('button', { name: 'Save participant' }).click()
  await expect(add).toBeHidden()
  await registry.add({ given: 'Mele', family: 'Taufa', country: 'Tonga' })
  await new BackupsPage(page, testInfo).open()
  const bundle = await exportBundle(page, testInfo)
  expect((await readFile(bundle)).includes('TO778812')).toBe(false)

  // Laptop B: its own browser storage.
  const laptopB = await browser.newContext()
  const offsite: string[] = []
  laptopB.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1')) offsite.push(r.url())
  })
  const pageB = await laptopB.newPage()
  const registryB = new RegistryPage(pageB)
  await registryB.shell.open('backups')
  let dialog = await importBundle(pageB, bundle)
  await expect(dialog).toContainText('Bundle of Pacific Digital Diplomacy Workshop')
  await expect(dialog).toContainText(
    'New records: 6 · Already here and identical: 0 · Changed on both sides: 0',
  )
  await expect(dialog).toContainText(
    'Passport numbers, passcodes and host keys are not in this bundle',
  )
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(pageB.getByText('Imported: 6 new, 0 replaced')).toBeVisible()
  await pageB
    .getByRole('combobox', { name: 'Current event' })
    .selectOption({ label: 'Pacific Digital Diplomacy Workshop' })
  await registryB.shell.nav('Registry').click()
  await expect(pageB.getByText('2 of 2 participants')).toBeVisible()

  // Both laptops change Mele; A sends the event again.
  await pageB.getByRole('button', { name: 'Edit Mele Taufa' }).click()
  let edit = pageB.getByRole('dialog', { name: 'Edit participant' })
  await edit.getByLabel('Position', { exact: true }).fill('Counsellor')
  await edit.getByRole('button', { name: 'Save participant' }).click()
  await expect(edit).toBeHidden()
  await registry.shell.nav('Registry').click()
  await page.getByRole('button', { name: 'Edit Mele Taufa' }).click()
  edit = page.getByRole('dialog', { name: 'Edit participant' })
  await edit.getByLabel('Position', { exact: true }).fill('First Secretary')
  await edit.getByRole('button', { name: 'Save participant' }).click()
  await expect(edit).toBeHidden()
  await registry.shell.nav('Backups').click()
  const second = await exportBundle(page, testInfo)

  await registryB.shell.nav('Backups').click()
  dialog = await importBundle(pageB, second)
  await expect(dialog).toContainText('Changed on both sides: 1')
  const card = dialog.getByRole('group', { name: 'Contact: Mele Taufa' })
  const row = card
    .getByRole('row')
    .filter({ has: pageB.getByRole('rowheader', { name: 'position' }) })
  await expect(row.getByRole('cell')).toHaveText(['Counsellor', 'First Secretary'])
  await expect(card.getByRole('radio', { name: 'Keep this laptop’s' })).toBeChecked()
  await card.getByRole('radio', { name: 'Take the bundle’s' }).check()
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(pageB.getByText('Imported: 0 new, 1 replaced')).toBeVisible()
  await pageB.reload()
  await registryB.shell.nav('Registry').click()
  await pageB.getByRole('button', { name: 'Edit Mele Taufa' }).click()
  await expect(pageB.getByRole('dialog').getByLabel('Position', { exact: true })).toHaveValue(
    'First Secretary',
  )
  await laptopB.close()
  expect(offsite).toEqual([])
})
