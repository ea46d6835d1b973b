import { expect, type Page } from '@playwright/test'
import { RegistryPage, type PersonDetails } from './registry'
import type { EventDetails } from './shell'

export type ViewTab =
  'Participants' | 'Delegations' | 'Dashboard' | 'Duplicates' | 'Contacts directory'

/** The registry's delegations, dashboard, duplicates and directory tabs, as a person uses them. */
export class RegistryViewsPage {
  readonly registry: RegistryPage
  constructor(readonly page: Page) {
    this.registry = new RegistryPage(page)
  }

  get shell() {
    return this.registry.shell
  }

  /** Creates an event through the form (it becomes the current event) and opens its registry. */
  async openNewEvent(details: Partial<EventDetails> = {}): Promise<void> {
    await this.shell.nav('Events').click()
    await this.shell.createEvent({
      nameEn: 'Pacific Digital Diplomacy Workshop',
      startDate: '2026-08-01',
      endDate: '2026-08-12',
      zoneQuery: 'jakarta',
      zone: 'Asia/Jakarta',
      ...details,
    })
    await this.shell.nav('Registry').click()
    await expect(this.tab('Participants')).toHaveAttribute('aria-selected', 'true')
  }

  /** Adds a participant with the Participants tab's form; gender is set when given. */
  async add(person: PersonDetails & { gender?: string }): Promise<void> {
    await this.open('Participants')
    await this.page.getByRole('button', { name: 'Add participant' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Add participant' })
    await this.registry.fill(dialog, person)
    if (person.gender)
      await dialog.getByLabel('Gender', { exact: true }).selectOption({ label: person.gender })
    await dialog.getByRole('button', { name: 'Save participant' }).click()
    await expect(dialog).toBeHidden()
  }

  tab(name: ViewTab) {
    return this.page.getByRole('tab', { name, exact: true })
  }

  async open(name: ViewTab): Promise<void> {
    await this.tab(name).click()
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true')
  }

  /** Delegation names in the order shown. */
  delegationHeadings() {
    return this.page
      .getByRole('list', { name: 'Delegations in protocol order' })
      .getByRole('heading', { level: 3 })
  }

  delegation(name: string) {
    return this.page.getByRole('region', { name, exact: true })
  }

  /** The newest toast's Undo button. */
  undo() {
    return this.page.getByRole('button', { name: 'Undo' }).last()
  }

  chart(title: string) {
    return this.page.getByRole('figure', { name: title })
  }

  /** A bar or tile, read as "Label: value". */
  item(container: ReturnType<Page['getByRole']>, label: string) {
    return container.getByRole('listitem').filter({ hasText: new RegExp(`^${label}:`) })
  }
}
