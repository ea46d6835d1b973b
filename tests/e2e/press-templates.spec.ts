import { expect, test } from './fixtures'
import { PressTemplatesPage } from './pages/press-templates'
import { RegistryPage } from './pages/registry'

const HOSTILE = '<script>alert(1)</script> <img src=x onerror=alert(2)> $& {{constructor}}'

test('staff write their own template, keep it across a reload, and write a release from it', async ({
  page,
}) => {
  test.setTimeout(120_000)
  // Nothing in a template may run: any alert() would open a dialog.
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })

  const registry = new RegistryPage(page)
  await registry.shell.open()
  await registry.shell.createEvent({
    nameEn: 'Regional Workshop on Digital Diplomacy',
    nameId: 'Lokakarya Regional Diplomasi Digital',
    startDate: '2022-08-01',
    endDate: '2022-08-12',
    zoneQuery: 'jakarta',
    zone: 'Asia/Jakarta',
    venue: 'Jakarta',
  })
  await registry.shell.nav('Registry').click()
  await registry.add({ given: 'Siosaia', family: 'Lolohea', country: 'Tonga', status: 'Confirmed' })
  await registry.add({ given: 'Roselyn', family: 'Tuimabu', country: 'Fiji', status: 'Confirmed' })

  const templates = new PressTemplatesPage(page)
  await templates.press.open()
  await templates.open()
  await expect(templates.table('Starter templates').getByRole('row')).toHaveCount(4)
  await expect(templates.table('Starter templates')).toContainText('Starter')

  // A new template: a placeholder from the picker, one typed wrong, hostile text.
  await templates.newTemplate()
  await expect(templates.state()).toHaveText('Not saved yet')
  await templates.name().fill('Briefing note')
  await templates.kind().selectOption({ label: 'Announcement' })
  await templates.typeAtEnd('Indonesian', '# Catatan ')
  await templates.insertFact('Indonesian', 'Event name')
  await page.keyboard.type('\n\nNegara: ')
  await templates.insertFact('Indonesian', 'Participating countries and territories')
  await page.keyboard.type(`. Tempat: {{event.nmae}}.\n\n${HOSTILE}`)
  await expect(templates.text('Indonesian')).toHaveValue(
    `# Catatan {{event.name}}\n\nNegara: {{countries.list}}. Tempat: {{event.nmae}}.\n\n${HOSTILE}`,
  )
  await templates.typeAtEnd('English', '# Note on {{event.name}}\n\nCountries: {{countries.list}}.')

  const idPreview = templates.preview('Indonesian')
  await expect(
    idPreview.getByRole('heading', { name: 'Catatan Lokakarya Regional Diplomasi Digital' }),
  ).toBeVisible()
  await expect(idPreview).toContainText('Negara: Fiji dan Tonga. Tempat: {{event.nmae}}.')
  await expect(idPreview).toContainText(HOSTILE)
  await expect(idPreview.locator('img, script, [onerror]')).toHaveCount(0)
  await expect(templates.preview('English')).toContainText('Countries: Fiji and Tonga.')

  const checks = templates.checks()
  await expect(checks).toContainText(
    '{{event.nmae}} is not a known fact. Did you mean {{event.name}}?',
  )
  await expect(checks).toContainText('{{constructor}} is not a known fact.')
  await checks
    .getByRole('button', {
      name: 'Replace {{event.nmae}} with {{event.name}} in the Indonesian text',
    })
    .click()
  await expect(checks).not.toContainText('{{event.nmae}}')
  await expect(idPreview).toContainText('Tempat: Lokakarya Regional Diplomasi Digital.')
  await expect(templates.state()).toHaveText('Not saved yet')
  await templates.save()

  // Saved means stored: a reload brings the same template back.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Briefing note' })).toBeVisible()
  await expect(templates.text('Indonesian')).toHaveValue(/^# Catatan \{\{event\.name\}\}/)
  await expect(templates.text('Indonesian')).toHaveValue(/Tempat: \{\{event\.name\}\}\./)
  await expect(templates.state()).toHaveText('All changes saved')
  await templates.backToList()
  await expect(templates.table('Your templates')).toContainText('Briefing note')

  // A starter duplicated and edited; leaving with changes asks first.
  await templates
    .table('Starter templates')
    .getByRole('button', { name: 'Duplicate “Release after the event” to edit' })
    .click()
  await expect(templates.name()).toHaveValue('Release after the event (copy)')
  await expect(templates.text('Indonesian')).toHaveValue(/yaitu \{\{countries\.list\}\}\./)
  await templates.name().fill('Short release')
  await templates.kind().selectOption({ label: 'Social-media post' })
  await templates.typeAtEnd('English', '\n\nMedia: press@kemlu.go.id')
  await page.getByRole('button', { name: 'All templates' }).click()
  const leave = page.getByRole('dialog', { name: 'Save changes to “Short release”?' })
  await leave.getByRole('button', { name: 'Keep editing' }).click()
  await expect(leave).toBeHidden()
  await expect(templates.text('English')).toHaveValue(/Media: press@kemlu\.go\.id$/)
  await templates.save()
  await templates.backToList()
  await expect(templates.table('Your templates').getByRole('row')).toHaveCount(3)
  await expect(templates.table('Your templates')).toContainText('Social-media post')

  // A release written from the user's template carries the event's facts, the rest as text.
  await templates.backToReleases()
  await templates.newReleaseFrom('Briefing note')
  const id = templates.press.editor('Indonesian')
  await expect(id).toContainText('Catatan Lokakarya Regional Diplomasi Digital')
  await expect(id).toContainText(
    'Negara: Fiji dan Tonga. Tempat: Lokakarya Regional Diplomasi Digital.',
  )
  await expect(id).toContainText(HOSTILE)
  // ProseMirror draws its own <img class="ProseMirror-separator"> after a fact ending a line.
  await expect(id.locator('img[src], script, [onerror]')).toHaveCount(0)
  await expect(templates.press.editor('English')).toContainText('Countries: Fiji and Tonga.')
  await templates.press.expectSaved()

  // Deleting asks first; the template is gone from the list and from the new-release choice.
  await page.getByRole('button', { name: 'All releases' }).click()
  await templates.open()
  await templates
    .table('Your templates')
    .getByRole('button', { name: 'Delete “Briefing note”' })
    .click()
  const confirm = page.getByRole('dialog', { name: 'Delete “Briefing note”?' })
  await confirm.getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByText('Template “Briefing note” deleted')).toBeVisible()
  await expect(templates.table('Your templates')).not.toContainText('Briefing note')
  await page.reload()
  await expect(templates.table('Your templates')).toContainText('Short release')
  await expect(templates.table('Your templates')).not.toContainText('Briefing note')
  expect(dialogs).toEqual([])
})

