import { readFile } from 'node:fs/promises'
import * as XLSX from 'xlsx'
import { expect, test } from './fixtures'
import { ImportPage } from './pages/import'
import { RegistryPage } from './pages/registry'

test('Indonesian list: import, import again with fixes as an update, undo it, reload', async ({
  page,
}) => {
  test.slow() // two imports, an undo and a reload
  const imp = new ImportPage(page)
  const registry = new RegistryPage(page)
  await imp.openWithNewEvent()
  await imp.choose('samples/daftar_peserta.xlsx')
  await expect(
    page.getByText('Header found on row 1. Data runs from row 2 to row 7.'),
  ).toBeVisible()
  await imp.next()
  await expect(
    page.getByRole('combobox', { name: 'Registry field for column "Nama"' }),
  ).toHaveValue('fullName')
  await expect(
    page.getByRole('combobox', { name: 'Registry field for column "Moda Kehadiran"' }),
  ).toHaveValue('mode')
  await imp.next()
  await expect(page.getByText('Rows: 6 · without problems: 6')).toBeVisible()
  await imp.next()
  await expect(page.getByText('New: 6', { exact: true })).toBeVisible()
  await imp.importRows(6)
  await expect(imp.summary()).toContainText('Added: 6 · updated: 0')

  // The same file again, with two cells changed on screen: an update, shown field by field.
  await page.getByRole('button', { name: 'Import another file' }).click()
  await imp.choose('samples/daftar_peserta.xlsx')
  await expect(page.getByText(/This exact file was imported before/)).toBeVisible()
  await imp.next()
  await expect(page.getByText('This layout was imported before')).toBeVisible()
  await imp.next()
  await imp.fixCell('Telepon', 2, '+676 23999')
  await imp.fixCell('Moda Kehadiran', 2, 'Luring')
  await imp.next()
  await expect(page.getByText('Updates: 1', { exact: true })).toBeVisible()
  await expect(page.getByText('No change: 5', { exact: true })).toBeVisible()
  const siosaia = page.getByRole('listitem').filter({ hasText: 'Siosaia Lolohea' })
  await expect(siosaia).toContainText('Phone: +676 23600 → +676 23999')
  await expect(siosaia).toContainText('Participation mode: Online → In person')
  await imp.importRows(6)
  await expect(imp.summary()).toContainText('Added: 0 · updated: 1 · unchanged: 5')

  await registry.shell.nav('Registry').click()
  await expect(page.getByText('6 of 6 participants')).toBeVisible()
  await expect(registry.row('Siosaia Lolohea')).toContainText('In person')

  await imp.openTab()
  await expect(imp.batches().getByRole('row')).toHaveCount(3)
  await imp.undo('daftar_peserta.xlsx', 'updated 1')
  await expect(page.getByText('Import undone: removed 0, restored 1.')).toBeVisible()
  // A backup was made before each import and before the undo.
  await registry.shell.nav('Backups').click()
  await expect(page.getByText('Before an import')).toHaveCount(2)
  await expect(page.getByText('Before undoing an import')).toHaveCount(1)

  await page.reload()
  await registry.shell.nav('Registry').click()
  await expect(page.getByText('6 of 6 participants')).toBeVisible()
  await expect(registry.row('Siosaia Lolohea')).toContainText('Online')
  await expect(registry.row('Teariki Heather')).toContainText('Cook Islands')
  await imp.openTab()
  await expect(imp.batches()).toContainText(/Undone/)
})

test('problems: fixed in the grid, countries and values confirmed, the rest downloaded', async ({
  page,
}) => {
  test.slow() // several rebuilds in the worker, a download and a reload
  const imp = new ImportPage(page)
  const registry = new RegistryPage(page)
  await imp.openWithNewEvent()
  await imp.choose('e2e/roster_with_problems.csv')
  await expect(page.getByLabel('Column separator')).toHaveValue(';')
  await imp.next()
  await imp.next()
  await expect(
    page.getByText('Rows: 4 · without problems: 1 · with warnings: 2 · with errors: 1'),
  ).toBeVisible()
  const grid = imp.grid()
  await expect(grid).toContainText('"jone.waqa at govnet" is not an email address.')
  await expect(grid).toContainText('No name.')

  await page.getByLabel('Show only rows with problems').check()
  await expect(grid.getByRole('row')).toHaveCount(4)
  await imp.fixCell('Surel', 3, 'Jone.Waqa@govnet.gov.fj')
  await expect(grid).not.toContainText('is not an email address')
  await expect(grid.getByRole('row')).toHaveCount(3)

  await page.getByLabel('Country for "Korea" (rows: 1)').selectOption({ label: 'South Korea' })
  await expect(grid).not.toContainText('could be several countries')
  await page
    .getByLabel('Participation mode: "Hadir langsung" (rows: 1)')
    .selectOption({ label: 'In person' })
  await expect(grid).not.toContainText('is not a known')
  await imp.next()
  await expect(page.getByText('New: 3', { exact: true })).toBeVisible()
  await expect(page.getByText('With errors: 1', { exact: true })).toBeVisible()
  await imp.importRows(3)
  await expect(imp.summary()).toContainText(
    'Added: 3 · updated: 0 · unchanged: 0 · left out: 0 · with errors: 1',
  )

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download problems (.xlsx)' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('roster_with_problems - problems.xlsx')
  const book = XLSX.read(await readFile((await file.path())!), { type: 'buffer' })
  const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1 })
  expect(rows[0]).toEqual([
    'Problem',
    'Row',
    'Nama Lengkap',
    'Jabatan',
    'Instansi',
    'Negara',
    'Surel',
    'No. HP',
    'Moda Kehadiran',
  ])
  expect(rows[1]).toEqual([
    'No name.',
    4,
    '',
    'Intern',
    'MoFA',
    'Tonga',
    'intern@gov.to',
    '',
    'Daring',
  ])

  await page.reload()
  await registry.shell.nav('Registry').click()
  await expect(page.getByText('3 of 3 participants')).toBeVisible()
  await expect(registry.row('Kim Min-jun')).toContainText('South Korea')
  await expect(registry.row('Kim Min-jun')).toContainText('In person')
  await expect(registry.row('Jone Waqa')).toContainText('jone.waqa@govnet.gov.fj')
})

