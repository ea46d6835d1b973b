import { readFile, writeFile } from 'node:fs/promises'
import { writeBackupFile } from '../../src/shared/backup/format'
import { expect, test } from './fixtures'
import { BackupsPage, backupHeader } from './pages/backups'
import { RegistryPage } from './pages/registry'

test('back up, restore an earlier state after previewing it, and undo the restore', async ({
  page,
}, testInfo) => {
  const registry = new RegistryPage(page)
  const backups = new BackupsPage(page, testInfo)
  await registry.openWithNewEvent()
  await registry.add({ given: 'Sione', family: 'Tupou', country: 'Tonga' })
  await registry.add({ given: 'Mele', family: 'Taufa', country: 'Tonga' })

  await backups.open()
  await expect(backups.summary()).toContainText('Events: 1 · Participants: 2 · Contacts: 2')
  const file = await backups.backUpNow()
  const header = await backupHeader(file)
  expect(header).toMatchObject({
    format: 'sekretariat-backup',
    kind: 'backup',
    reason: 'manual',
    events: [expect.objectContaining({ nameEn: 'Pacific Digital Diplomacy Workshop' })],
    checksum: { algorithm: 'SHA-256', value: expect.stringMatching(/^[0-9a-f]{64}$/) },
  })
  expect(header.tables).toEqual(
    expect.arrayContaining([
      { name: 'participants', count: 2 },
      { name: 'events', count: 1 },
    ]),
  )

  await registry.shell.nav('Registry').click()
  await registry.add({ given: 'Jone', family: 'Vakarau', country: 'Fiji' })
  await expect(page.getByText('3 of 3 participants')).toBeVisible()

  await backups.open()
  await backups.restoreFromFile(file)
  const dialog = backups.previewDialog()
  await expect(dialog).toContainText('Pacific Digital Diplomacy Workshop')
  await expect(dialog).toContainText('2026-08-01 – 2026-08-12')
  expect(await backups.previewCounts('Participants')).toEqual(['2', '3'])
  expect(await backups.previewCounts('Contacts')).toEqual(['2', '3'])
  // Cancelling the preview changes nothing.
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(backups.summary()).toContainText('Participants: 3')

  await backups.restoreFromFile(file)
  await backups.previewDialog().getByRole('button', { name: 'Restore', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Data restored' })).toBeVisible()
  await expect(backups.summary()).toContainText('Events: 1 · Participants: 2 · Contacts: 2')
  const safety = page.getByRole('table', { name: 'Safety copies kept in this browser' })
  await expect(safety.getByRole('row').filter({ hasText: 'Before a restore' })).toContainText(
    'Events: 1 · Records: 9',
  )
  await registry.shell.nav('Registry').click()
  await expect(page.getByText('2 of 2 participants')).toBeVisible()

  await backups.open()
  await page.getByRole('button', { name: 'Undo restore' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Data restored' })).toBeVisible()
  await expect(backups.summary()).toContainText('Events: 1 · Participants: 3 · Contacts: 3')
  await page.reload()
  await registry.shell.nav('Registry').click()
  await expect(page.getByText('3 of 3 participants')).toBeVisible()
})

test('refuses damaged and foreign files with a clear message, changing nothing', async ({
  page,
}, testInfo) => {
  const registry = new RegistryPage(page)
  const backups = new BackupsPage(page, testInfo)
  await registry.openWithNewEvent()
  await registry.add({ given: 'Litia', family: 'Vula', country: 'Fiji' })
  await backups.open()
  const file = await backups.backUpNow()

  const bytes = await readFile(file)
  bytes[bytes.length - 20] = bytes[bytes.length - 20]! ^ 0x01
  const damaged = testInfo.outputPath('damaged.sekbackup')
  await writeFile(damaged, bytes)
  await backups.restoreFromFile(damaged)
  await expect(
    page.getByRole('alert').filter({ hasText: 'This backup file is damaged: it does not match' }),
  ).toBeVisible()

  const cut = testInfo.outputPath('cut.sekbackup')
  await writeFile(cut, (await readFile(file)).subarray(0, 300))
  await backups.restoreFromFile(cut)
  await expect(page.getByRole('alert').filter({ hasText: 'damaged' })).toBeVisible()

  await backups.restoreFromFile('tests/fixtures/import/samples/daftar_peserta.xlsx')
  await expect(
    page.getByRole('alert').filter({ hasText: 'This file is not a Sekretariat backup' }),
  ).toBeVisible()
  await expect(backups.previewDialog()).toBeHidden()
  await expect(backups.summary()).toContainText('Events: 1 · Participants: 1 · Contacts: 1')
})

test('a backup from an older version is upgraded as it is restored', async ({ page }, testInfo) => {
  const backups = new BackupsPage(page, testInfo)
  // A version-1 backup: contacts had no name key then; the v2 migration adds it on restore.
  const old = await writeBackupFile({
    kind: 'backup',
    reason: 'auto',
    appVersion: '0.0.9',
    schemaVersion: 1,
    createdAt: '2025-11-03T08:00:00.000Z',
    tables: [
      {
        name: 'events',
        keyPath: 'id',
        rows: [
          {
            id: 'e-old',
            nameEn: 'Bali Hybrid Conference',
            nameId: 'Konferensi Hibrida Bali',
            shortName: '',
            kind: 'conference',
            startDate: '2025-10-20',
            endDate: '2025-10-22',
            timeZone: 'Asia/Makassar',
            venue: 'Nusa Dua',
            mode: 'hybrid',
            createdAt: '2025-09-01T00:00:00.000Z',
            updatedAt: '2025-09-01T00:00:00.000Z',
          },
        ],
      },
      {
        name: 'contacts',
        keyPath: 'id',
        rows: [
          {
            id: 'c-old',
            honorific: 'Hon.',
            givenName: 'Fiamē',
            familyName: 'Naomi Mataʻafa',
            fullName: '',
            gender: 'female',
            organisation: '',
            position: '',
            emails: ['pm@samoa.ws'],
            phones: [],
            notes: '',
            createdAt: '2025-09-01T00:00:00.000Z',
            updatedAt: '2025-09-01T00:00:00.000Z',
          },
        ],
      },
    ],
  })
  const path = testInfo.outputPath('old.sekbackup')
  await writeFile(path, old)
  await backups.shell.open('backups')
  await backups.restoreFromFile(path)
  await expect(backups.previewDialog()).toContainText('Bali Hybrid Conference')
  await expect(backups.previewDialog()).toContainText(
    'It holds data of an older version (schema 1)',
  )
  await backups.previewDialog().getByRole('button', { name: 'Restore', exact: true }).click()
  await expect(backups.summary()).toContainText('Events: 1 · Participants: 0 · Contacts: 1')
  await backups.shell.nav('Events').click()
  await expect(page.getByRole('cell', { name: 'Bali Hybrid Conference' })).toBeVisible()
})

test('a wiped database is noticed at start, nothing is written, and a backup brings it back', async ({
  page,
}, testInfo) => {
  const registry = new RegistryPage(page)
  const backups = new BackupsPage(page, testInfo)
  await registry.openWithNewEvent()
  for (const given of ['Aroha', 'Wiremu', 'Tavita', 'Litia', 'Mere', 'Jone'])
    await registry.add({ given, family: 'Test', country: 'Samoa' })
  await backups.open()
  const file = await backups.backUpNow()
  // The manifest outside IndexedDB has caught up with the data.
  const manifestParticipants = () =>
    page.evaluate(async () => {
      try {
        const folder = await navigator.storage.getDirectory()
        const file = await (await folder.getFileHandle('sekretariat-manifest.json')).getFile()
        return JSON.parse(await file.text())?.counts?.participants
      } catch {
        return undefined
      }
    })
  await expect.poll(manifestParticipants).toBe(6)

  // The store is wiped behind the app's back (a corrupted store Chromium reset, say).
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('sekretariat')
        request.onsuccess = () => resolve()
        request.onerror = () => reject(request.error)
      }),
  )
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Your data may be missing' })).toBeVisible()
  await expect(page.getByRole('alert').first()).toContainText(
    'Records the app last saw here: 14 (events: 1). Records it finds now: 0 (events: 0).',
  )
  await expect(page.getByRole('navigation')).toHaveCount(0)

  await backups.restoreFromFile(file)
  await backups.previewDialog().getByRole('button', { name: 'Restore', exact: true }).click()
  await expect(page.getByRole('navigation')).toBeVisible()
  await registry.shell.nav('Registry').click()
  await expect(page.getByText('6 of 6 participants')).toBeVisible()
})

test('passport data of an event is purged after preview and confirmation, a chosen time after it ended', async ({
  page,
}, testInfo) => {
  // "Today" is fixed: the event (1–12 August 2026) ended, the purge is due after 30 days.
  await page.clock.setFixedTime(new Date('2026-11-28T10:00:00'))
  const registry = new RegistryPage(page)
  await registry.openWithNewEvent()
  await page.getByRole('button', { name: 'Add participant' }).click()
  const add = page.getByRole('dialog', { name: 'Add participant' })
  await registry.fill(add, { given: 'Tevita', family: 'Fifita', country: 'Tonga' })
  await add.getByLabel('Passport number').fill('TO998877')
  await add.getByLabel('Passport expiry').fill('2031-05-17')
  await add.getByRole('button', { name: 'Save participant' }).click()
  await expect(add).toBeHidden()
  await registry.add({ given: 'Mele', family: 'Taufa', country: 'Tonga' })

  await new BackupsPage(page, testInfo).open()
  const section = page.getByRole('region', { name: 'Passport data retention' })
  const days = section.getByLabel('Days after the event ended')
  await days.fill('100000')
  await expect(section.getByText('Enter a whole number of days from 0 to 3650')).toBeVisible()
  await days.fill('365')
  await expect(section.getByRole('status')).toHaveText(
    'Not yet: passport data of this event may be removed from 12 August 2027.',
  )
  await expect(section.getByRole('button', { name: 'Preview the purge…' })).toBeDisabled()
  await days.fill('30')
  await expect(section.getByRole('status')).toHaveText(
    'Passport data of this event may be removed from 11 September 2026.',
  )
  await section.getByRole('button', { name: 'Preview the purge…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Remove passport data?' })
  await expect(dialog).toContainText('will be removed from 1 participants of Pacific Digital')
  await expect(dialog.getByRole('listitem')).toHaveText(['Tevita Fifita'])
  await dialog.getByRole('button', { name: 'Remove passport data' }).click()
  await expect(page.getByText('Passport data removed from 1 participants.')).toBeVisible()

  await page.reload()
  await registry.shell.nav('Registry').click()
  await page.getByRole('button', { name: 'Edit Tevita Fifita' }).click()
  const edit = page.getByRole('dialog', { name: 'Edit participant' })
  await expect(edit.getByLabel('Passport number')).toHaveValue('')
  await expect(edit.getByLabel('Passport expiry')).toHaveValue('')
  await expect(edit.getByLabel('Given name')).toHaveValue('Tevita')
})
