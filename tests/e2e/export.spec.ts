import mammoth from 'mammoth'
import * as XLSX from 'xlsx'
import { expect, test } from './fixtures'
import { ExportPage } from './pages/export'
import { ImportPage } from './pages/import'

const people = [
  {
    honorific: 'Hon.',
    given: 'Tuilaʻepa',
    family: 'Sailele',
    emails: 'pm@samoa.ws',
    country: 'Samoa',
    role: 'Head of delegation',
    organisation: '=Prime Minister’s Office',
  },
  {
    honorific: 'H.E.',
    given: 'Jone',
    family: 'Vakarau',
    emails: 'jone@govnet.gov.fj',
    phones: '+679 331 1234',
    country: 'Fiji',
    role: 'Head of delegation',
    position: 'Minister',
  },
  {
    given: 'Ana',
    family: 'Rokotuiwai',
    emails: 'ana@govnet.gov.fj',
    country: 'Fiji',
    mode: 'Online',
  },
  { given: 'José', family: 'Ramos', emails: 'jose@timor.tl', country: 'Timor-Leste' },
]

async function addPeople(exp: ExportPage) {
  await exp.registry.openWithNewEvent()
  for (const p of people) await exp.registry.add(p)
  await expect(exp.page.getByText('4 of 4 participants')).toBeVisible()
}

test('the filtered, sorted registry view exports to .xlsx exactly as the table shows it', async ({
  page,
}) => {
  test.slow() // four people added through the form on a shared machine
  const exp = new ExportPage(page)
  await addPeople(exp)
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(worker.url()))
  await exp.registry.search('gov.fj')
  await page.getByRole('button', { name: 'Sort by Name' }).click() // now descending
  await expect(page.getByText('2 of 4 participants')).toBeVisible()
  const shown = await exp.tableRows()
  expect(shown.map((r) => r[0])).toEqual(['H.E. Jone Vakarau', 'Ana Rokotuiwai'])

  const file = await exp.exportView(/Excel workbook/)
  expect(file.name).toMatch(
    /^Pacific-Digital-Diplomacy-Workshop-participants-\d{4}-\d{2}-\d{2}\.xlsx$/,
  )
  const wb = XLSX.read(file.bytes, { type: 'buffer' })
  // The event name is longer than a sheet name may be: shortened, and the user is told.
  expect(wb.SheetNames).toEqual(['Pacific Digital Diplomacy Works', 'About (read me)'])
  await expect(
    page.getByText(/“Pacific Digital Diplomacy Workshop” cannot be used in Excel/),
  ).toBeVisible()
  const rows = XLSX.utils.sheet_to_json<Record<string, string>>(wb.Sheets[wb.SheetNames[0]!]!, {
    defval: '',
  })
  // Same people, same order, same values as the table (name = honorific + given + family).
  expect(
    rows.map((r) => [
      [r['Honorific'], r['Given name'], r['Family name']].filter(Boolean).join(' '),
      r['Delegation'],
      r['Role'],
      r['Status'],
      r['Mode of participation'],
      r['Organisation']!.replace(/^'/, ''),
      r['Email'],
    ]),
  ).toEqual(shown.map((cells) => [...cells.slice(0, 7)]))
  expect(new Set(rows.map((r) => r['ID'])).size).toBe(rows.length)
  // The work ran in the export worker, off the window's thread.
  expect(workers.some((url) => /export\.worker/.test(url))).toBe(true)
  // The organisation starting with "=" is text, neutralised, never a formula.
  const about = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['About (read me)']!, { header: 1 })
  expect(about).toContainEqual(['Search', 'gov.fj'])
  expect(about).toContainEqual(['Sorted by', 'Name, descending'])
  expect(about).toContainEqual(['Participants in this file', String(shown.length)])
})

test('CSV for European Excel: UTF-8 with BOM, semicolons, phones kept as written', async ({
  page,
}) => {
  test.slow() // four people added through the form on a shared machine
  const exp = new ExportPage(page)
  await addPeople(exp)
  const file = await exp.exportView(/semicolon-separated/, { columns: /Every field/ })
  expect(file.name).toMatch(/\.csv$/)
  expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = file.bytes.toString('utf8').slice(1)
  const lines = text.split('\r\n')
  expect(lines[0]).toMatch(/^ID;Honorific;Given name;Family name;Full name;Delegation;Role;/)
  expect(text).toContain(";'+679 331 1234;")
  expect(text).toContain('Tuilaʻepa')
  expect(text).toContain(";'=Prime Minister’s Office;")
  expect(lines.filter((l) => l !== '')).toHaveLength(5)
})

