import { expect, type Page } from '@playwright/test'
import { PressPage, type PressLanguage } from './press'

/** The templates screen of the press area as a writer uses it: the list and the editor. */
export class PressTemplatesPage {
  readonly press: PressPage
  constructor(readonly page: Page) {
    this.press = new PressPage(page)
  }

  /** From the list of releases to the list of templates. */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Templates', exact: true }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Templates' })).toBeVisible()
  }

  table(name: 'Starter templates' | 'Your templates' | 'Unsaved new templates') {
    return this.page.getByRole('table', { name })
  }

  async newTemplate(): Promise<void> {
    await this.page.getByRole('button', { name: 'New template' }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'New template' })).toBeVisible()
  }

  name() {
    return this.page.getByLabel('Template name')
  }

  kind() {
    return this.page.getByRole('combobox', { name: 'Kind' })
  }

  text(lang: PressLanguage) {
    return this.page.getByRole('textbox', { name: `${lang} template` })
  }

  preview(lang: PressLanguage) {
    return this.page.getByRole('region', { name: `Preview in ${lang} with this event’s facts` })
  }

  checks() {
    return this.page.getByRole('region', { name: 'Checks' })
  }

  picker() {
    return this.page.getByRole('region', { name: 'Placeholders' })
  }

  /** Types at the end of one language's text, as a person clicking into it would. */
  async typeAtEnd(lang: PressLanguage, text: string): Promise<void> {
    await this.text(lang).click()
    await this.page.keyboard.press('Control+End')
    await this.page.keyboard.type(text)
  }

  /** Picks a fact by its description in the placeholder list; it goes in at the cursor. */
  async insertFact(lang: PressLanguage, description: string): Promise<void> {
    const picker = this.picker()
    await picker.getByRole('radio', { name: lang }).check()
    await picker.getByRole('button', { name: new RegExp(`^Insert ${description} \\(`) }).click()
    await expect(this.text(lang)).toBeFocused()
  }

  /** The editor's save state (toasts are statuses too, hence the exact texts). */
  state() {
    return this.page
      .getByRole('status')
      .filter({ hasText: /^(All changes saved|Unsaved changes|Not saved yet|Saving…)$/ })
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save template' }).click()
    await expect(this.state()).toHaveText('All changes saved')
  }

  async backToList(): Promise<void> {
    await this.page.getByRole('button', { name: 'All templates' }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Templates' })).toBeVisible()
  }

  async backToReleases(): Promise<void> {
    await this.page.getByRole('button', { name: 'All releases' }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Press releases' })).toBeVisible()
  }

  /** Creates a release from one of the user's own templates; the release editor opens. */
  async newReleaseFrom(templateName: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New release' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'New release' })
    await dialog
      .getByRole('group', { name: 'Your templates' })
      .getByRole('radio', { name: new RegExp(`^${templateName}`) })
      .check()
    await dialog.getByRole('button', { name: 'Create draft' }).click()
    await expect(dialog).toBeHidden()
    await expect(this.press.editor('Indonesian')).toBeVisible()
  }
}
