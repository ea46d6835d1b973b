import { expect, type Download, type Page } from '@playwright/test'
import { Shell } from './shell'

export type PressLanguage = 'Indonesian' | 'English'
export type PressTemplate =
  'Announcement before the event' | 'Release after the event' | 'Social-media post'

/** The press-release area as a writer uses it: the list, the bilingual editor and its tools. */
export class PressPage {
  readonly shell: Shell
  constructor(readonly page: Page) {
    this.shell = new Shell(page)
  }

  async open(): Promise<void> {
    await this.shell.nav('Press releases').click()
  }

  /** Creates a draft from a starter template; the editor opens on it. */
  async newRelease(template: PressTemplate, title?: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New release' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'New release' })
    await dialog.getByRole('radio', { name: new RegExp(`^${template}`) }).check()
    if (title) await dialog.getByLabel('Title').fill(title)
    await dialog.getByRole('button', { name: 'Create draft' }).click()
    await expect(dialog).toBeHidden()
    await expect(this.editor('Indonesian')).toBeVisible()
  }

  editor(lang: PressLanguage) {
    return this.page.getByRole('textbox', { name: `${lang} text` })
  }

  toolbar(lang: PressLanguage) {
    return this.page.getByRole('toolbar', { name: `Formatting, ${lang}` })
  }

  tab(name: 'Facts' | 'Versions' | 'Preview' | 'Export') {
    return this.page.getByRole('tab', { name })
  }

  async typeAtEnd(lang: PressLanguage, text: string): Promise<void> {
    const editor = this.editor(lang)
    // A click on a fact selects the whole fact, and typing would replace it: click the last
    // paragraph, and step off any selected fact before going to the end.
    const last = editor.locator(':scope > *').last()
    await last.click()
    await this.page.keyboard.press('ArrowRight')
    await this.page.keyboard.press('Control+End')
    await this.page.keyboard.type(text)
    await expect(last).toContainText(text.trim())
  }

  async expectSaved(): Promise<void> {
    await expect(this.page.getByText('All changes saved')).toBeVisible()
  }

  /** Exports through the Export tab and returns the download. */
  async export(
    format: 'Word (.docx)' | 'Web page (.html)' | 'Plain text (.txt)',
    languages: 'Indonesian' | 'English' | 'Indonesian and English',
  ): Promise<Download> {
    await this.tab('Export').click()
    await this.page.getByLabel('Languages').selectOption({ label: languages })
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: format }).click()
    return download
  }

  async setEventDetails(details: {
    organisersId?: string
    organisersEn?: string
    themeEn?: string
    official?: string | RegExp
  }): Promise<void> {
    await this.page.getByRole('button', { name: 'Event details for releases' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Event details for releases' })
    if (details.organisersId)
      await dialog.getByLabel('Organisers (Indonesian)').fill(details.organisersId)
    if (details.organisersEn)
      await dialog.getByLabel('Organisers (English)').fill(details.organisersEn)
    if (details.themeEn) await dialog.getByLabel('Theme (English)').fill(details.themeEn)
    if (details.official) {
      const select = dialog.getByLabel('Official to quote')
      const option = select.getByRole('option', { name: details.official })
      await select.selectOption({ label: (await option.textContent()) ?? '' })
    }
    await dialog.getByRole('button', { name: 'Save details' }).click()
    await expect(dialog).toBeHidden()
  }
}
