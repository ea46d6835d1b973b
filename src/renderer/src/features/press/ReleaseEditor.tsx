import { useEffect, useState } from 'react'
import type { EventRecord } from '../../../../shared/events/model'
import { normaliseDoc } from '../../../../shared/press/doc-model'
import type { PressReleaseRecord } from '../../../../shared/press/release-model'
import { describeError } from '../../app/describe-error'
import { useAppData } from '../../app/AppData'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { clearJournal, readJournal } from './journal'
import { ReleaseWorkspace } from './ReleaseWorkspace'
import type { Texts } from './use-autosave'

interface Loaded {
  release: PressReleaseRecord
  initial: Texts
  /** Text typed before a crash or a closed window that had not reached IndexedDB. */
  recovered: boolean
  /** Unsaved text typed on an older revision, kept as a version instead. */
  keptAside: boolean
}

/** Loads one release, taking back any unsaved text from the journal, and opens the workspace. */
export function ReleaseEditor(props: {
  event: EventRecord
  releaseId: string
  onClose: () => void
}) {
  const { t } = useI18n()
  const { repos } = useAppData()
  const [loaded, setLoaded] = useState<Loaded | null>()
  const [error, setError] = useState<unknown>()

  useEffect(() => {
    let cancelled = false
    repos.press
      .get(props.releaseId)
      .then((release) => {
        if (cancelled) return
        if (!release) return setLoaded(null)
        const stored: Texts = {
          id: normaliseDoc(release.texts.id),
          en: normaliseDoc(release.texts.en),
        }
        const journal = readJournal(release.id)
        const typed: Texts | undefined = journal && {
          id: normaliseDoc(journal.texts.id),
          en: normaliseDoc(journal.texts.en),
        }
        const differs = typed !== undefined && JSON.stringify(typed) !== JSON.stringify(stored)
        if (typed && differs && journal?.baseRevision !== release.revision) {
          // Typed on top of an older revision (another window saved in between): not put over
          // the stored text, but not lost either.
          return repos.press.keepAsVersion(release.id, typed).then(
            () => {
              clearJournal(release.id)
              if (!cancelled)
                setLoaded({ release, initial: stored, recovered: false, keptAside: true })
            },
            // Read-only data, say: the journal stays for a later opening; the release opens.
            () =>
              !cancelled &&
              setLoaded({ release, initial: stored, recovered: false, keptAside: false }),
          )
        }
        setLoaded({
          release,
          initial: differs && typed ? typed : stored,
          recovered: differs,
          keptAside: false,
        })
      })
      .catch((e: unknown) => !cancelled && setError(e ?? new Error('unknown')))
    return () => {
      cancelled = true
    }
    // Loaded once per release: switching the interface language must not reload the text.
  }, [repos, props.releaseId])

  if (error !== undefined) return <p role="alert">{describeError(t, error)}</p>
  if (loaded === undefined) return <p className="muted">{t('press.loading')}</p>
  if (loaded === null)
    return (
      <div>
        <p role="alert">{t('press.notFound')}</p>
        <Button onClick={props.onClose}>{t('press.back')}</Button>
      </div>
    )
  return (
    <ReleaseWorkspace
      key={loaded.release.id}
      event={props.event}
      release={loaded.release}
      initial={loaded.initial}
      recovered={loaded.recovered}
      keptAside={loaded.keptAside}
      onClose={props.onClose}
    />
  )
}
