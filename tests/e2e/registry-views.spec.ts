import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { RegistryViewsPage } from './pages/registry-views'

// Set SHOTS_DIR to also save light and dark screenshots of each view, for looking at them.
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR
  if (!dir) return
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await page.screenshot({ path: `${dir}/${name}-${colorScheme}.png`, fullPage: true })
  }
  await page.emulateMedia({ colorScheme: 'light' })
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/#/events')
})

test('delegations in protocol order, English or Indonesian or drawn by lot, with a head', async ({
  page,
}) => {
  const views = new RegistryViewsPage(page)
  await views.openNewEvent()
  await views.add({ given: 'Aroha', family: 'Ngata', country: 'New Zealand', status: 'Confirmed' })
  await views.add({ given: 'Wiremu', family: 'Adams', country: 'New Zealand', mode: 'Online' })
  await views.add({
    given: 'Tavita',
    family: 'Leota',
    country: 'Samoa',
    role: 'Head of delegation',
  })
  await views.add({ given: 'Litia', family: 'Vula', country: 'Fiji' })

  await views.open('Delegations')
  await expect(views.delegationHeadings()).toHaveText(['Fiji', 'New Zealand', 'Samoa'])
  const nz = views.delegation('New Zealand')
  await expect(nz).toContainText('No head of delegation yet')
  await expect(nz).toContainText('By status: Invited: 1 · Confirmed: 1')
  await expect(nz).toContainText('By mode: In person: 1 · Online: 1')
  await expect(views.delegation('Samoa')).toContainText('Head of delegation: Tavita Leota')

  await page.getByRole('radio', { name: 'Alphabetical by Indonesian name' }).check()
  await expect(views.delegationHeadings()).toHaveText(['Fiji', 'Samoa', 'Selandia Baru'])

  const selandia = views.delegation('Selandia Baru')
  await selandia.getByRole('button', { name: 'Make Wiremu Adams head of delegation' }).click()
  await expect(selandia).toContainText('Head of delegation: Wiremu Adams')
  await expect(selandia.getByRole('row').nth(1)).toContainText('Wiremu Adams')
  await views.undo().click()
  await expect(selandia).toContainText('No head of delegation yet')
  await selandia.getByRole('button', { name: 'Make Wiremu Adams head of delegation' }).click()
  await expect(selandia).toContainText('Head of delegation: Wiremu Adams')
  await expect(
    selandia.getByRole('button', { name: 'Make Wiremu Adams head of delegation' }),
  ).toHaveCount(0)

  await page.getByRole('radio', { name: 'Starting from a country drawn by lot' }).check()
  await page.getByLabel('First country').selectOption({ label: 'Samoa' })
  await expect(views.delegationHeadings()).toHaveText(['Samoa', 'Selandia Baru', 'Fiji'])
  await shot(page, 'delegations')
  await page.getByRole('button', { name: 'Draw by lot' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'was drawn' })).toBeVisible()
  const drawn = await page.getByLabel('First country').locator('option:checked').textContent()
  await expect(views.delegationHeadings().first()).toHaveText(drawn!)

  await page.reload()
  await views.shell.nav('Registry').click()
  await views.open('Delegations')
  await expect(
    page.getByRole('radio', { name: 'Starting from a country drawn by lot' }),
  ).toBeChecked()
  await expect(page.getByLabel('First country').locator('option:checked')).toHaveText(drawn!)
  await expect(views.delegationHeadings().first()).toHaveText(drawn!)
  await expect(views.delegation('Selandia Baru')).toContainText('Head of delegation: Wiremu Adams')

  await page.getByRole('combobox', { name: 'Language' }).selectOption('id')
  await expect(page.getByRole('group', { name: 'Urutan protokoler' })).toBeVisible()
  await expect(views.delegation('Selandia Baru')).toContainText('Ketua delegasi: Wiremu Adams')
  await shot(page, 'delegations-id')
})

