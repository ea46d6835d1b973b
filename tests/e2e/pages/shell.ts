import { expect, type Page } from '@playwright/test'

export interface EventDetails {
  nameEn: string
  nameId?: string
  shortName?: string
  startDate: string
  endDate: string
  zoneQuery: string
  zone: string
  venue?: string
}

/** The app shell as a person sees it: navigation, the event switcher and the language switch. */
export class Shell {
  constructor(readonly page: Page) {}

  async open(area = 'events'): Promise<void> {
    await this.page.goto(`/#/${area}`)
    await expect(this.page.getByRole('navigation')).toBeVisible()
  }

  nav(name: string) {
    return this.page.getByRole('navigation').getByRole('link', { name })
  }

  async createEvent(details: EventDetails): Promise<void> {
    const page = this.page
    await page
      .getByRole('button', { name: /^(New event|Acara baru)$/ })
      .first()
      .click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Name in English').fill(details.nameEn)
    if (details.nameId) await dialog.getByLabel('Name in Indonesian').fill(details.nameId)
    if (details.shortName) await dialog.getByLabel('Short name').fill(details.shortName)
    await dialog.getByLabel('Start date').fill(details.startDate)
    await dialog.getByLabel('End date').fill(details.endDate)
    const zone = dialog.getByRole('combobox', { name: 'Time zone' })
    await zone.fill(details.zoneQuery)
    await dialog
      .getByRole('option', { name: new RegExp(`^${details.zone.replace(/_/g, ' ')} `) })
      .click()
    await expect(zone).toHaveValue(details.zone)
    if (details.venue) await dialog.getByLabel('Venue').fill(details.venue)
    await dialog.getByRole('button', { name: 'Save event' }).click()
    await expect(dialog).toBeHidden()
  }
}
