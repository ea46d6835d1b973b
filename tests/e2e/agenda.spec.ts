import { readFile } from 'node:fs/promises'
import ICAL from 'ical.js'
import * as XLSX from 'xlsx'
import { WEB_PORT } from '../../web-port'
import { expect, test } from './fixtures'
import { AgendaPage } from './pages/agenda'

const ZOOM_REPORT = new URL('../fixtures/attendance/zoom_participants_report.csv', import.meta.url)

// Whole workflows, each a few dozen steps: more time than a single-screen test.
test.slow()

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: `http://127.0.0.1:${WEB_PORT}`,
  })
})

test('rooms with safe links, sessions in every delegate’s clock, join instructions and .ics', async ({
  page,
}) => {
  const agenda = new AgendaPage(page)
  await agenda.registry.openWithNewEvent()
  await agenda.addParticipant({
    given: 'Tevita',
    family: 'Moala',
    emails: 'tevita@mfa.gov.ck',
    country: 'Cook Islands',
    mode: 'Online',
  })
  await agenda.addParticipant({
    given: 'Teuea',
    family: 'Toatu',
    country: 'Kiribati',
    mode: 'Online',
    timeZone: 'Pacific/Kiritimati',
  })
  await agenda.addParticipant({ given: 'Jone', family: 'Vakarau', country: 'Fiji' })
  await agenda.open()

  // Rooms: hostile links are refused with a reason, a scheme-less link is offered as https.
  await agenda.tab('Rooms')
  await page.getByRole('button', { name: 'Add room' }).click()
  const dialog = agenda.roomDialog()
  await dialog.getByLabel('Room name').fill('Plenary room')
  const link = dialog.getByLabel('Join link')
  for (const [bad, message] of [
    ['javascript:alert(1)', 'Only https:// links are allowed.'],
    ['data:text/html,<script>alert(1)</script>', 'Only https:// links are allowed.'],
    ['file:///etc/passwd', 'Only https:// links are allowed.'],
    ['http://zoom.us/j/85012345678', 'Only https:// links are allowed.'],
    ['https://zoom.us@evil.example/j/1', 'The link hides another address before “@”'],
    ['https://zoom.us.evil.example/j/1', 'This address is not one of the platform’s own.'],
    ['https://zооm.us/j/1', 'look-alike letters'],
    ['https://xn--zm-cmaa.us/j/1', 'punycode'],
  ]) {
    await link.fill(bad!)
    await expect(dialog.getByText(message!)).toBeVisible()
  }
  await dialog.getByRole('button', { name: 'Save room' }).click()
  await expect(dialog).toBeVisible()
  await expect(link).toHaveAttribute('aria-invalid', 'true')

  await agenda.paste(link, 'us02web.zoom.us/j/85012345678?pwd=abc')
  await expect(dialog.getByText('The link must start with https://.')).toBeVisible()
  await expect(dialog.getByLabel('Meeting ID')).toHaveValue('85012345678')
  await expect(
    dialog.getByText('Meeting ID and passcode were read from the Zoom link.'),
  ).toBeVisible()
  await dialog.getByRole('button', { name: 'Use this https link' }).click()
  await expect(link).toHaveValue('https://us02web.zoom.us/j/85012345678?pwd=abc')
  await expect(dialog.getByText('A Zoom link.')).toBeVisible()
  const passcode = dialog.getByLabel('Passcode', { exact: true })
  await expect(passcode).toHaveAttribute('type', 'password')
  await passcode.fill('4821')
  await dialog.getByLabel('Host key', { exact: true }).fill('135790')
  await dialog.getByRole('button', { name: 'Save room' }).click()
  await expect(dialog).toBeHidden()

  await agenda.addRoom({
    name: 'Teams backup',
    platform: 'Microsoft Teams',
    link: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0',
    scope: 'Only the sessions that choose it',
  })
  const rooms = page.getByRole('table', { name: 'Virtual rooms' })
  const plenaryRow = rooms.getByRole('row').filter({ hasText: 'Plenary room' })
  await expect(plenaryRow).toContainText('••••••')
  await expect(plenaryRow).not.toContainText('4821')
  await plenaryRow.getByRole('button', { name: 'Show the passcode of Plenary room' }).click()
  await expect(plenaryRow).toContainText('4821')
  await expect(plenaryRow).not.toContainText('135790')
  await plenaryRow.getByRole('button', { name: 'Copy the host key of Plenary room' }).click()
  await expect(page.getByText('The host key of Plenary room is on the clipboard.')).toBeVisible()
  expect(await agenda.clipboard()).toBe('135790')

  // Breakout rooms: the Cook Islands delegation goes to Group A.
  await plenaryRow.getByRole('button', { name: 'Breakout rooms of Plenary room' }).click()
  const breakouts = page.getByRole('dialog', { name: 'Breakout rooms of Plenary room' })
  await breakouts.getByLabel('New breakout room').fill('Group A')
  await breakouts.getByRole('button', { name: 'Add breakout room' }).click()
  await breakouts
    .getByRole('group', { name: /^Delegations in Group A/ })
    .getByLabel('Cook Islands')
    .check()
  await expect(breakouts.getByText('Participants: 1')).toBeVisible()
  await breakouts.getByRole('button', { name: 'Save breakout rooms' }).click()
  await expect(breakouts).toBeHidden()
  await expect(plenaryRow).toContainText('Breakout rooms: 1')

  // Sessions, typed in Jakarta time.
  await agenda.tab('Agenda')
  await agenda.addSession({
    titleEn: 'Opening plenary',
    titleId: 'Pleno pembukaan',
    start: '2026-08-03T09:00',
    end: '2026-08-03T10:30',
    speakers: ['Jone Vakarau'],
  })
  await agenda.addSession({
    titleEn: 'Press briefing',
    kind: 'Protocol',
    start: '2026-08-03T09:30',
    end: '2026-08-03T10:00',
  })
  await agenda.addSession({
    titleEn: 'Regional panel',
    start: '2026-08-03T16:00',
    end: '2026-08-03T18:00',
    rooms: ['Teams backup'],
  })
  await agenda.addSession({
    titleEn: 'Module 1 reading',
    kind: 'Self-study',
    start: '2026-08-04T08:00',
    end: '2026-08-04T17:00',
  })
  await expect(agenda.sessionCard('Opening plenary')).toContainText(
    'At the same time as Press briefing (same room, everyone is expected).',
  )
  await expect(agenda.sessionCard('Opening plenary')).toContainText('Speakers: Jone Vakarau')
  await expect(page.getByRole('button', { name: /Tue 4 Aug · self-study/ })).toBeVisible()

  // Stored: still there after a reload.
  await page.reload()
  await agenda.open()
  await expect(agenda.sessionCard('Regional panel')).toContainText('Mon 16:00–18:00')
  await expect(agenda.sessionCard('Regional panel')).toContainText('Rooms: Teams backup')
  await page.getByRole('button', { name: 'List', exact: true }).click()
  await expect(
    page.getByRole('table', { name: 'All sessions, by day' }).getByRole('row'),
  ).toHaveCount(7)

  // A delegate's clock: Rarotonga is a day behind.
  await page
    .getByLabel('Show times in')
    .selectOption({ label: 'Tevita Moala — Pacific/Rarotonga (UTC−10:00)' })
  await expect(page.getByRole('row', { name: /Opening plenary/ })).toContainText(
    'Sun 16:00–17:30, one day earlier',
  )
  await expect(page.getByRole('row', { name: /Regional panel/ })).toContainText(
    'Sun 23:00 – Mon 01:00, one day earlier',
  )

  await agenda.tab('Time zones')
  const grid = page.getByRole('table', { name: 'Sessions in every delegation’s time zone' })
  await expect(
    grid.getByRole('columnheader', { name: /Pacific\/Kiritimati \(UTC\+14:00\)/ }),
  ).toContainText('Kiribati')
  await expect(grid.getByRole('row', { name: /Regional panel/ })).toContainText(
    'At night for Cook Islands, Fiji, Kiribati',
  )
  await expect(grid.getByRole('row', { name: /Opening plenary/ })).not.toContainText('At night')

  // Join instructions for one delegate, in two languages, copied and as a calendar file.
  await agenda.tab('Join instructions')
  await page
    .getByLabel('For', { exact: true })
    .selectOption({ label: 'Tevita Moala (Cook Islands)' })
  const text = page.getByLabel('Text of the join instructions')
  await expect(text).toContainText('Dear Tevita Moala,')
  await expect(text).toContainText('• Sun 16:00–17:30 (one day earlier) — Opening plenary')
  await expect(text).toContainText(
    'Plenary room (Zoom): https://us02web.zoom.us/j/85012345678?pwd=abc',
  )
  await expect(text).toContainText('Passcode: 4821')
  await expect(text).toContainText('Your breakout room: Group A')
  await expect(text).not.toContainText('135790')
  await page.getByRole('button', { name: 'Copy to clipboard' }).click()
  await expect(page.getByText('Join instructions copied.')).toBeVisible()
  expect(await agenda.clipboard()).toContain('Teams backup (Microsoft Teams)')

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Calendar file (.ics)' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('Pacific Digital Diplomacy Workshop - Tevita Moala.ics')
  const ics = await readFile((await file.path())!, 'utf8')
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  expect(ics).not.toContain('135790')
  expect(ics).not.toContain('4821')
  const calendar = new ICAL.Component(ICAL.parse(ics))
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
  expect(events.map((e) => [e.summary, e.startDate.toJSDate().toISOString()])).toEqual([
    ['Opening plenary', '2026-08-03T02:00:00.000Z'],
    ['Press briefing', '2026-08-03T02:30:00.000Z'],
    ['Regional panel', '2026-08-03T09:00:00.000Z'],
    ['Module 1 reading', '2026-08-04T01:00:00.000Z'],
  ])
  expect(events[2]!.location).toBe(
    'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0',
  )

  await page.getByRole('radio', { name: 'Bahasa Indonesia' }).check()
  await expect(text).toContainText('Yth. Tevita Moala,')
  await expect(text).toContainText('• Min 16:00–17:30 (sehari lebih awal) — Pleno pembukaan')
  await expect(text).toContainText('Kode sandi: 4821')
})

