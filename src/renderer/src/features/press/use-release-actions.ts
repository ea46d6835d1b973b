import { useCallback, useState } from 'react'
import type { PressFacts } from '../../../../shared/press/facts'
import { toSnapshot } from '../../../../shared/press/facts'
import { pressLangs } from '../../../../shared/press/language'
import type {
  PressReleaseRecord,
  ReleaseDetailsInput,
  StatusAction,
} from '../../../../shared/press/release-model'
import { refreshFacts, renderTemplate } from '../../../../shared/press/render'
import { normaliseDoc } from '../../../../shared/press/doc-model'
import { describeError } from '../../app/describe-error'
import { useAppData } from '../../app/AppData'
import { useI18n } from '../../i18n/I18nProvider'
import { useToast } from '../../ui/Toasts'
import type { Texts, useAutosave } from './use-autosave'

type Autosave = ReturnType<typeof useAutosave>

/**
 * What the writer does to a release besides typing. Each step first saves what was typed, runs
 * one repository call, and on success takes the stored result as the new state; errors become a
 * message in the user's language and nothing on screen is lost.
 */
export function useReleaseActions(options: {
  release: PressReleaseRecord
  setRelease: (release: PressReleaseRecord) => void
  autosave: Autosave
  /** Called after the text was replaced from outside, so the editors show it. */
  onTextReplaced: () => void
}) {
  const { t } = useI18n()
  const { repos } = useAppData()
  const toast = useToast()
  const [busy, setBusy] = useState(false)
  const [versionsTick, setVersionsTick] = useState(0)
  const { release, setRelease, autosave, onTextReplaced } = options

  const step = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true)
      try {
        await autosave.flush()
        const result = await work()
        setVersionsTick((n) => n + 1)
        return result
      } catch (error) {
        toast({ message: describeError(t, error), tone: 'error' })
        return undefined
      } finally {
        setBusy(false)
      }
    },
    [autosave, toast, t],
  )

  const replaceText = useCallback(
    (next: PressReleaseRecord) => {
      setRelease(next)
      autosave.reset(
        { id: normaliseDoc(next.texts.id), en: normaliseDoc(next.texts.en) },
        next.revision,
      )
      onTextReplaced()
    },
    [autosave, setRelease, onTextReplaced],
  )

  const setStatus = (action: StatusAction) =>
    step(async () => {
      const next = await repos.press.setStatus(release.id, action)
      setRelease(next)
      toast({ message: t(`press.status.changed.${next.status}`) })
    })

  const saveVersion = () =>
    step(async () => {
      await repos.press.saveVersion(release.id)
      toast({ message: t('press.versionSaved') })
    })

  const updateDetails = async (patch: Partial<ReleaseDetailsInput>): Promise<boolean> => {
    try {
      const next = await repos.press.updateDetails(release.id, patch)
      setRelease(next)
      return true
    } catch (error) {
      toast({ message: describeError(t, error), tone: 'error' })
      return false
    }
  }

  /** Gives every fact in both texts its current value (and fills typed placeholders). */
  const applyFacts = (facts: PressFacts, fillTyped: boolean) =>
    step(async () => {
      const { texts, revision } = autosave.current()
      const next = {} as Texts
      for (const lang of pressLangs) {
        next[lang] = fillTyped
          ? renderTemplate(texts[lang], facts[lang], lang).doc
          : refreshFacts(texts[lang], facts[lang], lang).doc
      }
      const saved = await repos.press.applyFacts(release.id, next, toSnapshot(facts), revision)
      replaceText(saved)
      toast({ message: t('press.facts.applied') })
    })

  const restore = async (seq: number) => {
    await step(async () => {
      const next = await repos.press.restoreVersion(release.id, seq)
      replaceText(next)
      toast({ message: t('press.versions.restored') })
    })
  }

  return { busy, versionsTick, setStatus, saveVersion, updateDetails, applyFacts, restore }
}
