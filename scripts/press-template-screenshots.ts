// Screenshots of the press templates screen (the list, and the editor with its preview), light
// and dark, with a small event filled in. Run:
// npm run build:web && npx vite preview --config vite.web.config.ts &
// node --import tsx scripts/press-template-screenshots.ts [outDir]
import type { Page } from 'playwright'
import { addPerson, base, launchChromium } from './screenshot-kit'

const outDir = process.argv[2] ?? '/tmp'

const person = (page: Page, given: string, family: string, country: string) =>
  addPerson(page, { given, family, country, status: 'Confirmed' })

const browser = await launchChromium()
for (const scheme of ['light', 'dark'] as const) {
  const context = await browser.newContext({
    viewport: { width: 1360, height: 900 },
    colorScheme: scheme,
  })
  const page = await context.newPage()
  const shot = (name: string, fullPage = true) =>
    page.screenshot({ path: `${outDir}/press-templates-${name}-${scheme}.png`, fullPage })
  await page.goto(`${base}/#/events`)
  await page.getByRole('button', { name: 'New event' }).first().click()
  const ev = page.getByRole('dialog')
  await ev.getByLabel('Name in English').fill('Pacific Digital Diplomacy Workshop')
  await ev.getByLabel('Name in Indonesian').fill('Lokakarya Diplomasi Digital Pasifik')
  await ev.getByLabel('Start date').fill('2022-08-01')
  await ev.getByLabel('End date').fill('2022-08-05')
  await ev.getByRole('combobox', { name: 'Time zone' }).fill('jakarta')
  await ev.getByRole('option', { name: /^Asia\/Jakarta/ }).click()
  await ev.getByLabel('Venue').fill('Jakarta')
  await ev.getByRole('button', { name: 'Save event' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Registry' }).click()
  await person(page, 'Siosaia', 'Lolohea', 'Tonga')
  await person(page, 'Roselyn', 'Tuimabu', 'Fiji')
  await person(page, 'Tevita', 'Moala', 'Cook Islands')

  await page.getByRole('navigation').getByRole('link', { name: 'Press releases' }).click()
  await page.getByRole('button', { name: 'Templates', exact: true }).click()
  await page.getByRole('button', { name: 'Duplicate “Release after the event” to edit' }).click()
  await page.getByLabel('Template name').fill('Post-event release, short')
  const id = page.getByRole('textbox', { name: 'Indonesian template' })
  await id.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('\n\nTempat: {{event.venu}}. <img src=x onerror=alert(1)>')
  await page.getByRole('button', { name: 'Save template' }).click()
  await page.getByText('All changes saved').waitFor()
  await shot('editor')
  await shot('editor-viewport', false)
  await page.getByRole('button', { name: 'All templates' }).click()
  await page.getByRole('button', { name: 'New template' }).click()
  await page.getByLabel('Template name').fill('Unsaved idea')
  await page.getByRole('button', { name: 'All templates' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Keep editing' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Registry' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Press releases' }).click()
  await page.getByRole('button', { name: 'All templates' }).click()
  await page.getByRole('dialog').waitFor()
  await shot('leave-dialog', false)
  await page.getByRole('dialog').getByRole('button', { name: 'Keep editing' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Registry' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Press releases' }).click()
  await page.evaluate(() => sessionStorage.setItem('sekretariat.press.templates', 'list'))
  await page.reload()
  await page.getByRole('heading', { name: 'Your templates' }).waitFor()
  await shot('list')
  await page.getByRole('button', { name: 'Edit “Post-event release, short”' }).click()
  await page.getByRole('combobox', { name: 'Language' }).selectOption('id')
  await page.getByRole('heading', { name: 'Pemeriksaan' }).waitFor()
  await shot('editor-id-ui', false)
  await page.getByRole('combobox', { name: 'Bahasa' }).selectOption('en')
  await page.getByRole('button', { name: 'All templates' }).click()
  await page.getByRole('button', { name: 'All releases' }).click()
  await page.getByRole('button', { name: 'New release' }).click()
  await page.getByRole('dialog').waitFor()
  await shot('new-release', false)
  await context.close()
}
await browser.close()