test('attendance: the sample Zoom report, unmatched names resolved, grid, rule and certificates', async ({
  page,
}) => {
  const agenda = new AgendaPage(page)
  await agenda.shell.open()
  await agenda.shell.createEvent({
    nameEn: 'Pacific Digital Diplomacy Workshop',
    shortName: 'PDDW 2022',
    startDate: '2022-08-01',
    endDate: '2022-08-12',
    zoneQuery: 'jakarta',
    zone: 'Asia/Jakarta',
  })
  await agenda.shell.nav('Registry').click()
  await agenda.addParticipant({
    given: 'Siosaia',
    family: 'Lolohea',
    emails: 'siosaia.l@mfa.gov.to',
    country: 'Tonga',
    mode: 'Online',
  })
  await agenda.addParticipant({
    given: 'Roselyn',
    family: 'Tuimabu',
    country: 'Fiji',
    mode: 'Online',
  })
  await agenda.addParticipant({
    given: 'Tevita',
    family: 'Moala',
    country: 'Tonga',
    mode: 'Online',
  })
  await agenda.open()
  await agenda.addSession({
    titleEn: 'Day 2 plenary',
    start: '2022-08-02T09:00',
    end: '2022-08-02T12:00',
  })
  await agenda.addSession({
    titleEn: 'Reading week',
    kind: 'Self-study',
    start: '2022-08-03T08:00',
    end: '2022-08-03T17:00',
  })

  await agenda.tab('Attendance')
  const importReport = async () => {
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Import Zoom or Teams report' }).click()
    await (await chooser).setFiles(ZOOM_REPORT.pathname)
    const dialog = page.getByRole('dialog', { name: 'Import participant report' })
    await expect(dialog.getByText('4 joins by 3 people.')).toBeVisible()
    await expect(dialog.getByLabel('Session')).toHaveValue(/.+/)
    await expect(dialog.getByLabel('Session').locator('option:checked')).toHaveText(
      /^Day 2 plenary/,
    )
    await dialog.getByRole('button', { name: 'Import', exact: true }).click()
    await expect(dialog).toBeHidden()
  }
  await importReport()
  await expect(page.getByText('4 joins imported from zoom_participants_report.csv.')).toBeVisible()

  const unmatched = page.getByRole('list', { name: 'Unmatched names' })
  await expect(unmatched.getByRole('listitem')).toHaveCount(1)
  await expect(unmatched).toContainText('Galaxy A52')
  await expect(unmatched).toContainText('Device')
  await unmatched.getByLabel('Who is Galaxy A52?').selectOption({ label: 'Tevita Moala (Tonga)' })
  await unmatched.getByRole('button', { name: 'Assign Galaxy A52' }).click()
  await expect(page.getByText('Every name is matched.')).toBeVisible()

  const grid = page.getByRole('table', { name: 'Minutes present per participant and session' })
  await expect(grid.getByRole('row', { name: /Siosaia Lolohea/ })).toContainText('160 min')
  await expect(grid.getByRole('row', { name: /Roselyn Tuimabu/ })).toContainText('180 min')
  await expect(grid.getByRole('row', { name: /Tevita Moala/ })).toContainText('10 min')

  await expect(
    page.getByText(/A certificate goes to everyone present for at least 80% of the 180 minutes/),
  ).toBeVisible()
  await expect(page.getByText('Nobody meets the rule yet.')).toBeVisible()
  await grid.getByLabel('Siosaia Lolohea finished Reading week').check()
  await grid.getByLabel('Roselyn Tuimabu finished Reading week').check()
  await grid.getByLabel('Tevita Moala finished Reading week').check()
  const eligible = page.getByRole('list', { name: 'Eligible for a certificate' })
  await expect(eligible.getByRole('listitem')).toHaveText([
    'Siosaia Lolohea · Tonga · 88.8%',
    'Roselyn Tuimabu · Fiji · 100%',
  ])

  // Stored, and the decision is remembered for the next report.
  await page.reload()
  await agenda.open()
  await agenda.tab('Attendance')
  await expect(eligible.getByRole('listitem')).toHaveCount(2)
  await importReport()
  await expect(page.getByText('Every name is matched.')).toBeVisible()
  await expect(
    page.getByRole('table', { name: 'Imported participant reports' }).getByRole('row'),
  ).toHaveCount(3)

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export grid (.xlsx)' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('Attendance - PDDW 2022.xlsx')
  const book = XLSX.read(await readFile((await file.path())!), { type: 'buffer' })
  const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1 })
  expect(rows[0]).toEqual([
    'Participant',
    'Delegation',
    'Email',
    'Day 2 plenary (Tue 2 Aug)',
    'Reading week (Wed 3 Aug)',
    'Minutes present',
    'Minutes counted',
    'Present (%)',
    'Self-study done',
    'Certificate',
  ])
  expect(rows).toContainEqual([
    'Siosaia Lolohea',
    'Tonga',
    'siosaia.l@mfa.gov.to',
    160,
    'done',
    160,
    180,
    88.8,
    '1/1',
    'Yes',
  ])

  await page.getByRole('button', { name: 'Certificates of attendance' }).click()
  const certificates = page.getByRole('dialog', { name: 'Certificates of attendance (2)' })
  const preview = certificates.getByRole('region', { name: 'Certificates' })
  await expect(preview.getByRole('article')).toHaveCount(2)
  await expect(preview.getByRole('article', { name: /Siosaia Lolohea/ })).toContainText(
    'took part in the Pacific Digital Diplomacy Workshop',
  )
  await certificates.getByLabel('Bahasa Indonesia').check()
  await expect(preview.getByRole('article', { name: /Siosaia Lolohea/ })).toContainText(
    'telah mengikuti Pacific Digital Diplomacy Workshop',
  )
})
