import { writeFile } from 'node:fs/promises'
import { expect, test } from './fixtures'
import { ImportPage } from './pages/import'
import { RegistryPage } from './pages/registry'

// A large event through the screens a user uses: 12,000 people imported from one file, the
// registry read again after a reload, and searched. (Figures for 100,000: npm run bench.)
const GIVEN = ['Ana', 'Sione', 'Mele', 'Tevita', 'Jone', 'Mere', 'Losa', 'Viliami', 'Teuila']
const FAMILY = ['Tuilagi', 'Fifita', 'Taufa', 'Moala', 'Vakarau', 'Tuisawau', 'Lolohea', 'Leota']
const COUNTRIES = ['Fiji', 'Tonga', 'Samoa', 'Vanuatu', 'Palau', 'Nauru', 'Tuvalu', 'Kiribati']
const SIZE = 12_000

function people() {
  return Array.from({ length: SIZE }, (_, i) => {
    const given = GIVEN[i % GIVEN.length]!
    const family = FAMILY[(i * 7) % FAMILY.length]!
    return {
      name: `${given} ${family} ${i}`,
      email: `${given}.${family}${i}@gov.example`.toLowerCase(),
      country: COUNTRIES[(i * 3) % COUNTRIES.length]!,
    }
  })
}

/** Writes the 12,000-row file and takes it through the import screens to the match step. */
async function toMatchStep(imp: ImportPage, file: string) {
  const lines = ['Name,Email,Country,Organisation,Mode']
  for (const [i, p] of people().entries())
    lines.push(
      `${p.name},${p.email},${p.country},Ministry of Foreign Affairs,${i % 3 ? 'In person' : 'Online'}`,
    )
  await writeFile(file, lines.join('\r\n'))
  await imp.openWithNewEvent()
  const chooser = imp.page.waitForEvent('filechooser')
  await imp.page.getByRole('button', { name: 'Choose file…' }).click()
  await (await chooser).setFiles(file)
  await imp.expectStep('Sheet and header', 60_000)
  await imp.acceptToMatch()
}

test('12,000 people imported from one file are all there after a reload, and found', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000)
  const all = people()
  const imp = new ImportPage(page)
  const registry = new RegistryPage(page)
  await toMatchStep(imp, testInfo.outputPath('large_registry.csv'))
  await page.getByRole('button', { name: 'Import 12,000 rows' }).click()
  // While it writes: how far, and a guess of the time left from the rate so far.
  await expect(
    page.getByText(/Importing · \d+% · [\d,]+ of 12,000 rows · about \d+ (seconds?|minutes?) left/),
  ).toBeVisible({ timeout: 60_000 })
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible({
    timeout: 180_000,
  })
  await expect(imp.summary()).toContainText('Added: 12,000 · updated: 0')

  await page.reload()
  await registry.shell.nav('Registry').click()
  await expect(page.getByText('12,000 of 12,000 participants')).toBeVisible({ timeout: 30_000 })
  const search = page.getByRole('searchbox', { name: 'Search participants' })
  await search.fill('tuilagi 117')
  const expected = all.filter(
    (p) => p.name.toLowerCase().includes('tuilagi') && `${p.name} ${p.email}`.includes('117'),
  )
  expect(expected.length).toBeGreaterThan(1)
  await expect(page.getByText(`${expected.length} of 12,000 participants`)).toBeVisible()
  const first = expected[0]!
  await expect(registry.row(new RegExp(`${first.name}(?!\\d)`))).toContainText(first.country)
})

test('cancelling a 12,000-row import while it writes leaves nothing behind, also after a reload', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000)
  const imp = new ImportPage(page)
  const registry = new RegistryPage(page)
  await toMatchStep(imp, testInfo.outputPath('large_registry.csv'))
  await page.getByRole('button', { name: 'Import 12,000 rows' }).click()
  await expect(page.getByRole('progressbar', { name: 'Importing' })).toBeVisible({
    timeout: 60_000,
  })
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByText('Import cancelled. Nothing was changed.')).toBeVisible({
    timeout: 60_000,
  })
  await page.reload()
  await registry.shell.nav('Registry').click()
  await expect(page.getByRole('heading', { name: 'No participants yet' })).toBeVisible()
})
