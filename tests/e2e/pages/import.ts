import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { expect, type Locator, type Page } from '@playwright/test'
import { Shell } from './shell'

/** A fixture of tests/fixtures/import, as a path for the file chooser. */
export function importFixture(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url))
}

/** The import tab of "Import & export" as a person uses it. */
export class ImportPage {
  readonly shell: Shell
  constructor(readonly page: Page) {
    this.shell = new Shell(page)
  }

  /** A fresh event, opened on the import tab. */
  async openWithNewEvent(): Promise<void> {
    await this.shell.open()
    await this.shell.createEvent({
      nameEn: 'Pacific Digital Diplomacy Workshop',
      startDate: '2026-08-01',
      endDate: '2026-08-12',
      zoneQuery: 'jakarta',
      zone: 'Asia/Jakarta',
    })
    await this.openTab()
  }

  async openTab(): Promise<void> {
    await this.shell.nav('Import & export').click()
    await this.page.getByRole('tab', { name: 'Import', exact: true }).click()
  }

  step(name: string): Locator {
    return this.page.getByRole('navigation', { name: 'Import steps' }).getByText(name)
  }

  async expectStep(name: string, timeout?: number): Promise<void> {
    await expect(
      this.page.getByRole('navigation', { name: 'Import steps' }).locator('[aria-current="step"]'),
    ).toContainText(name, timeout ? { timeout } : {})
  }

  /**
   * Chooses a file through the file dialog (the browser's file chooser here) and waits until it
   * is read: on the sheet step, or, for a refused file, with the message shown.
   */
  async choose(fixtureName: string, refusedWith?: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByRole('button', { name: /^(Choose file…|Pilih berkas…)$/ }).click()
    await (await chooser).setFiles(importFixture(fixtureName))
    // The worker starts on the first file; on a busy machine that takes a few seconds.
    if (refusedWith) await expect(this.alert(refusedWith)).toBeVisible({ timeout: 20_000 })
    else await this.expectStep('Sheet and header', 20_000)
  }

  /** Drops a fixture file onto the window, as dragging it from the file manager does. */
  async drop(fixtureName: string): Promise<void> {
    const bytes = [...(await readFile(importFixture(fixtureName)))]
    const name = fixtureName.replace(/^.*\//, '')
    const transfer = await this.page.evaluateHandle(
      ([data, fileName]) => {
        const dt = new DataTransfer()
        dt.items.add(new File([new Uint8Array(data)], fileName))
        return dt
      },
      [bytes, name] as const,
    )
    for (const type of ['dragenter', 'dragover', 'drop'])
      await this.page.dispatchEvent('main', type, { dataTransfer: transfer })
    await this.expectStep('Sheet and header', 20_000)
  }

  /** An error the import shows (files are read in a worker: the first one may take a moment). */
  alert(text: string): Locator {
    return this.page.getByRole('alert').filter({ hasText: text })
  }

  next(): Promise<void> {
    return this.page.getByRole('button', { name: 'Next', exact: true }).click()
  }

  /** Through sheet, columns and rows to the match step, accepting what was detected. */
  async acceptToMatch(): Promise<void> {
    await this.next()
    await this.expectStep('Columns')
    await this.next()
    await this.expectStep('Check rows')
    await this.next()
    await this.expectStep('Match')
  }

  grid(): Locator {
    return this.page.getByRole('table', { name: 'Rows of the file' })
  }

  /** Edits one cell of the problem grid in place. */
  async fixCell(column: string, row: number, text: string): Promise<void> {
    await this.grid()
      .getByRole('button', { name: new RegExp(`^Edit ${column} in row ${row}:`) })
      .click()
    const input = this.grid().getByRole('textbox', { name: `${column}, row ${row}` })
    await input.fill(text)
    await input.press('Enter')
    await expect(
      this.page.getByRole('status').filter({ hasText: `Row ${row} checked again.` }),
    ).toBeAttached()
  }

  async importRows(count: number): Promise<void> {
    await this.page.getByRole('button', { name: `Import ${count} rows` }).click()
    await expect(this.page.getByRole('heading', { name: 'Import finished' })).toBeVisible()
  }

  summary(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^Added: / })
  }

  batches(): Locator {
    return this.page.getByRole('table', { name: 'Past imports' })
  }

  /** Undoes the past import of `fileName` whose result reads `result` ("updated 1"). */
  async undo(fileName: string, result: string): Promise<void> {
    await this.batches()
      .getByRole('row')
      .filter({ hasText: result })
      .getByRole('button', {
        name: new RegExp(`^Undo import of ${fileName.replace('.', '\\.')} \\(`),
      })
      .click()
    const dialog = this.page.getByRole('dialog', { name: 'Undo this import?' })
    await dialog.getByRole('button', { name: 'Undo import' }).click()
    await expect(dialog).toBeHidden()
  }
}
