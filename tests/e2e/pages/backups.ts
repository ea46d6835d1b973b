import { expect, type Page, type TestInfo } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { Shell } from './shell'

/** The Backups area as a person uses it in the browser build (downloads and a file picker). */
export class BackupsPage {
  readonly shell: Shell
  constructor(
    readonly page: Page,
    readonly testInfo: TestInfo,
  ) {
    this.shell = new Shell(page)
  }

  async open(): Promise<void> {
    await this.shell.nav('Backups').click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible()
  }

  /** Clicks "Back up now" and saves the download; returns its path. */
  async backUpNow(): Promise<string> {
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: 'Back up now' }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^sekretariat-.*-manual\.sekbackup$/)
    const path = this.testInfo.outputPath(file.suggestedFilename())
    await file.saveAs(path)
    return path
  }

  async restoreFromFile(path: string, button = 'Restore from a file…'): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByRole('button', { name: button }).click()
    await (await chooser).setFiles(path)
  }

  previewDialog() {
    return this.page.getByRole('dialog', { name: 'Restore this backup?' })
  }

  /** The preview's records table row for one kind of record: [in the backup, stored now]. */
  async previewCounts(what: string): Promise<[string, string]> {
    const row = this.previewDialog()
      .getByRole('row')
      .filter({
        has: this.page.getByRole('rowheader', { name: what, exact: true }),
      })
    const cells = await row.getByRole('cell').allTextContents()
    return [cells[0] ?? '', cells[1] ?? '']
  }

  summary() {
    return this.page.getByRole('group', { name: 'Stored now' })
  }
}

/** The header line of a backup file, parsed. */
export async function backupHeader(path: string): Promise<Record<string, unknown>> {
  const text = await readFile(path, 'utf8')
  return JSON.parse(text.slice(0, text.indexOf('\n'))) as Record<string, unknown>
}

/** Exports the chosen event as a bundle (download) and returns the saved path. */
export async function exportBundle(page: Page, testInfo: TestInfo, withSecrets = false) {
  if (withSecrets) await page.getByRole('checkbox', { name: /Include secrets/ }).check()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export event bundle…' }).click()
  const file = await download
  const path = testInfo.outputPath(`${Date.now()}-${file.suggestedFilename()}`)
  await file.saveAs(path)
  return path
}

export async function importBundle(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import an event bundle…' }).click()
  await (await chooser).setFiles(path)
  return page.getByRole('dialog', { name: 'Import event bundle' })
}
