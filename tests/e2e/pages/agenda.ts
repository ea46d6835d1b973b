import { expect, type Locator, type Page } from '@playwright/test'
import { RegistryPage, type PersonDetails } from './registry'
import { Shell } from './shell'

export interface SessionDetails {
  titleEn: string
  titleId?: string
  kind?: string
  start: string
  end: string
  rooms?: string[]
  speakers?: string[]
}

export interface RoomDetails {
  name: string
  platform?: string
  link: string
  passcode?: string
  hostKey?: string
  scope?: string
}

/** The agenda area as a person uses it: tabs, sessions, rooms, zones, instructions, attendance. */
export class AgendaPage {
  readonly shell: Shell
  readonly registry: RegistryPage
  constructor(readonly page: Page) {
    this.shell = new Shell(page)
    this.registry = new RegistryPage(page)
  }

  async open(): Promise<void> {
    await this.shell.nav('Agenda & rooms').click()
    await expect(this.page.getByRole('heading', { name: 'Agenda & rooms', level: 1 })).toBeVisible()
  }

  async tab(name: string): Promise<void> {
    await this.page.getByRole('tab', { name }).click()
    await expect(this.page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true')
  }

  /** Adds a participant in the registry, with their own time zone when given. */
  async addParticipant(person: PersonDetails & { timeZone?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add participant' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Add participant' })
    await this.registry.fill(dialog, person)
    if (person.timeZone)
      await dialog.getByLabel('Participant’s time zone').selectOption(person.timeZone)
    await dialog.getByRole('button', { name: 'Save participant' }).click()
    await expect(dialog).toBeHidden()
  }

  async addSession(s: SessionDetails): Promise<void> {
    await this.page.getByRole('button', { name: 'Add session', exact: true }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Add session' })
    await dialog.getByLabel('Title in English').fill(s.titleEn)
    if (s.titleId) await dialog.getByLabel('Title in Indonesian').fill(s.titleId)
    if (s.kind) await dialog.getByLabel('Kind').selectOption({ label: s.kind })
    await dialog.getByLabel('Starts').fill(s.start)
    await dialog.getByLabel('Ends').fill(s.end)
    for (const room of s.rooms ?? [])
      await dialog
        .getByRole('group', { name: /^Rooms/ })
        .getByLabel(room)
        .check()
    for (const name of s.speakers ?? [])
      await dialog
        .getByRole('group', { name: /^Speakers/ })
        .getByLabel(name)
        .check()
    await dialog.getByRole('button', { name: 'Save session' }).click()
    await expect(dialog).toBeHidden()
  }

  roomDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^(Add|Edit) room$/ })
  }

  /** Pastes text into a field as a person does: through the clipboard and Ctrl+V. */
  async paste(field: Locator, text: string): Promise<void> {
    await this.page.evaluate((value) => navigator.clipboard.writeText(value), text)
    await field.fill('')
    await field.focus()
    await this.page.keyboard.press('ControlOrMeta+V')
  }

  async clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText())
  }

  async addRoom(r: RoomDetails): Promise<void> {
    await this.page.getByRole('button', { name: 'Add room' }).click()
    const dialog = this.roomDialog()
    await dialog.getByLabel('Room name').fill(r.name)
    if (r.platform) await dialog.getByLabel('Platform').selectOption({ label: r.platform })
    await dialog.getByLabel('Join link').fill(r.link)
    if (r.passcode) await dialog.getByLabel('Passcode', { exact: true }).fill(r.passcode)
    if (r.hostKey) await dialog.getByLabel('Host key', { exact: true }).fill(r.hostKey)
    if (r.scope) await dialog.getByLabel(r.scope).check()
    await dialog.getByRole('button', { name: 'Save room' }).click()
    await expect(dialog).toBeHidden()
  }

  sessionCard(title: string): Locator {
    return this.page.getByRole('article', { name: title })
  }
}
