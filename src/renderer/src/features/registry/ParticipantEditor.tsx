import { displayName } from '../../../../shared/people/names'
import type { EventRecord } from '../../../../shared/events/model'
import type { ParsedParticipant } from '../../../../shared/registry/participant-input'
import type { RegistryRow } from '../../../../shared/registry/registry-view'
import { useAppData } from '../../app/AppData'
import { describeError } from '../../app/describe-error'
import { useI18n } from '../../i18n/I18nProvider'
import { Dialog } from '../../ui/Dialog'
import { useToast } from '../../ui/Toasts'
import { ParticipantForm } from './ParticipantForm'
import { draftFrom, emptyDraft } from './participant-draft'

export type Editing = { mode: 'add' } | { mode: 'edit'; row: RegistryRow } | null

/** The add/edit dialog: saves through the repository and says what happened. */
export function ParticipantEditor(props: {
  event: EventRecord
  editing: Editing
  onClose: () => void
  /** Called with the participants the save changed. */
  onSaved: (participantIds: string[]) => Promise<void>
}) {
  const { t } = useI18n()
  const { repos } = useAppData()
  const toast = useToast()
  const { editing, event } = props

  const save = async (parsed: ParsedParticipant, existingContactId: string | undefined) => {
    try {
      const result =
        editing?.mode === 'edit'
          ? await repos.participants.update(editing.row.participant.id, parsed)
          : await repos.participants.add(event.id, parsed, existingContactId)
      const name = displayName(parsed.contact)
      toast({ message: t(editing?.mode === 'edit' ? 'form.saved' : 'form.added', { name }) })
      const demoted = result.demoted.map((d) => d.id)
      if (demoted.length) {
        const { contacts } = await repos.participants.loadPeople(event.id, demoted)
        for (const d of result.demoted) {
          const contact = contacts.get(d.contactId)
          toast({ message: t('form.demoted', { name: contact ? displayName(contact) : '' }) })
        }
      }
      props.onClose()
      await props.onSaved([result.participant.id, ...demoted])
    } catch (error) {
      // The dialog stays open with everything typed.
      const message =
        error instanceof Error && error.message === 'already in this event'
          ? t('form.alreadyInEvent')
          : describeError(t, error)
      toast({ tone: 'error', message })
    }
  }

  const initial =
    editing?.mode === 'edit'
      ? draftFrom(
          editing.row.participant,
          editing.row.contact,
          editing.row.delegation,
          event.timeZone,
        )
      : emptyDraft()

  return (
    <Dialog
      title={editing?.mode === 'edit' ? t('form.editTitle') : t('form.addTitle')}
      open={editing !== null}
      onClose={props.onClose}
    >
      <ParticipantForm
        key={editing?.mode === 'edit' ? editing.row.participant.id : 'new'}
        event={event}
        initial={initial}
        allowContactReuse={editing?.mode === 'add'}
        onSubmit={save}
        onCancel={props.onClose}
      />
    </Dialog>
  )
}
