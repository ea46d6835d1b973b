import { expect, test } from './fixtures'
import { Shell } from './pages/shell'

const workshop = {
  nameEn: 'Pacific Digital Diplomacy Workshop',
  nameId: 'Lokakarya Diplomasi Digital Pasifik',
  shortName: 'PDDW 2026',
  startDate: '2026-08-01',
  endDate: '2026-08-12',
  zoneQuery: 'jakarta',
  zone: 'Asia/Jakarta',
  venue: 'Jakarta',
}

test('a new user is told what to do first', async ({ page }) => {
  const shell = new Shell(page)
  await shell.open()
  await expect(page.getByRole('heading', { name: 'No events yet' })).toBeVisible()
  await shell.nav('Registry').click()
  await expect(page.getByRole('heading', { name: 'Choose an event first' })).toBeVisible()
  await page.getByRole('button', { name: 'Go to events' }).click()
  await expect(page.getByRole('heading', { name: 'Events', level: 1 })).toBeVisible()
})

test('an event created is still there, and still current, after a reload', async ({ page }) => {
  const shell = new Shell(page)
  await shell.open()
  await shell.createEvent(workshop)
  await expect(page.getByRole('status')).toContainText(
    'Event “Pacific Digital Diplomacy Workshop” created',
  )
  const row = page.getByRole('row', { name: /Pacific Digital Diplomacy Workshop/ })
  await expect(row).toContainText(/1\s*–\s*12 Aug 2026/)
  await expect(row).toContainText('Asia/Jakarta')

  await page.reload()
  await expect(page.getByRole('row', { name: /Pacific Digital Diplomacy Workshop/ })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Current event' })).toHaveValue(/.+/)
  await expect(
    page.getByRole('combobox', { name: 'Current event' }).locator('option:checked'),
  ).toHaveText(workshop.nameEn)
})

test('the form explains what is wrong and keeps what was typed', async ({ page }) => {
  const shell = new Shell(page)
  await shell.open()
  await page.getByRole('button', { name: 'New event' }).first().click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Name in English').fill('Bali Hybrid Conference')
  await dialog.getByLabel('Start date').fill('2026-10-10')
  await dialog.getByLabel('End date').fill('2026-10-01')
  await dialog.getByRole('combobox', { name: 'Time zone' }).fill('Nowhere/Atlantis')
  await dialog.getByRole('button', { name: 'Save event' }).click()
  await expect(dialog.getByText('The end date is before the start date')).toBeVisible()
  await expect(dialog.getByText('Choose a time zone from the list')).toBeVisible()
  await expect(dialog.getByLabel('Name in English')).toHaveValue('Bali Hybrid Conference')
  await expect(dialog.getByLabel('End date')).toHaveAttribute('aria-invalid', 'true')
})

test('editing and archiving an event, with undo', async ({ page }) => {
  const shell = new Shell(page)
  await shell.open()
  await shell.createEvent(workshop)
  await page.getByRole('button', { name: `Edit: ${workshop.nameEn}` }).click()
  await page.getByRole('dialog').getByLabel('Venue').fill('Nusa Dua, Bali')
  await page.getByRole('dialog').getByRole('button', { name: 'Save event' }).click()
  await expect(page.getByRole('row', { name: /Pacific Digital/ })).toContainText('Nusa Dua, Bali')

  await page.getByRole('button', { name: `Archive: ${workshop.nameEn}` }).click()
  await expect(page.getByRole('row', { name: /Pacific Digital/ })).toHaveCount(0)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('row', { name: /Pacific Digital/ })).toBeVisible()

  await page.reload()
  await expect(page.getByRole('row', { name: /Pacific Digital/ })).toContainText('Nusa Dua, Bali')
})

test('the language switch is remembered across a reload', async ({ page }) => {
  const shell = new Shell(page)
  await shell.open('settings')
  await page.getByRole('radio', { name: 'Bahasa Indonesia' }).check()
  await expect(page.getByRole('heading', { name: 'Pengaturan', level: 1 })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Pengaturan', level: 1 })).toBeVisible()
  await expect(
    page.getByRole('navigation').getByRole('link', { name: 'Daftar peserta' }),
  ).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'id')
  await page.getByRole('combobox', { name: 'Bahasa' }).selectOption('en')
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
})

test('the shell can be used from the keyboard', async ({ page }) => {
  const shell = new Shell(page)
  await shell.open()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await shell.nav('Settings').focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  await expect(shell.nav('Settings')).toHaveAttribute('aria-current', 'page')

  await shell.nav('Events').click()
  await page.getByRole('button', { name: 'New event' }).first().click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
})
