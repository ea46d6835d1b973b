// Takes screenshots of the main screens from the built web renderer, for the README and for
// looking at what a user sees. Run: npm run build:web && npx vite preview --config
// vite.web.config.ts & node --import tsx scripts/screenshots.ts [outDir]
import { base, launchChromium } from './screenshot-kit'

const outDir = process.argv[2] ?? 'docs'

const browser = await launchChromium()
for (const scheme of ['light', 'dark'] as const) {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 760 },
    colorScheme: scheme,
  })
  await page.goto(`${base}/#/events`)
  await page.getByRole('navigation').waitFor()
  await page.screenshot({ path: `${outDir}/empty-${scheme}.png` })
  await page.getByRole('button', { name: 'New event' }).first().click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Name in English').fill('Pacific Digital Diplomacy Workshop')
  await dialog.getByLabel('Name in Indonesian').fill('Lokakarya Diplomasi Digital Pasifik')
  await dialog.getByLabel('Short name').fill('PDDW 2026')
  await dialog.getByLabel('Start date').fill('2026-08-01')
  await dialog.getByLabel('End date').fill('2026-08-12')
  await dialog.getByRole('combobox', { name: 'Time zone' }).fill('pacific')
  await page.screenshot({ path: `${outDir}/event-form-${scheme}.png` })
  await dialog.getByRole('option').filter({ hasText: 'Pacific/Tarawa' }).click()
  await dialog.getByLabel('Venue').fill('Jakarta and online')
  await dialog.getByRole('button', { name: 'Save event' }).click()
  await page.screenshot({ path: `${outDir}/shell-${scheme}.png` })
  await page.close()
}
await browser.close()