test('the dashboard counts by status, mode, delegation, gender and role', async ({ page }) => {
  const views = new RegistryViewsPage(page)
  await views.openNewEvent()
  await views.add({ given: 'Sione', family: 'Tupou', country: 'Tonga', gender: 'Male' })
  await views.add({
    given: 'Mele',
    family: 'Taufa',
    country: 'Tonga',
    status: 'Confirmed',
    mode: 'Online',
    gender: 'Female',
  })
  await views.add({
    given: 'Litia',
    family: 'Vula',
    country: 'Fiji',
    status: 'Confirmed',
    role: 'Head of delegation',
    gender: 'Female',
  })

  await views.open('Dashboard')
  const totals = page.getByRole('list', { name: 'Totals' })
  await expect(views.item(totals, 'Participants')).toHaveText('Participants: 3')
  await expect(views.item(totals, 'Delegations')).toHaveText('Delegations: 2')
  await expect(views.item(totals, 'Countries and territories')).toHaveText(
    'Countries and territories: 2',
  )
  await expect(views.item(totals, 'In person')).toHaveText('In person: 2')
  await expect(views.item(totals, 'Online')).toHaveText('Online: 1')
  const status = views.chart('Participants by status')
  await expect(views.item(status, 'Confirmed')).toHaveText('Confirmed: 2')
  await expect(views.item(status, 'Invited')).toHaveText('Invited: 1')
  await expect(views.item(status, 'Declined')).toHaveText('Declined: 0')
  await expect(views.item(views.chart('Participants by mode'), 'Online')).toHaveText('Online: 1')
  await expect(views.chart('Participants by delegation').getByRole('listitem')).toHaveText([
    'Tonga: 2',
    'Fiji: 1',
  ])
  await expect(views.item(views.chart('Participants by gender'), 'Female')).toHaveText('Female: 2')
  const role = views.chart('Participants by role')
  await expect(views.item(role, 'Head of delegation')).toHaveText('Head of delegation: 1')
  await expect(views.item(role, 'Delegate')).toHaveText('Delegate: 2')
  await shot(page, 'dashboard')

  await page.reload()
  await views.shell.nav('Registry').click()
  await views.open('Dashboard')
  await expect(views.item(page.getByRole('list', { name: 'Totals' }), 'Participants')).toHaveText(
    'Participants: 3',
  )
  await page.getByRole('combobox', { name: 'Language' }).selectOption('id')
  await expect(views.item(views.chart('Peserta menurut status'), 'Terkonfirmasi')).toHaveText(
    'Terkonfirmasi: 2',
  )
  await shot(page, 'dashboard-id')
})

test('duplicates are merged only after confirmation, or dismissed', async ({ page }) => {
  const views = new RegistryViewsPage(page)
  await views.openNewEvent()
  await views.add({ given: 'Jone', family: 'Vakarau', emails: 'jone@fiji.gov.fj', country: 'Fiji' })
  await views.add({
    given: 'Jone',
    family: 'Vakarau',
    emails: 'JONE@fiji.gov.fj',
    country: 'Fiji',
    position: 'Director',
  })
  await views.add({ given: 'Sione', family: 'Tupou', country: 'Tonga' })
  await views.add({ given: 'Siona', family: 'Tupou', country: 'Tonga' })

  await views.open('Duplicates')
  await expect(page.getByText('1 certain, 0 probable, 1 possible')).toBeVisible()
  const pairs = page.getByRole('table', { name: 'Records that may be the same person' })
  await expect(pairs.getByRole('row')).toHaveCount(3)
  await expect(pairs.getByRole('row').nth(1)).toContainText('Certain')
  await shot(page, 'duplicates')

  await page.getByRole('button', { name: 'Review Jone Vakarau and Jone Vakarau' }).click()
  const dialog = page.getByRole('dialog', { name: 'Review a possible duplicate' })
  const comparison = dialog.getByRole('table')
  await expect(comparison.getByRole('row', { name: /Position/ })).toContainText('Differs')
  await expect(comparison.getByRole('row', { name: /Family name/ })).not.toContainText('Differs')
  await expect(comparison.getByRole('row', { name: /Events/ })).toContainText(
    'Pacific Digital Diplomacy Workshop',
  )
  await shot(page, 'duplicates-review')
  await dialog.getByRole('radio', { name: 'Keep record 2: Jone Vakarau' }).check()
  await dialog.getByRole('button', { name: 'Merge…' }).click()
  await expect(dialog).toContainText(
    'Merge record 1 (Jone Vakarau) into record 2 (Jone Vakarau)? Record 1 is removed',
  )
  await dialog.getByRole('button', { name: 'Back' }).click()
  await expect(dialog.getByRole('radio', { name: 'Keep record 2: Jone Vakarau' })).toBeChecked()
  await dialog.getByRole('button', { name: 'Merge…' }).click()
  await shot(page, 'duplicates-confirm')
  await dialog.getByRole('button', { name: 'Yes, merge' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('0 certain, 0 probable, 1 possible')).toBeVisible()

  await page.getByRole('button', { name: 'Review Siona Tupou and Sione Tupou' }).click()
  await dialog.getByRole('button', { name: 'Not a duplicate' }).click()
  await expect(page.getByRole('heading', { name: 'No duplicates found' })).toBeVisible()
  await page.getByRole('radio', { name: 'The whole contacts directory' }).check()
  await expect(page.getByRole('heading', { name: 'No duplicates found' })).toBeVisible()

  await views.open('Delegations')
  // The kept record is the one with the position; the event now has one Jone Vakarau.
  await expect(views.delegation('Fiji')).toContainText('Members: 1')
  await expect(views.delegation('Fiji').getByRole('rowheader')).toHaveText(
    'Jone Vakarau · Director',
  )
  await views.open('Participants')
  await expect(page.getByText('3 of 3 participants')).toBeVisible()
  await page.reload()
  await views.shell.nav('Registry').click()
  await expect(page.getByText('3 of 3 participants')).toBeVisible()
  await views.open('Duplicates')
  // A dismissal lasts for the session; the merge is for good.
  await expect(page.getByText('0 certain, 0 probable, 1 possible')).toBeVisible()
})

test('the directory invites past participants from chosen countries, with undo', async ({
  page,
}) => {
  const views = new RegistryViewsPage(page)
  await views.openNewEvent({
    nameEn: 'International Conference on Digital Diplomacy',
    shortName: 'ICDD 2021',
    startDate: '2021-10-04',
    endDate: '2021-10-06',
  })
  await views.add({ given: 'Sione', family: 'Tupou', country: 'Tonga' })
  await views.add({ given: 'Litia', family: 'Vula', country: 'Fiji' })
  await views.add({ given: 'Hans', family: 'Müller', country: 'Germany' })
  await views.openNewEvent({
    nameEn: 'Bali Hybrid Conference',
    startDate: '2026-10-01',
    endDate: '2026-10-03',
  })
  await views.add({ given: 'Ketut', family: 'Arsana', country: 'Indonesia' })

  await views.open('Contacts directory')
  await expect(page.getByText('4 of 4 contacts')).toBeVisible()
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('muller')
  await expect(page.getByText('1 of 4 contacts')).toBeVisible()
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('')
  await expect(page.getByRole('checkbox', { name: 'Select Ketut Arsana' })).toBeDisabled()

  await page
    .getByLabel('Took part in')
    .selectOption({ label: 'International Conference on Digital Diplomacy (ICDD 2021)' })
  await expect(page.getByText('3 of 4 contacts')).toBeVisible()
  const countries = page.getByRole('group', { name: 'Delegation country' })
  await countries.getByRole('checkbox', { name: 'Tonga' }).check()
  await countries.getByRole('checkbox', { name: 'Fiji' }).check()
  await expect(page.getByText('2 of 4 contacts')).toBeVisible()
  await page.getByRole('checkbox', { name: 'Select all 2 who can be added' }).check()
  await expect(page.getByText('2 selected')).toBeVisible()
  await shot(page, 'directory')
  await page.getByRole('button', { name: 'Add to this event' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: '2 added to Bali Hybrid Conference as invited' }),
  ).toBeVisible()
  const table = page.getByRole('table', { name: 'Contacts across events' })
  await expect(table.getByRole('row', { name: /Sione Tupou/ })).toContainText(
    'Already participating',
  )
  await expect(page.getByRole('checkbox', { name: 'Select Litia Vula' })).toBeDisabled()
  await shot(page, 'directory-added')

  await views.undo().click()
  await expect(page.getByRole('checkbox', { name: 'Select Litia Vula' })).toBeEnabled()
  await page.getByRole('checkbox', { name: 'Select all 2 who can be added' }).check()
  await page.getByRole('button', { name: 'Add to this event' }).click()
  await expect(page.getByRole('checkbox', { name: 'Select Litia Vula' })).toBeDisabled()

  await page.reload()
  await views.shell.nav('Registry').click()
  await expect(page.getByText('3 of 3 participants')).toBeVisible()
  await views.open('Contacts directory')
  await expect(page.getByRole('checkbox', { name: 'Select Sione Tupou' })).toBeDisabled()
  await expect(page.getByRole('checkbox', { name: 'Select Hans Müller' })).toBeEnabled()
})

