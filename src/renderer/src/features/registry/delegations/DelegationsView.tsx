import { useMemo, useState } from 'react'
import { countryName } from '../../../../../shared/countries/country-names'
import { displayName } from '../../../../../shared/people/names'
import {
  groupByDelegation,
  type DelegationMemberRow,
} from '../../../../../shared/registry/views/delegation-groups'
import { toProtocolOrderBy } from '../../../../../shared/registry/views/protocol-choice'
import { useAppData } from '../../../app/AppData'
import type { StoredContact } from '../../../db'
import { useI18n } from '../../../i18n/I18nProvider'
import { EmptyState } from '../../../ui/EmptyState'
import type { RegistryViewProps } from '../RegistryArea'
import { DelegationCard } from './DelegationCard'
import { ProtocolOrderChooser } from './ProtocolOrderChooser'
import { useProtocolOrderChoice } from './use-protocol-order-choice'
import { useUndoableChange } from './use-undoable-change'

// Above this many participants, members are listed on request, so the page stays quick to draw.
const ALWAYS_SHOW_MEMBERS_UP_TO = 300

/** Delegations in the protocol order chosen for the event, each with its head and counts. */
export function DelegationsView({ event, registry, reload }: RegistryViewProps) {
  const { t } = useI18n()
  const { repos, countryNames, readOnly } = useAppData()
  const [choice, setChoice] = useProtocolOrderChoice(event.id)
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set())
  const change = useUndoableChange(reload)

  const groups = useMemo(
    () =>
      groupByDelegation(registry.participants, registry.contacts, registry.delegations, {
        by: toProtocolOrderBy(choice),
        names: countryNames,
      }),
    [registry, choice, countryNames],
  )

  // Names in the order's language, so the list visibly follows its own alphabet.
  const drawable = useMemo(() => {
    const collator = new Intl.Collator(choice.lang)
    const codes = new Set(groups.flatMap((g) => g.delegation?.countryCode ?? []))
    if (choice.kind === 'drawn' && choice.firstCountry) codes.add(choice.firstCountry)
    return [...codes]
      .map((code) => ({ code, name: countryName(code, choice.lang, countryNames) }))
      .sort((a, b) => collator.compare(a.name, b.name))
  }, [groups, choice, countryNames])

  if (registry.participants.length === 0)
    return <EmptyState title={t('registry.empty.title')} body={t('registry.empty.body')} />

  const collapsible = registry.participants.length > ALWAYS_SHOW_MEMBERS_UP_TO
  const keyOf = (id: string | undefined) => id ?? ''
  const toggle = (key: string) =>
    setToggled((current) => {
      const next = new Set(current)
      if (!next.delete(key)) next.add(key)
      return next
    })
  const makeHead = (member: DelegationMemberRow<StoredContact>) =>
    void change(
      () => repos.participants.setHead(member.participant.id),
      () => t('bulk.headDone', { name: displayName(member.contact) }),
    )
  const delegationCount = groups.filter((g) => g.delegation).length

  return (
    <div className="delegations-view">
      <ProtocolOrderChooser choice={choice} onChange={setChoice} countries={drawable} />
      <p className="muted">
        {t('delegations.summary', {
          delegations: delegationCount,
          participants: registry.participants.length,
        })}
      </p>
      <ol className="delegation-list" aria-label={t('delegations.list')}>
        {groups.map((group, index) => {
          const key = keyOf(group.delegation?.id)
          return (
            <li key={key}>
              <DelegationCard
                group={group}
                position={index + 1}
                expanded={collapsible ? toggled.has(key) : undefined}
                onToggle={() => toggle(key)}
                onMakeHead={makeHead}
                readOnly={readOnly}
              />
            </li>
          )
        })}
      </ol>
    </div>
  )
}
