import { readFile } from 'node:fs/promises'
import { expect, type Download, type Page } from '@playwright/test'
import { RegistryPage } from './registry'

export type ExportTab = 'Export' | 'Nomination form' | 'List of participants'

/** Exporting as a person does it: from the participants table, and from Import & export. */
export class ExportPage {
  readonly registry: RegistryPage
  constructor(readonly page: Page) {
    this.registry = new RegistryPage(page)
  }

  /** The rows of the participants table as shown: the text of each visible cell. */
  async tableRows(): Promise<string[][]> {
    const rows = this.registry.table().getByRole('row')
    const out: string[][] = []
    for (const row of await rows.all()) {
      const cells = row.getByRole('cell')
      if ((await cells.count()) === 0) continue // the header row
      const texts = await cells.allInnerTexts()
      // First cell: the selection checkbox; last: the history button.
      out.push(texts.slice(1, -1).map((t) => t.replace('★', '').trim()))
    }
    return out
  }

  exportDialog() {
    return this.page.getByRole('dialog', { name: 'Export participants' })
  }

  /** Runs the export dialog with a format and waits for the downloaded file. */
  async exportView(format: RegExp, options: { columns?: RegExp; language?: string } = {}) {
    await this.page.getByRole('button', { name: 'Export…' }).click()
    const dialog = this.exportDialog()
    await dialog.getByRole('radio', { name: format }).check()
    if (options.columns) await dialog.getByRole('radio', { name: options.columns }).check()
    if (options.language)
      await dialog.getByLabel('Language of the file').selectOption({ label: options.language })
    const file = await this.download(() => dialog.getByRole('button', { name: 'Export' }).click())
    await expect(dialog).toBeHidden()
    return file
  }

  async download(action: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
    const [download]: [Download, void] = await Promise.all([
      this.page.waitForEvent('download'),
      action(),
    ])
    const path = await download.path()
    return { name: download.suggestedFilename(), bytes: await readFile(path) }
  }

  async openTab(name: ExportTab): Promise<void> {
    await this.registry.shell.nav('Import & export').click()
    const tab = this.page.getByRole('tab', { name, exact: true })
    await tab.click()
    await expect(tab).toHaveAttribute('aria-selected', 'true')
  }
}