test('Samoa’s form: title rows skipped, the country taken from the title, honorifics kept', async ({
  page,
}) => {
  const imp = new ImportPage(page)
  const registry = new RegistryPage(page)
  await imp.openWithNewEvent()
  await imp.choose('samples/nomination_samoa.xlsx')
  await expect(page.getByLabel('Header row')).toHaveValue('4')
  await expect(page.getByText('Row 8 and below are a footer')).toBeVisible()
  await imp.next()
  await expect(page.getByLabel('Delegation for rows without a country')).toHaveValue('WS')
  await expect(page.getByText('Suggested from the file’s title: Samoa.')).toBeVisible()
  await imp.next()
  await imp.next()
  await imp.importRows(2)
  await registry.shell.nav('Registry').click()
  await expect(page.getByText('2 of 2 participants')).toBeVisible()
  await expect(registry.row('Mr. Afamasaga Toleafoa')).toContainText('Samoa')
  await expect(registry.row('Mrs Leota Lu')).toContainText('In person')
})

test('European CSV dropped on the window: Windows-1252 and semicolons detected, encoding changeable', async ({
  page,
}) => {
  const imp = new ImportPage(page)
  const registry = new RegistryPage(page)
  await imp.openWithNewEvent()
  await imp.drop('samples/contacts_semicolon_cp1252.csv')
  const encoding = page.getByLabel('Text encoding')
  await expect(encoding).toHaveValue('windows-1252')
  await expect(page.getByLabel('Column separator')).toHaveValue(';')
  const preview = page.getByRole('table', { name: 'Top of the sheet' })
  await expect(preview).toContainText('Hélène Wéa')
  await encoding.selectOption('utf-8')
  await expect(preview).toContainText('H�l�ne')
  await encoding.selectOption('windows-1252')
  await expect(preview).toContainText('Hélène Wéa')
  await imp.next()
  await expect(
    page.getByRole('combobox', { name: 'Registry field for column "Courriel"' }),
  ).toHaveValue('email')
  await imp.next()
  await imp.next()
  await imp.importRows(2)
  await page.reload()
  await registry.shell.nav('Registry').click()
  await expect(registry.row('Hélène Wéa')).toContainText('New Caledonia')
  await expect(registry.row('Noël Teriierooiterai')).toContainText('French Polynesia')
})

test('Zoom report: a repeated join is a duplicate, a device name is left out by decision', async ({
  page,
}) => {
  const imp = new ImportPage(page)
  await imp.openWithNewEvent()
  await imp.choose('samples/zoom_participants_report.csv')
  await imp.acceptToMatch()
  await expect(page.getByText('Duplicates in the file: 1', { exact: true })).toBeVisible()
  await page.getByLabel('Show').selectOption('all')
  await expect(page.getByRole('listitem').filter({ hasText: 'Row 3' })).toContainText(
    'same person as row 2',
  )
  await page.getByRole('combobox', { name: 'Decision for row 5' }).selectOption('Leave out')
  await imp.importRows(2)
  await expect(imp.summary()).toContainText('Added: 2 · updated: 0 · unchanged: 0 · left out: 2')
})

test('hostile cells are shown and stored as text; nothing in them runs', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  const imp = new ImportPage(page)
  const registry = new RegistryPage(page)
  await imp.openWithNewEvent()
  await imp.choose('hostile.xlsx')
  await imp.next()
  await page
    .getByRole('combobox', { name: 'Registry field for column "__proto__"' })
    .selectOption('extra_note')
  await imp.next()
  const grid = imp.grid()
  await expect(grid.getByRole('button', { name: /<img src=x onerror=alert\(1\)>$/ })).toBeVisible()
  await expect(grid).toContainText("=cmd|' /C calc'!A0")
  await expect(grid).toContainText('{{constructor}}')
  await expect(grid.locator('img')).toHaveCount(0)
  await imp.next()
  await imp.importRows(3)
  await registry.shell.nav('Registry').click()
  await expect(page.getByText('3 of 3 participants')).toBeVisible()
  await expect(registry.row('<img src=x onerror=alert(1)>')).toBeVisible()
  await expect(page.locator('img')).toHaveCount(0)
  expect(dialogs).toEqual([])
})

for (const [name, message] of [
  ['zip_bomb.xlsx', 'This file unpacks to far more data than a spreadsheet holds'],
  ['png_renamed.xlsx', 'This file is not a spreadsheet'],
  ['encrypted.xlsx', 'This workbook is protected by a password'],
] as const) {
  test(`${name} is refused with a clear message and changes nothing`, async ({ page }) => {
    const imp = new ImportPage(page)
    await imp.openWithNewEvent()
    await imp.choose(name, message)
    await imp.expectStep('File')
    await expect(page.getByText('No file has been imported into this event yet.')).toBeVisible()
    await page.reload()
    await imp.openTab()
    await expect(page.getByText('No file has been imported into this event yet.')).toBeVisible()
  })
}

test('in Indonesian: steps and problems in the user’s language', async ({ page }) => {
  const imp = new ImportPage(page)
  await imp.openWithNewEvent()
  await page.getByLabel('Language').selectOption('id')
  await imp.choose('png_renamed.xlsx', 'Berkas ini bukan lembar kerja')
})
