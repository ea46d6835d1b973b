import { expect, test } from './fixtures'
import { RegistryPage } from './pages/registry'

test('add, edit and find participants, and find them again after a reload', async ({ page }) => {
  const registry = new RegistryPage(page)
  await registry.openWithNewEvent()
  await expect(page.getByRole('heading', { name: 'No participants yet' })).toBeVisible()

  await registry.add({
    honorific: 'Hon.',
    given: 'Tuilaʻepa',
    family: 'Sailele',
    emails: 'pm@samoa.ws',
    country: 'Samoa',
    role: 'Head of delegation',
    phones: '+685 21500',
  })
  await registry.add({
    given: 'José',
    family: 'Ramos',
    emails: 'jose@timor.tl',
    country: 'Timor-Leste',
    organisation: 'Ministério dos Negócios Estrangeiros',
  })
  await registry.add({
    given: 'Jone',
    family: 'Vakarau',
    emails: 'jone@fiji.gov.fj',
    country: 'Fiji',
    mode: 'Online',
  })
  await expect(page.getByText('3 of 3 participants')).toBeVisible()

  await registry.search('tuilaepa')
  await expect(page.getByText('1 of 3 participants')).toBeVisible()
  await expect(registry.row('Hon. Tuilaʻepa Sailele')).toBeVisible()
  await registry.search('jose negocios')
  await expect(registry.row('José Ramos')).toBeVisible()
  await expect(page.getByText('1 of 3 participants')).toBeVisible()
  await registry.search('')

  await page.getByRole('button', { name: 'Edit Jone Vakarau' }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit participant' })
  await dialog.getByLabel('Position', { exact: true }).fill('Director, Public Diplomacy')
  await dialog.getByLabel('Status', { exact: true }).selectOption({ label: 'Confirmed' })
  await dialog.getByRole('button', { name: 'Save participant' }).click()
  await expect(dialog).toBeHidden()

  await page.reload()
  await registry.shell.nav('Registry').click()
  await expect(page.getByText('3 of 3 participants')).toBeVisible()
  await expect(registry.row('Jone Vakarau')).toContainText('Confirmed')
  await page.getByRole('button', { name: 'History of Jone Vakarau' }).click()
  await expect(page.getByRole('dialog')).toContainText('status: invited → confirmed')
  await expect(page.getByRole('dialog')).toContainText('position: — → Director, Public Diplomacy')
})

test('the form explains what is wrong', async ({ page }) => {
  const registry = new RegistryPage(page)
  await registry.openWithNewEvent()
  await page.getByRole('button', { name: 'Add participant' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add participant' })
  await dialog.getByLabel('Emails').fill('not-an-email')
  await dialog.getByRole('button', { name: 'Save participant' }).click()
  await expect(dialog.getByText('Enter a given name, a family name or the full name')).toBeVisible()
  await expect(dialog.getByText('One of these is not an email address')).toBeVisible()
  await expect(dialog.getByLabel('Emails')).toHaveValue('not-an-email')
})

test('filters, bulk change with undo, and one head per delegation', async ({ page }) => {
  const registry = new RegistryPage(page)
  await registry.openWithNewEvent()
  await registry.add({
    given: 'Sione',
    family: 'Tupou',
    country: 'Tonga',
    role: 'Head of delegation',
  })
  await registry.add({ given: 'Mele', family: 'Taufa', country: 'Tonga' })
  await registry.add({ given: 'Jone', family: 'Vakarau', country: 'Fiji', mode: 'Online' })

  await page
    .getByRole('group', { name: 'Filters' })
    .getByLabel('Mode')
    .selectOption({ label: 'Online' })
  await expect(page.getByText('1 of 3 participants')).toBeVisible()
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await page
    .getByRole('group', { name: 'Filters' })
    .getByLabel('Delegation')
    .selectOption({ label: 'Tonga' })
  await expect(page.getByText('2 of 3 participants')).toBeVisible()

  await page.getByRole('checkbox', { name: 'Select all shown' }).check()
  const bulk = page.getByRole('group', { name: 'Bulk actions' })
  await bulk.getByLabel('Set status').selectOption({ label: 'Confirmed' })
  await bulk.getByRole('button', { name: 'Apply' }).click()
  await expect(page.getByRole('status').filter({ hasText: '2 participants changed' })).toBeVisible()
  await expect(registry.row('Mele Taufa')).toContainText('Confirmed')
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(registry.row('Mele Taufa')).toContainText('Invited')
  await expect(registry.row('Sione Tupou')).toContainText('Invited')

  await page.getByRole('checkbox', { name: 'Select Mele Taufa' }).check()
  await page.getByRole('button', { name: 'Make head of delegation' }).click()
  await expect(registry.row('Mele Taufa')).toContainText('Head of delegation')
  await expect(registry.row('Sione Tupou')).toContainText('Delegate')

  // A new head through the form: the one before steps down, and both rows say so at once.
  await registry.add({
    given: 'Losa',
    family: 'Fifita',
    country: 'Tonga',
    role: 'Head of delegation',
  })
  await expect(page.getByText('Mele Taufa is no longer head of delegation')).toBeVisible()
  await expect(registry.row('Losa Fifita')).toContainText('Head of delegation')
  await expect(registry.row('Mele Taufa')).toContainText('Delegate')

  await page.reload()
  await registry.shell.nav('Registry').click()
  await expect(registry.row('Losa Fifita')).toContainText('Head of delegation')
  await expect(registry.row('Mele Taufa')).toContainText('Delegate')
  await expect(registry.row('Sione Tupou')).toContainText('Delegate')
})

test('removing participants can be undone', async ({ page }) => {
  const registry = new RegistryPage(page)
  await registry.openWithNewEvent()
  await registry.add({ given: 'Sione', family: 'Tupou', country: 'Tonga' })
  await page.getByRole('checkbox', { name: 'Select Sione Tupou' }).check()
  await page.getByRole('button', { name: 'Remove from event' }).click()
  await expect(page.getByRole('heading', { name: 'No participants yet' })).toBeVisible()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(registry.row('Sione Tupou')).toBeVisible()
})
