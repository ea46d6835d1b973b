import { spawn, type ChildProcess } from 'node:child_process'
import { appendFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { chromium, type Browser, type Page, type TestInfo } from '@playwright/test'
import { createRng } from '../../bench/data/prng'
import { writeBackupFile, type TableDump } from '../../src/shared/backup/format'
import { LATEST_SCHEMA_VERSION } from '../../src/renderer/src/db/schema'
import { expect, test } from './fixtures'

// The fault harness: Chromium is killed (SIGKILL, the whole process group) at random moments
// while it restores a large backup and while it imports large event bundles, then started again
// on the same profile. After every kill: each acknowledged write is all there, and every write
// is all there or not there at all (one transaction each, never half). Seeded: FAULT_SEED
// replays a run; FAULT_LOG=<file> keeps Chromium's output and prints each step.
// The two scenarios run in parallel, each on its own profile, 10 kills each (FAULT_KILLS).

const SEED = Number(process.env.FAULT_SEED ?? Date.now() % 1_000_000)
// FAULT_KILLS raises the kills for a long hunt; the time limit grows with it.
const KILLS_EACH = Number(process.env.FAULT_KILLS ?? 10)
const TIME_LIMIT_MS = 17_000 * KILLS_EACH
const PER_BUNDLE = 150

const at = '2026-08-01T00:00:00.000Z'
const event = (id: string, nameEn: string) => ({
  id,
  nameEn,
  nameId: '',
  shortName: '',
  kind: 'workshop',
  startDate: '2026-08-01',
  endDate: '2026-08-12',
  timeZone: 'Asia/Jakarta',
  venue: '',
  mode: 'hybrid',
  createdAt: at,
  updatedAt: at,
})

/** One event with `n` participants, their contacts and one delegation. */
function eventTables(eventId: string, name: string, n: number): TableDump[] {
  const contacts = Array.from({ length: n }, (_, i) => ({
    id: `${eventId}-c${i}`,
    honorific: '',
    givenName: `Given${i}`,
    familyName: `Family ${eventId}`,
    fullName: '',
    gender: 'unspecified',
    organisation: 'Ministry of Foreign Affairs',
    position: 'Officer',
    emails: [`p${i}@${eventId}.example`],
    phones: [{ raw: '+679 331 1234', e164: '+6793311234' }],
    notes: 'x'.repeat(200),
    nameKey: `family ${eventId} given${i}`,
    createdAt: at,
    updatedAt: at,
  }))
  const participants = contacts.map((c, i) => ({
    id: `${eventId}-p${i}`,
    eventId,
    contactId: c.id,
    delegationId: `${eventId}-d`,
    role: 'delegate',
    mode: 'online',
    status: 'invited',
    dietary: '',
    accessibility: '',
    tags: [],
    documents: { nominationLetter: false, passportNumber: '', visaLetter: 'not_needed' },
    notes: '',
    createdAt: at,
    updatedAt: at,
  }))
  const delegation = {
    id: `${eventId}-d`,
    eventId,
    kind: 'country',
    countryCode: 'FJ',
    createdAt: at,
    updatedAt: at,
  }
  return [
    { name: 'events', keyPath: 'id', rows: [event(eventId, name)] },
    { name: 'contacts', keyPath: 'id', rows: contacts },
    { name: 'participants', keyPath: 'id', rows: participants },
    { name: 'delegations', keyPath: 'id', rows: [delegation] },
  ]
}

const file = (kind: 'backup' | 'event-bundle', tables: TableDump[], eventId?: string) =>
  writeBackupFile({
    kind,
    reason: kind === 'backup' ? 'manual' : 'bundle',
    appVersion: '0.1.0',
    schemaVersion: LATEST_SCHEMA_VERSION,
    createdAt: at,
    tables,
    ...(eventId ? { bundle: { eventId, includesSecrets: false } } : {}),
  })

interface Counts {
  events: string[]
  participants: Record<string, number>
}

/** What IndexedDB holds, read directly (not through the app). */
function readStore(page: Page): Promise<Counts> {
  return page.evaluate(
    () =>
      new Promise<Counts>((resolve, reject) => {
        const open = indexedDB.open('sekretariat')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction(['events', 'participants'], 'readonly')
          const events = tx.objectStore('events').getAllKeys()
          const rows = tx.objectStore('participants').getAll()
          tx.oncomplete = () => {
            const participants: Record<string, number> = {}
            for (const p of rows.result as { eventId: string }[])
              participants[p.eventId] = (participants[p.eventId] ?? 0) + 1
            db.close()
            resolve({ events: (events.result as string[]).sort(), participants })
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
  )
}

/** One Chromium on one profile that can be started, killed and started again. */
async function harness(testInfo: TestInfo, baseURL: string, name: string) {
  testInfo.annotations.push({ type: 'seed', description: `FAULT_SEED=${SEED}` })
  const rng = createRng(SEED, name.length)
  const dir = testInfo.outputPath('faults')
  const profile = `${dir}/profile`
  await mkdir(profile, { recursive: true })
  const args = (testInfo.project.use.launchOptions?.args ?? []).filter(
    (a) => !a.startsWith('--user-data-dir'),
  )
  const offsite: string[] = []
  const started = Date.now()
  let kills = 0
  let lossShown = false
  let chrome: ChildProcess | null = null
  let browser: Browser | null = null
  const note = (text: string) => {
    if (process.env.FAULT_LOG) console.log(`[${name} ${Date.now() - started}ms] ${text}`)
  }

  const launch = async (): Promise<Page> => {
    const child = spawn(
      process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      [...args, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
      { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
    )
    chrome = child
    const ws = await new Promise<string>((resolve, reject) => {
      let text = ''
      child.stderr!.on('data', (chunk: Buffer) => {
        text += chunk.toString()
        if (process.env.FAULT_LOG) void appendFile(process.env.FAULT_LOG, chunk)
        const m = /DevTools listening on (ws:\/\/\S+)/.exec(text)
        if (m) resolve(m[1]!)
      })
      child.once('exit', () => reject(new Error(`chromium exited: ${text.slice(-500)}`)))
    })
    browser = await chromium.connectOverCDP(ws)
    const context = browser.contexts()[0]!
    context.on('request', (r) => {
      if (!/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:|about:)/.test(r.url())) offsite.push(r.url())
    })
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(`${baseURL}/#/backups`)
    const nav = page.getByRole('navigation')
    const loss = page.getByRole('heading', { name: 'Your data may be missing' })
    await expect(nav.or(loss)).toBeVisible({ timeout: 15_000 })
    lossShown = await loss.isVisible()
    if (lossShown) {
      note('the app showed the missing-data screen')
      await page.getByRole('button', { name: 'Continue with the data as it is' }).click()
      await page.getByRole('button', { name: 'Continue with this data' }).click()
      await expect(nav).toBeVisible()
    }
    return page
  }

  /** SIGKILL to the whole process group; returns once no process of it is left. */
  const kill = async () => {
    if (!chrome?.pid) return
    const group = chrome.pid
    chrome = null
    process.kill(-group, 'SIGKILL')
    for (;;) {
      try {
        process.kill(-group, 0)
      } catch {
        break
      }
      await new Promise((r) => setTimeout(r, 20))
    }
    await browser?.close().catch(() => undefined)
    kills++
  }

  /** Starts `action`, kills the browser after a random delay; true when the UI acknowledged. */
  const killDuring = async (
    page: Page,
    action: () => Promise<void>,
    ack: string,
    windowMs: number,
  ) => {
    let acknowledged = false
    void page
      .getByText(ack)
      .first()
      .waitFor({ timeout: 60_000 })
      .then(() => (acknowledged = true))
      .catch(() => undefined)
    await action()
    await new Promise((r) => setTimeout(r, rng.int(windowMs)))
    const seen = acknowledged
    await kill()
    note(`killed (acknowledged: ${seen})`)
    return seen
  }

  /** The origin's LevelDB folders under the profile: their files and Chromium's logs. */
  const leveldbStores = async () => {
    const root = `${profile}/Default/IndexedDB`
    const read = (path: string) => readFile(path, 'utf8').catch(() => '')
    return Promise.all(
      (await readdir(root).catch(() => [])).map(async (dir) => ({
        dir,
        files: await readdir(`${root}/${dir}`).catch(() => []),
        logOld: await read(`${root}/${dir}/LOG.old`),
        log: await read(`${root}/${dir}/LOG`),
      })),
    )
  }

  /**
   * On a failure: Chromium's own account of the store (files, LevelDB logs) goes to the output
   * and the report, so it says whether Chromium reset the store or a write of the app's went
   * missing. The error is thrown on.
   */
  const explain = async (error: unknown): Promise<never> => {
    const lines = (await leveldbStores()).flatMap((s) => [
      `${s.dir}: ${s.files.join(' ')}`,
      ...s.logOld
        .split('\n')
        .filter(Boolean)
        .map((l) => `  LOG.old: ${l}`),
      ...s.log
        .split('\n')
        .filter(Boolean)
        .map((l) => `  LOG: ${l}`),
    ])
    console.log(`[${name}] IndexedDB after the failure:\n${lines.join('\n')}`)
    await testInfo.attach('indexeddb-after-kill', { body: lines.join('\n') })
    throw error
  }

  /**
   * True when Chromium deleted the origin's IndexedDB and made a new one as it started (what it
   * does when it finds its LevelDB damaged after a kill): the new store's LevelDB log opens with
   * "Creating DB … since it was missing". The app cannot cause that (it deletes only its scratch
   * databases, never its own, so the store is never left empty), so such a start is reported, not
   * counted as the app losing data; the desktop app answers it with its manifest and backups,
   * which live outside Chromium's storage.
   */
  const storeRecreated = async (): Promise<boolean> =>
    (await leveldbStores()).some((s) => /Creating DB .* since it was missing/.test(s.log))

  /** After a launch: the store Chromium recreated is reported (and checked empty). */
  const checkRecreated = async (now: Counts, after: string): Promise<boolean> => {
    const recreated = await storeRecreated()
    if (lossShown) expect(recreated, `missing-data screen after ${after}: a real loss`).toBe(true)
    if (!recreated) return false
    const text = `Chromium recreated the IndexedDB store on the start after ${after}; the app said ${lossShown ? 'so (missing-data screen)' : 'nothing (no missing-data screen: its manifest had not yet counted the data)'}`
    console.log(`[${name}] ${text}`)
    testInfo.annotations.push({ type: 'chromium-reset', description: text })
    expect(now, 'a recreated store is empty').toEqual({ events: [], participants: {} })
    return true
  }

  return {
    dir,
    launch,
    explain,
    checkRecreated,
    kill,
    killDuring,
    note,
    kills: () => kills,
    offsite,
  }
}

test('a restore killed at any moment leaves the data before or after it, never between', async ({
  baseURL,
}, testInfo) => {
  test.setTimeout(TIME_LIMIT_MS)
  const h = await harness(testInfo, baseURL!, 'restore')
  const backups = [
    { id: 'one', participants: 600 },
    { id: 'two', participants: 400 },
  ]
  for (const b of backups)
    await writeFile(
      `${h.dir}/${b.id}.sekbackup`,
      await file('backup', eventTables(b.id, `Backup ${b.id}`, b.participants)),
    )
  const restore = (page: Page, name: string) => async () => {
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Restore from a file…' }).click()
    await (await chooser).setFiles(`${h.dir}/${name}.sekbackup`)
    await page
      .getByRole('dialog', { name: 'Restore this backup?' })
      .getByRole('button', { name: 'Restore', exact: true })
      .click()
  }
  try {
    let page = await h.launch()
    const t0 = Date.now()
    await restore(page, 'one')()
    await expect(page.getByText('Data restored')).toBeVisible({ timeout: 30_000 })
    const restoreMs = Date.now() - t0
    let state = await readStore(page)
    expect(state).toEqual({ events: ['one'], participants: { one: 600 } })
    for (let i = 0; i < KILLS_EACH; i++) {
      // Always the other backup, so "restored" can only be seen once this restore is through.
      const target = backups.find((b) => !state.events.includes(b.id))!
      const expected: Counts = {
        events: [target.id],
        participants: { [target.id]: target.participants },
      }
      const shown = `Participants: ${target.participants} · Contacts: ${target.participants}`
      const acked = await h.killDuring(page, restore(page, target.id), shown, restoreMs * 1.3)
      page = await h.launch()
      const now = await readStore(page)
      h.note(`restore ${i} → ${JSON.stringify(now)}`)
      if (await h.checkRecreated(now, `kill ${i}`)) {
        state = now
        continue
      }
      if (acked) expect(now, `restore ${i} was acknowledged`).toEqual(expected)
      else
        expect([state, expected], `restore ${i}: before or after, nothing between`).toContainEqual(
          now,
        )
      state = now
    }
  } catch (error) {
    await h.explain(error)
  } finally {
    await h.kill()
  }
  expect(h.kills()).toBeGreaterThanOrEqual(KILLS_EACH)
  expect(h.offsite).toEqual([])
})

test('a bundle import killed at any moment is all there or not at all; acknowledged ones stay', async ({
  baseURL,
}, testInfo) => {
  test.setTimeout(TIME_LIMIT_MS)
  const h = await harness(testInfo, baseURL!, 'bundles')
  const imported: { id: string; acked: boolean }[] = []
  try {
    let page = await h.launch()
    let importMs = 0
    for (let i = 0; i <= KILLS_EACH; i++) {
      const id = `bundle${i}`
      await writeFile(
        `${h.dir}/${id}.sekevent`,
        await file('event-bundle', eventTables(id, `Bundle ${i}`, PER_BUNDLE), id),
      )
      const start = async () => {
        const chooser = page.waitForEvent('filechooser')
        await page.getByRole('button', { name: 'Import an event bundle…' }).click()
        await (await chooser).setFiles(`${h.dir}/${id}.sekevent`)
        await page
          .getByRole('dialog', { name: 'Import event bundle' })
          .getByRole('button', { name: 'Import', exact: true })
          .click()
      }
      const ack = `Imported: ${2 * PER_BUNDLE + 2} new`
      if (i === 0) {
        const t1 = Date.now()
        await start()
        await expect(page.getByText(ack)).toBeVisible({ timeout: 30_000 })
        importMs = Date.now() - t1
        imported.push({ id, acked: true })
        // The toast (with its undo) sits over the page for a while; close it.
        await page.getByRole('button', { name: 'Dismiss' }).first().click()
        continue
      }
      imported.push({ id, acked: await h.killDuring(page, start, ack, importMs * 1.3) })
      page = await h.launch()
      const now = await readStore(page)
      h.note(`bundle ${i} → ${JSON.stringify(now)}`)
      if (await h.checkRecreated(now, `kill ${i}`)) {
        imported.length = 0
        continue
      }
      const lost = imported.filter((b) => b.acked && !now.events.includes(b.id)).map((b) => b.id)
      expect(lost, `acknowledged, missing after kill ${i}: ${JSON.stringify(now)}`).toEqual([])
      for (const b of imported) {
        const count = now.participants[b.id] ?? 0
        const present = now.events.includes(b.id)
        expect([0, PER_BUNDLE], `${b.id}: whole or nothing`).toContain(count)
        expect(present, `${b.id}: event and participants together`).toBe(count === PER_BUNDLE)
        if (b.acked) expect(present, `${b.id} was acknowledged`).toBe(true)
      }
    }
  } catch (error) {
    await h.explain(error)
  } finally {
    await h.kill()
  }
  testInfo.annotations.push({
    type: 'kills',
    description: `${h.kills()} kills; ${imported.filter((b) => b.acked).length} of ${imported.length} imports acknowledged`,
  })
  expect(h.kills()).toBeGreaterThanOrEqual(KILLS_EACH)
  expect(h.offsite).toEqual([])
})