test('template text typed but not saved survives a reload, and is dropped only when asked', async ({
  page,
}) => {
  const templates = new PressTemplatesPage(page)
  await templates.press.shell.open()
  await templates.press.shell.createEvent({
    nameEn: 'Pacific Media Forum',
    startDate: '2022-08-01',
    endDate: '2022-08-03',
    zoneQuery: 'jakarta',
    zone: 'Asia/Jakarta',
  })
  await templates.press.open()
  await templates.open()
  await templates.newTemplate()
  await templates.name().fill('Draft idea')
  await templates.typeAtEnd('English', 'Welcome to {{event.name}}')
  await page.reload()
  await expect(page.getByRole('note')).toContainText('This new template has not been saved yet')
  await expect(templates.name()).toHaveValue('Draft idea')
  await expect(templates.text('English')).toHaveValue('Welcome to {{event.name}}')
  await expect(templates.preview('English')).toContainText('Welcome to Pacific Media Forum')
  await templates.save()

  await templates.typeAtEnd('English', ' again')
  await expect(templates.state()).toHaveText('Unsaved changes')
  await page.reload()
  await expect(page.getByRole('note')).toContainText('Changes you had not saved')
  await expect(templates.text('English')).toHaveValue('Welcome to {{event.name}} again')
  await expect(templates.state()).toHaveText('Unsaved changes')

  await page.getByRole('button', { name: 'All templates' }).click()
  const leave = page.getByRole('dialog', { name: 'Save changes to “Draft idea”?' })
  await leave.getByRole('button', { name: 'Discard changes' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Templates' })).toBeVisible()
  await expect(templates.table('Your templates')).not.toContainText('Unsaved changes')
  await templates.table('Your templates').getByRole('button', { name: 'Edit “Draft idea”' }).click()
  await expect(templates.text('English')).toHaveValue('Welcome to {{event.name}}')
  await expect(templates.state()).toHaveText('All changes saved')
})
