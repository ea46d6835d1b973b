import { useMemo, useState } from 'react'
import { agendaIcs } from '../../../../shared/agenda/agenda-ics'
import {
  INSTRUCTION_VOCABULARY,
  instructionContext,
  type InstructionAudience,
} from '../../../../shared/agenda/instructions'
import { parseTemplate, renderTemplate } from '../../../../shared/agenda/template'
import { languages, type Language } from '../../../../shared/i18n'
import { useI18n } from '../../i18n/I18nProvider'
import { host } from '../../platform'
import { Button } from '../../ui/Button'
import { useToast } from '../../ui/Toasts'
import type { AgendaViewProps } from './AgendaArea'
import { fileNameFor } from './file-names'
import { RecipientChooser, type Recipient } from './RecipientChooser'
import { TemplateEditor } from './TemplateEditor'
import { useInstructionTemplate } from './use-instruction-template'

const encoder = new TextEncoder()

/** The Join instructions tab: per participant or delegation, in English or Indonesian, and .ics. */
export function InstructionsView(props: AgendaViewProps) {
  const { event, data, people, delegations, format } = props
  const { t, lang: uiLang } = useI18n()
  const toast = useToast()
  const [lang, setLang] = useState<Language>(uiLang)
  const [recipient, setRecipient] = useState<Recipient>()
  const template = useInstructionTemplate(event.id, lang)
  const [editing, setEditing] = useState(false)

  const audience = useMemo((): InstructionAudience | undefined => {
    if (!recipient) return undefined
    if (recipient.kind === 'participant') {
      const p = people.find((x) => x.participant.id === recipient.id)
      return (
        p && {
          kind: 'participant',
          name: p.name,
          participantId: p.participant.id,
          delegationId: p.delegationId,
          zone: p.zone.zone,
        }
      )
    }
    const d = delegations.find((x) => x.delegation.id === recipient.id)
    return (
      d && { kind: 'delegation', name: d.name, delegationId: d.delegation.id, zone: recipient.zone }
    )
  }, [recipient, people, delegations])

  const text = useMemo(() => {
    if (!audience) return ''
    const parsed = parseTemplate(template.text, INSTRUCTION_VOCABULARY)
    if (!parsed.ok) return ''
    const context = instructionContext({
      event,
      sessions: data.agenda.sessions,
      rooms: data.agenda.rooms,
      audience,
      lang,
    })
    return renderTemplate(parsed.nodes, context)
  }, [audience, template.text, event, data.agenda, lang])

  const save = async (name: string, bytes: Uint8Array, kind: 'ics' | 'txt') => {
    const filters = [
      kind === 'ics'
        ? { name: t('agenda.files.calendar'), extensions: ['ics'] }
        : { name: t('agenda.files.text'), extensions: ['txt'] },
    ]
    if (await host.saveFile(name, bytes, filters))
      toast({ message: t('agenda.files.saved', { name }) })
  }
  const ics = (who: InstructionAudience) =>
    encoder.encode(
      agendaIcs(
        { event, sessions: data.agenda.sessions, rooms: data.agenda.rooms, audience: who, lang },
        new Date().toISOString(),
      ),
    )
  const eventLabel = event.shortName || event.nameEn

  return (
    <div className="agenda-instructions">
      <div className="toolbar">
        <RecipientChooser
          people={people}
          delegations={delegations}
          format={format}
          value={recipient}
          onChange={setRecipient}
        />
        <fieldset className="radio-row">
          <legend>{t('agenda.instructions.language')}</legend>
          {languages.map((l) => (
            <label key={l} className="radio">
              <input
                type="radio"
                name="instructions-lang"
                checked={lang === l}
                onChange={() => setLang(l)}
              />
              {t(`settings.language.${l}`)}
            </label>
          ))}
        </fieldset>
        <Button onClick={() => setEditing((e) => !e)} aria-expanded={editing}>
          {t('agenda.template.edit')}
        </Button>
        <Button
          disabled={data.agenda.sessions.length === 0}
          onClick={() =>
            void save(
              fileNameFor(eventLabel, t('agenda.instructions.wholeAgenda'), 'ics'),
              ics({
                kind: 'everyone',
                name: t('agenda.instructions.wholeAgenda'),
                zone: event.timeZone,
              }),
              'ics',
            )
          }
        >
          {t('agenda.instructions.icsAll')}
        </Button>
      </div>
      {editing && template.loaded && <TemplateEditor key={lang} lang={lang} template={template} />}
      {!audience ? (
        <p className="muted">{t('agenda.instructions.choose')}</p>
      ) : (
        <section className="instructions-preview" aria-labelledby="instructions-heading">
          <h2 id="instructions-heading">{t('agenda.instructions.for', { name: audience.name })}</h2>
          <p className="muted">
            {t('agenda.instructions.zone', { zone: format.zone(audience.zone) })}
            {recipient?.assumed && ` ${t('agenda.instructions.zoneAssumed')}`}
          </p>
          {text ? (
            <pre
              className="instructions-text"
              tabIndex={0}
              aria-label={t('agenda.instructions.text')}
            >
              {text}
            </pre>
          ) : (
            <p className="field-error" role="alert">
              {t('agenda.template.broken')}
            </p>
          )}
          <div className="form-actions">
            <Button
              variant="primary"
              disabled={!text}
              onClick={() =>
                void host
                  .copyText(text)
                  .then((ok) =>
                    toast(
                      ok
                        ? { message: t('agenda.instructions.copied') }
                        : { tone: 'error', message: t('agenda.copyFailed') },
                    ),
                  )
              }
            >
              {t('agenda.instructions.copy')}
            </Button>
            <Button
              disabled={!text}
              onClick={() =>
                void save(
                  fileNameFor(eventLabel, audience.name, lang, 'txt'),
                  encoder.encode(text.replace(/\n/g, '\r\n')),
                  'txt',
                )
              }
            >
              {t('agenda.instructions.saveText')}
            </Button>
            <Button
              disabled={data.agenda.sessions.length === 0}
              onClick={() =>
                void save(fileNameFor(eventLabel, audience.name, 'ics'), ics(audience), 'ics')
              }
            >
              {t('agenda.instructions.ics')}
            </Button>
          </div>
        </section>
      )}
    </div>
  )
}
