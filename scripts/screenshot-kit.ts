// What the screenshot scripts share: Debian's Chromium launched as the end-to-end tests launch it,
// the served web build's address, and adding a participant through the form.
import { chromium, type Page } from 'playwright'
import { CHROMIUM_ARGS, chromiumPath } from '../chromium'
import { WEB_PORT } from '../web-port'

export const base = `http://127.0.0.1:${WEB_PORT}`

export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] })
}

/** Adds a participant through the registry's form (the registry must be open). */
export async function addPerson(
  page: Page,
  person: {
    given: string
    family: string
    country: string
    mode?: string
    status?: string
    zone?: string
  },
): Promise<void> {
  await page.getByRole('button', { name: 'Add participant' }).click()
  const d = page.getByRole('dialog', { name: 'Add participant' })
  await d.getByLabel('Given name').fill(person.given)
  await d.getByLabel('Family name').fill(person.family)
  await d.getByLabel('Delegation (country or territory)').selectOption({ label: person.country })
  if (person.mode) await d.getByLabel('Participation mode').selectOption({ label: person.mode })
  if (person.status)
    await d.getByLabel('Status', { exact: true }).selectOption({ label: person.status })
  if (person.zone) await d.getByLabel('Participant’s time zone').selectOption(person.zone)
  await d.getByRole('button', { name: 'Save participant' }).click()
  await d.waitFor({ state: 'hidden' })
}
