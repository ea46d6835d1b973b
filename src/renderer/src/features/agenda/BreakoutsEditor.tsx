import { useState } from 'react'
import type { AgendaRoom, Breakout } from '../../../../shared/agenda/model'
import { breakoutMembers, setBreakoutMembers } from '../../../../shared/agenda/rooms'
import { useAppData } from '../../app/AppData'
import { describeError } from '../../app/describe-error'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { TextField } from '../../ui/Field'
import type { AgendaDelegation, AgendaPerson } from './agenda-people'
import { PeoplePicker } from './PeoplePicker'

/** Breakout rooms of a meeting: who goes where, by hand or by whole delegation. */
export function BreakoutsEditor(props: {
  room: AgendaRoom
  people: readonly AgendaPerson[]
  delegations: readonly AgendaDelegation[]
  onClose: () => void
  onSaved: () => Promise<void>
}) {
  const { t } = useI18n()
  const { repos } = useAppData()
  const [breakouts, setBreakouts] = useState<Breakout[]>(props.room.breakouts)
  const [name, setName] = useState('')
  const [failure, setFailure] = useState<string>()

  const update = (id: string, change: (b: Breakout) => Breakout) =>
    setBreakouts((list) => list.map((b) => (b.id === id ? change(b) : b)))
  const assign = (id: string, key: 'participantIds' | 'delegationIds', ids: string[]) =>
    setBreakouts((list) => setBreakoutMembers(list, id, key, ids))
  const add = () => {
    const clean = name.trim()
    if (!clean) return
    setBreakouts((list) => [
      ...list,
      { id: crypto.randomUUID(), name: clean.slice(0, 100), participantIds: [], delegationIds: [] },
    ])
    setName('')
  }
  const save = async () => {
    try {
      await repos.agenda.setBreakouts(props.room.id, breakouts)
      await props.onSaved()
      props.onClose()
    } catch (error) {
      setFailure(describeError(t, error))
    }
  }
  const participants = props.people.map((p) => ({ ...p.participant, delegationId: p.delegationId }))
  return (
    <div className="breakouts">
      <div className="toolbar">
        <TextField
          label={t('agenda.breakout.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <Button onClick={add} disabled={!name.trim()}>
          {t('agenda.breakout.add')}
        </Button>
      </div>
      {breakouts.length === 0 && <p className="muted">{t('agenda.breakout.none')}</p>}
      {breakouts.map((b) => {
        const members = breakoutMembers({ breakouts }, b.id, participants)
        return (
          <section key={b.id} className="breakout" aria-label={b.name}>
            <div className="breakout-head">
              <TextField
                label={t('agenda.breakout.rename')}
                value={b.name}
                onChange={(e) =>
                  update(b.id, (x) => ({ ...x, name: e.target.value.slice(0, 100) }))
                }
              />
              <p className="muted">{t('agenda.breakout.members', { count: members.length })}</p>
              <Button
                variant="ghost"
                aria-label={t('agenda.breakout.delete', { name: b.name })}
                onClick={() => setBreakouts((l) => l.filter((x) => x.id !== b.id))}
              >
                {t('agenda.remove')}
              </Button>
            </div>
            <div className="picker-grid">
              <PeoplePicker
                legend={t('agenda.breakout.byDelegation', { name: b.name })}
                options={props.delegations.map((d) => ({ id: d.delegation.id, label: d.name }))}
                selected={b.delegationIds}
                onChange={(ids) => assign(b.id, 'delegationIds', ids)}
              />
              <PeoplePicker
                legend={t('agenda.breakout.byHand', { name: b.name })}
                options={props.people.map((p) => ({
                  id: p.participant.id,
                  label: p.name,
                  detail: p.delegationName,
                }))}
                selected={b.participantIds}
                onChange={(ids) => assign(b.id, 'participantIds', ids)}
              />
            </div>
          </section>
        )
      })}
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <Button onClick={props.onClose}>{t('agenda.cancel')}</Button>
        <Button
          variant="primary"
          onClick={() => void save()}
          disabled={breakouts.some((b) => !b.name.trim())}
        >
          {t('agenda.breakout.save')}
        </Button>
      </div>
    </div>
  )
}
