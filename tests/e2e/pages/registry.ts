import { expect, type Page } from '@playwright/test'
import { Shell } from './shell'

export interface PersonDetails {
  honorific?: string
  given: string
  family: string
  emails?: string
  phones?: string
  organisation?: string
  position?: string
  country?: string
  role?: string
  status?: string
  mode?: string
}

/** The registry's participants tab as a person uses it. */
export class RegistryPage {
  readonly shell: Shell
  constructor(readonly page: Page) {
    this.shell = new Shell(page)
  }

  /** A fresh event, opened in the registry. */
  async openWithNewEvent(): Promise<void> {
    await this.shell.open()
    await this.shell.createEvent({
      nameEn: 'Pacific Digital Diplomacy Workshop',
      startDate: '2026-08-01',
      endDate: '2026-08-12',
      zoneQuery: 'jakarta',
      zone: 'Asia/Jakarta',
    })
    await this.shell.nav('Registry').click()
    await expect(this.page.getByRole('tab', { name: 'Participants' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
  }

  async add(person: PersonDetails): Promise<void> {
    await this.page.getByRole('button', { name: 'Add participant' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Add participant' })
    await this.fill(dialog, person)
    await dialog.getByRole('button', { name: 'Save participant' }).click()
    await expect(dialog).toBeHidden()
  }

  async fill(dialog: ReturnType<Page['getByRole']>, person: PersonDetails): Promise<void> {
    if (person.honorific) await dialog.getByLabel('Honorific').fill(person.honorific)
    await dialog.getByLabel('Given name').fill(person.given)
    await dialog.getByLabel('Family name').fill(person.family)
    if (person.emails) await dialog.getByLabel('Emails').fill(person.emails)
    if (person.phones) await dialog.getByLabel('Phone / WhatsApp').fill(person.phones)
    if (person.organisation)
      await dialog.getByLabel('Organisation', { exact: true }).fill(person.organisation)
    if (person.position) await dialog.getByLabel('Position', { exact: true }).fill(person.position)
    if (person.country)
      await dialog
        .getByLabel('Delegation (country or territory)')
        .selectOption({ label: person.country })
    if (person.role)
      await dialog.getByLabel('Role', { exact: true }).selectOption({ label: person.role })
    if (person.status)
      await dialog.getByLabel('Status', { exact: true }).selectOption({ label: person.status })
    if (person.mode)
      await dialog.getByLabel('Participation mode').selectOption({ label: person.mode })
  }

  table() {
    return this.page.getByRole('table', { name: 'Participants' })
  }

  row(name: string | RegExp) {
    return this.table()
      .getByRole('row')
      .filter({
        has: this.page.getByRole('button', {
          name: typeof name === 'string' ? `Edit ${name}` : name,
        }),
      })
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search participants' }).fill(text)
  }
}
