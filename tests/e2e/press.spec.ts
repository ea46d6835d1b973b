import { readFile } from 'node:fs/promises'
import mammoth from 'mammoth'
import { expect, test } from './fixtures'
import { PressPage } from './pages/press'
import { RegistryPage } from './pages/registry'

// The 17 Pacific countries and territories of the ministry's 2022 workshop release
// (tests/fixtures/press/press_release_example_id.txt), as the registry form names them.
const PACIFIC_17 = [
  'Cook Islands',
  'Federated States of Micronesia',
  'Fiji',
  'Kiribati',
  'New Caledonia',
  'Nauru',
  'Niue',
  'Palau',
  'Papua New Guinea',
  'French Polynesia',
  'Marshall Islands',
  'Samoa',
  'Solomon Islands',
  'Timor-Leste',
  'Tonga',
  'Tuvalu',
  'Vanuatu',
]

const COUNTRIES_ID =
  'yaitu Fiji, Kaledonia Baru, Kepulauan Cook, Kepulauan Solomon, Kiribati, Nauru, Negara Federasi Mikronesia, Niue, Palau, Papua Nugini, Polinesia Prancis, Republik Kepulauan Marshall, Samoa, Timor Leste, Tonga, Tuvalu dan Vanuatu.'

async function newEvent(page: import('@playwright/test').Page, name: string) {
  const registry = new RegistryPage(page)
  await registry.shell.open()
  await registry.shell.createEvent({
    nameEn: name,
    nameId: 'Lokakarya Regional Diplomasi Digital',
    shortName: 'RWDD 2022',
    startDate: '2022-08-01',
    endDate: '2022-08-12',
    zoneQuery: 'jakarta',
    zone: 'Asia/Jakarta',
    venue: 'Jakarta',
  })
  await registry.shell.nav('Registry').click()
  return registry
}

test('a release from the Indonesian starter template: facts, autosave, versions, .docx', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const registry = await newEvent(page, 'Regional Workshop on Digital Diplomacy')
  for (const [i, country] of PACIFIC_17.entries()) {
    await registry.add({
      given: `Delegate${i + 1}`,
      family: country.split(' ')[0]!,
      country,
      status: 'Confirmed',
      ...(i % 4 === 0 ? { mode: 'Online' } : {}),
    })
  }
  await expect(page.getByText('17 of 17 participants')).toBeVisible()

  const press = new PressPage(page)
  await press.open()
  await expect(page.getByRole('heading', { name: 'No press releases yet' })).toBeVisible()
  await press.setEventDetails({ organisersId: 'Kementerian Luar Negeri' })
  await press.newRelease('Release after the event')

  const id = press.editor('Indonesian')
  const en = press.editor('English')
  await expect(id).toContainText(COUNTRIES_ID)
  await expect(id).toContainText(
    'Kementerian Luar Negeri telah menyelenggarakan Lokakarya Regional Diplomasi Digital pada tanggal 1–12 Agustus 2022 secara hibrida.',
  )
  await expect(id).toContainText(
    'diikuti oleh 17 peserta dari 17 negara dan wilayah, 12 di antaranya',
  )
  await expect(en).toContainText('Solomon Islands, Timor-Leste, Tonga, Tuvalu and Vanuatu.')
  await expect(en).toContainText('from 1–12 August 2022 in hybrid format')
  await expect(page.getByText('The text uses the registry’s current facts.')).toBeVisible()

  // Edit, then reload at once: the journal and autosave keep every keystroke.
  await press.typeAtEnd('Indonesian', ' Informasi lebih lanjut: Direktorat Diplomasi Publik.')
  await press.expectSaved()
  await page.reload()
  await expect(id).toContainText('Informasi lebih lanjut: Direktorat Diplomasi Publik.')

  // Restore the version written from the template; the edit is kept as a version.
  await press.tab('Versions').click()
  await expect(page.getByRole('table', { name: 'Versions' })).toContainText('Created from template')
  await page.getByRole('button', { name: 'Restore version 1' }).click()
  await page
    .getByRole('dialog', { name: 'Restore version 1?' })
    .getByRole('button', { name: 'Restore' })
    .click()
  await expect(id).not.toContainText('Informasi lebih lanjut')
  await expect(id).toContainText(COUNTRIES_ID)
  const versions = page.getByRole('table', { name: 'Versions' })
  await expect(versions).toContainText('Restored an earlier version')
  await expect(versions).toContainText('Text before a restore')
  await expect(page.getByRole('region', { name: 'Differences in Indonesian' })).toContainText(
    'Informasi lebih lanjut',
  )

  // Word document, read back.
  const download = await press.export('Word (.docx)', 'Indonesian')
  expect(download.suggestedFilename()).toMatch(/\(ID\)\.docx$/)
  const bytes = await readFile((await download.path())!)
  const { value } = await mammoth.extractRawText({ buffer: bytes })
  expect(value).toContain('SIARAN PERS')
  expect(value).toContain(COUNTRIES_ID)
  expect(value).toContain('pada tanggal 1–12 Agustus 2022 secara hibrida')
  expect(value).not.toContain('Tuvalu and Vanuatu')
  if (process.env.PRESS_DOCX_OUT) await download.saveAs(process.env.PRESS_DOCX_OUT)
})