test('official country names are set per language, used in the registry, and cleared', async ({
  page,
}) => {
  const views = new RegistryViewsPage(page)
  await views.shell.nav('Settings').click()
  const search = page.getByRole('searchbox', { name: 'Search a country' })
  await search.fill('mikronesia')
  await page
    .getByRole('button', { name: 'Edit the names of Federated States of Micronesia' })
    .click()
  const form = page.getByRole('group', { name: 'Indonesian' })
  await expect(form).toContainText('Platform name: Mikronesia')
  await expect(form).toContainText('Default official name: Negara Federasi Mikronesia')

  await search.fill('selandia')
  await page.getByRole('button', { name: 'Edit the names of New Zealand' }).click()
  await page.getByLabel('Official name in Indonesian').fill('Aotearoa Selandia Baru')
  await page.getByRole('button', { name: 'Save names' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'Official names of New Zealand saved' }),
  ).toBeVisible()
  await search.fill('')
  const set = page.getByRole('table', { name: 'Official names you have set' })
  await expect(set.getByRole('row', { name: /New Zealand/ })).toContainText(
    'Aotearoa Selandia Baru',
  )
  await shot(page, 'country-names')

  await page.reload()
  await expect(set.getByRole('row', { name: /New Zealand/ })).toContainText(
    'Aotearoa Selandia Baru',
  )
  await views.openNewEvent()
  await views.add({ given: 'Aroha', family: 'Ngata', country: 'New Zealand' })
  await views.add({ given: 'Litia', family: 'Vula', country: 'Fiji' })
  await views.open('Delegations')
  await page.getByRole('radio', { name: 'Alphabetical by Indonesian name' }).check()
  await expect(views.delegationHeadings()).toHaveText(['Aotearoa Selandia Baru', 'Fiji'])

  await views.shell.nav('Settings').click()
  await page.getByRole('button', { name: 'Edit the names of New Zealand' }).click()
  await page.getByRole('button', { name: 'Use the default Indonesian name' }).click()
  await expect(
    page.getByText('No official names set yet. Search a country to set one.'),
  ).toBeVisible()
})
