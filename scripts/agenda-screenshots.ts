// Screenshots of every agenda tab, light and dark, with a small event filled in. Run:
// npm run build:web && npx vite preview --config vite.web.config.ts &
// node --import tsx scripts/agenda-screenshots.ts [outDir]
import type { Page } from 'playwright'
import { addPerson, base, launchChromium } from './screenshot-kit'

const outDir = process.argv[2] ?? '/tmp'
const report = new URL('../tests/fixtures/attendance/zoom_participants_report.csv', import.meta.url)

const person = (page: Page, given: string, family: string, country: string, zone?: string) =>
  addPerson(page, { given, family, country, mode: 'Online', ...(zone ? { zone } : {}) })

async function session(page: Page, title: string, start: string, end: string, kind?: string) {
  await page.getByRole('button', { name: 'Add session', exact: true }).click()
  const d = page.getByRole('dialog', { name: 'Add session' })
  await d.getByLabel('Title in English').fill(title)
  if (kind) await d.getByLabel('Kind').selectOption({ label: kind })
  await d.getByLabel('Starts').fill(start)
  await d.getByLabel('Ends').fill(end)
  await d.getByRole('button', { name: 'Save session' }).click()
  await d.waitFor({ state: 'hidden' })
}

const browser = await launchChromium()
for (const scheme of ['light', 'dark'] as const) {
  const context = await browser.newContext({
    viewport: { width: 1360, height: 900 },
    colorScheme: scheme,
  })
  const page = await context.newPage()
  const shot = (name: string) =>
    page.screenshot({ path: `${outDir}/agenda-${name}-${scheme}.png`, fullPage: true })
  await page.goto(`${base}/#/events`)
  await page.getByRole('button', { name: 'New event' }).first().click()
  const ev = page.getByRole('dialog')
  await ev.getByLabel('Name in English').fill('Pacific Digital Diplomacy Workshop')
  await ev.getByLabel('Short name').fill('PDDW 2022')
  await ev.getByLabel('Start date').fill('2022-08-01')
  await ev.getByLabel('End date').fill('2022-08-05')
  await ev.getByRole('combobox', { name: 'Time zone' }).fill('jakarta')
  await ev.getByRole('option', { name: /^Asia\/Jakarta/ }).click()
  await ev.getByRole('button', { name: 'Save event' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Registry' }).click()
  await person(page, 'Siosaia', 'Lolohea', 'Tonga')
  await person(page, 'Roselyn', 'Tuimabu', 'Fiji')
  await person(page, 'Tevita', 'Moala', 'Cook Islands')
  await person(page, 'Teuea', 'Toatu', 'Kiribati', 'Pacific/Kiritimati')
  await page.getByRole('navigation').getByRole('link', { name: 'Agenda & rooms' }).click()
  await page.getByRole('tab', { name: 'Rooms' }).click()
  await page.getByRole('button', { name: 'Add room' }).click()
  const r = page.getByRole('dialog', { name: 'Add room' })
  await r.getByLabel('Room name').fill('Plenary room')
  await r.getByLabel('Join link').fill('zoom.us/j/85012345678?pwd=abc')
  await shot('room-form')
  await r.getByRole('button', { name: 'Use this https link' }).click()
  await r.getByLabel('Passcode', { exact: true }).fill('4821')
  await r.getByLabel('Host key', { exact: true }).fill('135790')
  await r.getByRole('button', { name: 'Save room' }).click()
  await r.waitFor({ state: 'hidden' })
  await shot('rooms')
  await page.getByRole('tab', { name: 'Agenda' }).click()
  await session(page, 'Day 2 plenary', '2022-08-02T09:00', '2022-08-02T12:00')
  await session(page, 'Press briefing', '2022-08-02T10:00', '2022-08-02T10:30', 'Protocol')
  await session(page, 'Regional dinner', '2022-08-02T16:00', '2022-08-02T18:00', 'Social')
  await session(page, 'Reading week', '2022-08-03T08:00', '2022-08-03T17:00', 'Self-study')
  await shot('day')
  await page
    .getByLabel('Show times in')
    .selectOption({ label: 'Tevita Moala — Pacific/Rarotonga (UTC−10:00)' })
  await page.getByRole('button', { name: 'List', exact: true }).click()
  await shot('list')
  await page.getByRole('tab', { name: 'Time zones' }).click()
  await shot('zones')
  await page.getByRole('tab', { name: 'Join instructions' }).click()
  await page
    .getByLabel('For', { exact: true })
    .selectOption({ label: 'Tevita Moala (Cook Islands)' })
  await shot('instructions')
  await page.getByRole('tab', { name: 'Attendance' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import Zoom or Teams report' }).click()
  await (await chooser).setFiles(report.pathname)
  await page.getByText('4 joins by 3 people.').waitFor()
  await shot('import')
  await page.getByRole('dialog').getByRole('button', { name: 'Import', exact: true }).click()
  await page.getByRole('dialog').waitFor({ state: 'hidden' })
  await page.getByText('Galaxy A52').first().waitFor()
  await shot('attendance')
  await page.getByLabel('Siosaia Lolohea finished Reading week').check()
  await page.getByLabel('Roselyn Tuimabu finished Reading week').check()
  await page.getByText('Roselyn Tuimabu · Fiji · 100%').waitFor()
  await shot('eligible')
  await page.getByRole('button', { name: 'Certificates of attendance' }).click()
  await page.getByRole('dialog').getByRole('article').first().waitFor()
  await shot('certificates')
  // The certificates as main's print-to-PDF makes them: print media, the page size CSS asks for.
  await page.evaluate(() => (document.documentElement.dataset.printing = 'certificates'))
  await page.pdf({ path: `${outDir}/agenda-certificates-${scheme}.pdf`, preferCSSPageSize: true })
  await page.evaluate(() => delete document.documentElement.dataset.printing)
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click()
  await page.locator('.lang-switch select').selectOption('id')
  await page.getByRole('tab', { name: 'Zona waktu' }).click()
  await shot('zones-id')
  await page.getByRole('tab', { name: 'Kehadiran' }).click()
  await shot('attendance-id')
  await context.close()
}
await browser.close()