test('the List of Participants .docx lists delegations in protocol order, heads first', async ({
  page,
}) => {
  test.slow() // four people added through the form on a shared machine
  const exp = new ExportPage(page)
  await addPeople(exp)
  await exp.openTab('List of participants')
  const preview = page.getByRole('region', { name: /Preview/ })
  await expect(preview.getByRole('heading', { level: 3 })).toHaveText([
    /^Preview/,
    'Fiji',
    'Samoa',
    'Timor-Leste',
  ])
  const file = await exp.download(() =>
    page.getByRole('button', { name: 'Save as Word (.docx)' }).click(),
  )
  expect(file.name).toBe('Pacific-Digital-Diplomacy-Workshop-list-of-participants.docx')
  const { value } = await mammoth.extractRawText({ buffer: file.bytes })
  const lines = value
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  expect(lines[0]).toBe('LIST OF PARTICIPANTS')
  const order = ['Fiji', 'Samoa', 'Timor-Leste'].map((d) => lines.indexOf(d))
  expect(order.every((i) => i > 0)).toBe(true)
  expect([...order].sort((a, b) => a - b)).toEqual(order)
  const fiji = lines.indexOf('Fiji')
  expect(lines.slice(fiji, fiji + 5)).toEqual([
    'Fiji',
    'H.E. Jone Vakarau',
    'Head of Delegation',
    'Minister',
    'Ana Rokotuiwai (online)',
  ])

  // PDF: the browser prints a page holding only the list (Electron saves it with printToPDF).
  await page.evaluate(() => {
    window.print = () => {
      const view = document.querySelector('.lop-print-view')
      document.body.dataset['printed'] = view?.textContent ?? ''
    }
  })
  await page.getByRole('button', { name: 'Print or save as PDF' }).click()
  await expect(page.locator('body')).toHaveAttribute(
    'data-printed',
    /^LIST OF PARTICIPANTS.*Fiji.*H\.E\. Jone Vakarau.*Samoa.*Timor-Leste/,
  )
  await expect(page.locator('.lop-print-view')).toHaveCount(0)

  // In Indonesian: Indonesian names, sorted in Indonesian.
  await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Indonesian' })
  await expect(preview.getByRole('heading', { level: 3 }).nth(1)).toHaveText('Fiji')
  const id = await exp.download(() =>
    page.getByRole('button', { name: 'Save as Word (.docx)' }).click(),
  )
  const idText = (await mammoth.extractRawText({ buffer: id.bytes })).value
  expect(idText).toContain('DAFTAR PESERTA')
  expect(idText).toContain('Ketua Delegasi')
})

test('the nomination form downloads with its instructions, form and hidden lists', async ({
  page,
}) => {
  const exp = new ExportPage(page)
  await exp.registry.openWithNewEvent()
  await exp.openTab('Nomination form')
  await page.getByLabel('Language of the form').selectOption({ label: 'Indonesian' })
  const file = await exp.download(() =>
    page.getByRole('button', { name: 'Save nomination form' }).click(),
  )
  expect(file.name).toBe('Pacific-Digital-Diplomacy-Workshop-formulir-nominasi.xlsx')
  const wb = XLSX.read(file.bytes, { type: 'buffer' })
  expect(wb.SheetNames).toEqual(['Petunjuk', 'Formulir', 'Referensi'])
  const header = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['Formulir']!, { header: 1 })[0]
  expect(header?.slice(0, 3)).toEqual(['Gelar', 'Nama Depan', 'Nama Belakang'])
})

test('round trip: exported, edited in Excel and imported again, it updates only what changed', async ({
  page,
}) => {
  test.slow() // an export, an import and a reload
  const exp = new ExportPage(page)
  await addPeople(exp)
  const file = await exp.exportView(/Excel workbook/, { columns: /Every field/ })

  // "Excel": two cells changed, everything else left as exported.
  const wb = XLSX.read(file.bytes, { type: 'buffer' })
  const ws = wb.Sheets[wb.SheetNames[0]!]!
  const rows = XLSX.utils.sheet_to_json<string[]>(ws, { header: 1 })
  const col = (name: string) => rows[0]!.indexOf(name)
  const rowOf = (given: string) => rows.findIndex((r) => r[col('Given name')] === given)
  ws[XLSX.utils.encode_cell({ r: rowOf('Jone'), c: col('Position') })] = {
    t: 's',
    v: 'Minister for Foreign Affairs',
  }
  ws[XLSX.utils.encode_cell({ r: rowOf('Ana'), c: col('Mode of participation') })] = {
    t: 's',
    v: 'In person',
  }
  const edited = Buffer.from(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer)

  const imp = new ImportPage(page)
  await imp.openTab()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Choose file…' }).click()
  await (
    await chooser
  ).setFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: edited })
  await imp.expectStep('Sheet and header', 20_000)
  await imp.acceptToMatch()
  // Matched by the ID column, not guessed by name; only the two edited people change.
  await expect(
    page.getByRole('status').filter({ hasText: /0 new, 2 updated, 2 unchanged/ }),
  ).toBeVisible()
  await expect(page.getByText('same ID as our export')).toHaveCount(4)
  const jone = page.getByRole('listitem').filter({ hasText: 'Jone Vakarau' })
  await expect(jone).toContainText('Position: Minister → Minister for Foreign Affairs')
  const ana = page.getByRole('listitem').filter({ hasText: 'Ana Rokotuiwai' })
  await expect(ana).toContainText('Participation mode: Online → In person')
  await imp.importRows(4)
  await expect(imp.summary()).toContainText(/updated: 2|2 updated/)
  await expect(imp.summary()).toContainText(/unchanged: 2|2 unchanged/)

  await page.reload()
  await exp.registry.shell.nav('Registry').click()
  await expect(page.getByText('4 of 4 participants')).toBeVisible()
  await expect(exp.registry.row('Ana Rokotuiwai')).toContainText('In person')
  // The phone came back exactly as written, not with the neutralising apostrophe.
  await page.getByRole('button', { name: 'Edit H.E. Jone Vakarau' }).click()
  await expect(page.getByRole('dialog').getByLabel('Phone / WhatsApp')).toHaveValue('+679 331 1234')
})
