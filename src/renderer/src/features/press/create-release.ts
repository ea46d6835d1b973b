import type { EventRecord } from '../../../../shared/events/model'
import { toSnapshot } from '../../../../shared/press/facts'
import { parseMarkup } from '../../../../shared/press/markup'
import { defaultParticipantFilter } from '../../../../shared/press/participant-filter'
import { renderTemplate } from '../../../../shared/press/render'
import type { TemplateSource } from '../../../../shared/press/template-model'
import type { useAppData } from '../../app/AppData'
import { computeFacts, loadFactsSource, type FactChoices } from './use-press-facts'

type AppData = ReturnType<typeof useAppData>

/** Today on this computer, as "YYYY-MM-DD". */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** The choices a new release starts with; a template's preview uses them too, so both agree. */
export function newReleaseChoices(now = new Date()): FactChoices {
  return {
    filter: defaultParticipantFilter,
    countryOrder: 'language',
    release: { number: '', place: '', date: localToday(now) },
  }
}

/**
 * A new draft: the template (a starter or the user's own) filled in both languages with the
 * event's facts as they are now.
 */
export async function createFromTemplate(
  app: Pick<AppData, 'repos' | 'countryNames'>,
  event: EventRecord,
  template: TemplateSource,
  title: string,
) {
  const source = await loadFactsSource(app.repos, event.id)
  const choices = newReleaseChoices()
  const facts = computeFacts(event, source, choices, app.countryNames)
  return app.repos.press.create(event.id, {
    kind: template.kind,
    templateId: template.id,
    title,
    number: choices.release.number,
    place: choices.release.place,
    date: choices.release.date,
    filter: choices.filter,
    countryOrder: choices.countryOrder,
    texts: {
      id: renderTemplate(parseMarkup(template.texts.id), facts.id, 'id').doc,
      en: renderTemplate(parseMarkup(template.texts.en), facts.en, 'en').doc,
    },
    facts: toSnapshot(facts),
  })
}