test('refreshed facts, hostile values shown as text, approval locks the text', async ({ page }) => {
  test.setTimeout(60_000)
  const registry = await newEvent(page, 'Pacific Government Social Media Conference')
  await registry.add({ given: 'Jone', family: 'Vakarau', country: 'Fiji', status: 'Confirmed' })
  await registry.add({
    honorific: 'Hon.',
    given: '<img src=x onerror="window.__pwned=1">',
    family: '{{constructor}} $&',
    position: 'Minister <script>window.__pwned=2</script>',
    country: 'Samoa',
    status: 'Confirmed',
  })
  const press = new PressPage(page)
  await press.open()
  await press.setEventDetails({ themeEn: '{{__proto__}} $1 <b>bold</b>', official: /^Hon\./ })
  await press.newRelease('Announcement before the event', 'Pengumuman RWDD')
  const id = press.editor('Indonesian')
  await expect(id).toContainText('2 negara dan wilayah, yaitu Fiji dan Samoa.')
  await expect(id).toContainText(
    'ujar Minister <script>window.__pwned=2</script>, Hon. <img src=x onerror="window.__pwned=1"> {{constructor}} $&.',
  )
  await expect(id).toContainText('"{{__proto__}} $1 <b>bold</b>"')

  // Typed at once, reloaded at once: the journal brings the text back.
  await press.typeAtEnd('English', ' Follow #PacificDigital.')
  await page.reload()
  await expect(press.editor('English')).toContainText('Follow #PacificDigital.')
  await press.expectSaved()

  // A country joins in the registry: the draft shows what changed and updates in place.
  await registry.shell.nav('Registry').click()
  await registry.add({ given: 'Sione', family: 'Tupou', country: 'Tonga', status: 'Confirmed' })
  await press.open()
  await expect(page.getByText('Countries and territories: 2 → 3')).toBeVisible()
  await expect(page.getByRole('region', { name: /Changed in the registry/ })).toContainText(
    '+ Tonga',
  )
  await page.getByRole('button', { name: 'Update the text with the current facts' }).click()
  await expect(id).toContainText('3 negara dan wilayah, yaitu Fiji, Samoa dan Tonga.')
  await expect(press.editor('English')).toContainText('Fiji, Samoa and Tonga.')
  await expect(press.editor('English')).toContainText('Follow #PacificDigital.')
  await expect(page.getByText('The text uses the registry’s current facts.')).toBeVisible()

  // The preview: sanitised, in a frame where nothing can run.
  await press.tab('Preview').click()
  const frame = page.getByTitle('Preview of the release')
  await expect(frame).toHaveAttribute('sandbox', '')
  const preview = page.frameLocator('iframe[title="Preview of the release"]')
  await expect(preview.locator('body')).toContainText('<img src=x onerror="window.__pwned=1">')
  await expect(preview.locator('img, script')).toHaveCount(0)
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()

  // The website's HTML and the plain text carry the same values, escaped or as they are.
  const html = await readFile(
    (await (await press.export('Web page (.html)', 'Indonesian')).path())!,
    'utf8',
  )
  expect(html).toContain('Hon. &lt;img src=x onerror="window.__pwned=1"&gt; {{constructor}} $&amp;')
  expect(html).not.toMatch(/<img|<script/)
  const text = await readFile(
    (await (await press.export('Plain text (.txt)', 'English')).path())!,
    'utf8',
  )
  expect(text).toMatch(/^PRESS RELEASE\n\n/)
  expect(text).toContain('Fiji, Samoa and Tonga.')

  // Draft → in review → approved: locked until reopened.
  await page.getByRole('button', { name: 'Send for review' }).click()
  await page.getByRole('button', { name: 'Approve' }).click()
  await expect(
    page.getByText('Approved: the text is locked.', { exact: false }).first(),
  ).toBeVisible()
  await expect(id).toHaveAttribute('contenteditable', 'false')
  await expect(press.toolbar('Indonesian').getByRole('button', { name: 'Bold' })).toBeDisabled()
  await page.getByRole('button', { name: 'Reopen' }).click()
  await expect(id).toHaveAttribute('contenteditable', 'true')
  await press.tab('Versions').click()
  await expect(page.getByRole('table', { name: 'Versions' })).toContainText('Status changed')
})

