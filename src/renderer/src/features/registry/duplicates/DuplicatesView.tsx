import { useId, useMemo, useState } from 'react'
import { displayName, sortName } from '../../../../../shared/people/names'
import { findDuplicateGroups, type DuplicatePair } from '../../../../../shared/people'
import { foldForSearch } from '../../../../../shared/people/fold-text'
import { pairsToReview } from '../../../../../shared/registry/views/duplicate-review'
import { useAppData } from '../../../app/AppData'
import { describeError } from '../../../app/describe-error'
import { useI18n } from '../../../i18n/I18nProvider'
import { Dialog } from '../../../ui/Dialog'
import { EmptyState } from '../../../ui/EmptyState'
import { useToast } from '../../../ui/Toasts'
import type { RegistryViewProps } from '../RegistryArea'
import { DuplicatePairsTable } from './DuplicatePairsTable'
import { DuplicateReviewDialog } from './DuplicateReviewDialog'
import { useDismissedPairs } from './dismissed-pairs'
import { useDirectoryContacts } from './use-directory-contacts'

type Scope = 'event' | 'directory'
const scopes: readonly Scope[] = ['event', 'directory']
// A page of pairs is enough to work through; merging or dismissing brings up the next ones.
const PAIRS_SHOWN = 200

/** Possible duplicates among this event's people or the whole directory, reviewed pair by pair. */
export function DuplicatesView({ registry, reload }: RegistryViewProps) {
  const { t } = useI18n()
  const { repos } = useAppData()
  const toast = useToast()
  const scopeName = useId()
  const [scope, setScope] = useState<Scope>('event')
  const directory = useDirectoryContacts(scope === 'directory')
  const [dismissed, dismiss] = useDismissedPairs()
  const [reviewing, setReviewing] = useState<DuplicatePair>()

  const candidates = useMemo(
    () => (scope === 'event' ? [...registry.contacts.values()] : directory.contacts),
    [scope, registry.contacts, directory.contacts],
  )
  const byId = useMemo(() => new Map((candidates ?? []).map((c) => [c.id, c])), [candidates])
  // Finding is the costly part (a blocking pass over every contact): done once per load, while
  // dismissing a pair only filters the result.
  const found = useMemo(() => candidates && findDuplicateGroups(candidates).pairs, [candidates])
  const pairs = useMemo(() => {
    if (!found) return undefined
    const sortKey = (id: string) => {
      const c = byId.get(id)
      return c ? foldForSearch(sortName(c)) : ''
    }
    return pairsToReview(found, dismissed, sortKey)
  }, [found, byId, dismissed])

  const merge = async (keepId: string, otherId: string) => {
    try {
      const merged = await repos.contacts.merge(keepId, otherId)
      setReviewing(undefined)
      await reload()
      if (scope === 'directory') await directory.reload()
      toast({ message: t('duplicates.merged', { name: displayName(merged) }) })
    } catch (error) {
      toast({ tone: 'error', message: describeError(t, error) })
    }
  }

  const records = reviewing && [byId.get(reviewing.a), byId.get(reviewing.b)]
  const counts = { certain: 0, probable: 0, possible: 0 }
  for (const p of pairs ?? []) counts[p.kind] += 1

  return (
    <div className="duplicates-view">
      <fieldset className="radio-group scope-choice">
        <legend>{t('duplicates.scope')}</legend>
        {scopes.map((s) => (
          <label key={s} className="radio">
            <input
              type="radio"
              name={scopeName}
              checked={scope === s}
              onChange={() => setScope(s)}
            />
            {t(`duplicates.scope.${s}`)}
          </label>
        ))}
      </fieldset>
      {!pairs ? (
        <p className="muted">{t('duplicates.loading')}</p>
      ) : pairs.length === 0 ? (
        <EmptyState title={t('duplicates.none.title')} body={t('duplicates.none.body')} />
      ) : (
        <>
          <p role="status">{t('duplicates.summary', counts)}</p>
          <DuplicatePairsTable
            pairs={pairs.slice(0, PAIRS_SHOWN)}
            contacts={byId}
            onReview={setReviewing}
          />
          {pairs.length > PAIRS_SHOWN && (
            <p className="muted">
              {t('duplicates.shownOf', { shown: PAIRS_SHOWN, total: pairs.length })}
            </p>
          )}
        </>
      )}
      <Dialog
        title={t('duplicates.reviewTitle')}
        open={!!records?.[0] && !!records[1]}
        onClose={() => setReviewing(undefined)}
      >
        {records?.[0] && records[1] && (
          <DuplicateReviewDialog
            key={`${records[0].id}|${records[1].id}`}
            records={[records[0], records[1]]}
            onMerge={merge}
            onDismiss={() => {
              dismiss(records[0]!.id, records[1]!.id)
              setReviewing(undefined)
              toast({ message: t('duplicates.dismissed') })
            }}
            onClose={() => setReviewing(undefined)}
          />
        )}
      </Dialog>
    </div>
  )
}
