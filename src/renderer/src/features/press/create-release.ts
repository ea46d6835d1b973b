import type { EventRecord } from '../../../../shared/events/model'
import { toSnapshot } from '../../../../shared/press/facts'
import { parseMarkup } from '../../../../shared/press/markup'
import { defaultParticipantFilter } from '../../../../shared/press/participant-filter'
import { renderTemplate } from '../../../../shared/press/render'
import type { StarterTemplate } from '../../../../shared/press/starter-templates'
import type { useAppData } from '../../app/AppData'
import { computeFacts, loadFactsSource } from './use-press-facts'

type AppData = ReturnType<typeof useAppData>

/** Today on this computer, as "YYYY-MM-DD". */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** A new draft: the template filled in both languages with the event's facts as they are now. */
export async function createFromTemplate(
  app: Pick<AppData, 'repos' | 'countryNames'>,
  event: EventRecord,
  template: StarterTemplate,
  title: string,
) {
  const source = await loadFactsSource(app.repos, event.id)
  const choices = {
    filter: defaultParticipantFilter,
    countryOrder: 'language' as const,
    release: { number: '', place: '', date: localToday() },
  }
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
