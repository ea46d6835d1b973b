import { useCallback, useEffect, useState } from 'react'
import type { ProtocolOrderChoice } from '../../../../../shared/registry/views/protocol-choice'
import { useAppData } from '../../../app/AppData'
import { describeError } from '../../../app/describe-error'
import { useI18n } from '../../../i18n/I18nProvider'
import { useToast } from '../../../ui/Toasts'

/**
 * The protocol order remembered for the event. Until one is chosen, delegations are alphabetical
 * in the language the console is shown in. A choice shows at once and is saved in the background.
 */
export function useProtocolOrderChoice(
  eventId: string,
): [ProtocolOrderChoice, (choice: ProtocolOrderChoice) => void] {
  const { repos, readOnly } = useAppData()
  const { t, lang } = useI18n()
  const toast = useToast()
  const [stored, setStored] = useState<{ eventId: string; choice: ProtocolOrderChoice }>()

  useEffect(() => {
    let cancelled = false
    void repos.settings.protocolOrder(eventId).then((choice) => {
      if (!cancelled && choice) setStored({ eventId, choice })
    })
    return () => {
      cancelled = true
    }
  }, [repos, eventId])

  const choose = useCallback(
    (choice: ProtocolOrderChoice) => {
      setStored({ eventId, choice })
      if (readOnly) return
      repos.settings
        .setProtocolOrder(eventId, choice)
        .catch((error: unknown) => toast({ tone: 'error', message: describeError(t, error) }))
    },
    [repos, eventId, readOnly, toast, t],
  )

  const choice =
    stored?.eventId === eventId ? stored.choice : { kind: 'alphabetical' as const, lang }
  return [choice, choose]
}