test('a social post counts characters against the limit; shortcuts format text', async ({
  page,
}) => {
  test.setTimeout(60_000)
  const registry = await newEvent(page, 'Regional Workshop on Digital Diplomacy')
  await registry.add({ given: 'Jone', family: 'Vakarau', country: 'Fiji', status: 'Confirmed' })
  const press = new PressPage(page)
  await press.open()
  await press.newRelease('Social-media post')
  const id = press.editor('Indonesian')
  await expect(id).toContainText('berlangsung 1–12 Agustus 2022 bersama 1 peserta dari 1 negara')
  const counts = page.locator('.press-lang').filter({ has: id }).locator('.press-counts')
  await expect(counts).toContainText(/\d+ \/ 280 characters/)
  await press.editor('Indonesian').click()
  await page.keyboard.press('Control+End')
  await page.keyboard.insertText(` ${'Pasifik '.repeat(30)}`)
  await expect(counts).toContainText(/over the limit/)

  await press.typeAtEnd('English', ' ')
  await page.keyboard.press('Control+b')
  await page.keyboard.type('Bold news')
  const bold = press.toolbar('English').getByRole('button', { name: 'Bold' })
  await expect(bold).toHaveAttribute('aria-pressed', 'true')
  await expect(press.editor('English').locator('strong')).toHaveText('Bold news')
  await expect(bold).toHaveAttribute('aria-keyshortcuts', 'Control+B')

  // A fact inserted from the toolbar; a typed unknown placeholder stays as written, flagged.
  await page.keyboard.press('Control+b')
  await page.keyboard.type(' at ')
  await press.toolbar('English').getByLabel('Insert a fact…').selectOption({ label: 'Venue' })
  await page.keyboard.type(' {{event.nam}}')
  await expect(press.editor('English')).toContainText('Bold news at Jakarta {{event.nam}}')
  await expect(press.editor('English').locator('.press-unknown')).toHaveText('{{event.nam}}')
  await press.expectSaved()
  await expect(
    page.getByText('Unknown placeholders (left as written): {{event.nam}}'),
  ).toBeVisible()
})

test('two windows on one release: the later save is refused and its text kept as a version', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000)
  const registry = await newEvent(page, 'Regional Workshop on Digital Diplomacy')
  await registry.add({ given: 'Jone', family: 'Vakarau', country: 'Fiji', status: 'Confirmed' })
  const first = new PressPage(page)
  await first.open()
  await first.newRelease('Social-media post', 'Unggahan hari pertama')

  const other = await context.newPage()
  const second = new PressPage(other)
  await other.goto('/#/press')
  await other.getByRole('button', { name: 'Unggahan hari pertama', exact: true }).click()
  await expect(second.editor('Indonesian')).toContainText('1 negara')

  await first.typeAtEnd('Indonesian', ' Dari jendela pertama.')
  await first.expectSaved()
  await second.typeAtEnd('Indonesian', ' Dari jendela kedua.')
  await expect(other.getByText('This release was changed in another window')).toBeVisible()

  await other.reload()
  await expect(other.getByText('it is kept as a version')).toBeVisible()
  await expect(second.editor('Indonesian')).toContainText('Dari jendela pertama.')
  await expect(second.editor('Indonesian')).not.toContainText('Dari jendela kedua.')
  await second.tab('Versions').click()
  await expect(other.getByRole('table', { name: 'Versions' })).toContainText(
    'Unsaved text, kept aside',
  )
  await other.getByRole('button', { name: 'View version 2' }).click()
  await expect(other.getByRole('dialog', { name: 'Version 2' })).toContainText(
    'Dari jendela kedua.',
  )
})
