import { useCallback } from 'react'
import type { RegistryUndo } from '../../../db'
import { useAppData } from '../../../app/AppData'
import { describeError } from '../../../app/describe-error'
import { useI18n } from '../../../i18n/I18nProvider'
import { useToast } from '../../../ui/Toasts'

/**
 * Runs a registry change that returns an undo token, reloads the registry, and says what was done
 * with an Undo button in the toast. Failures become an error toast in the user's language.
 */
export function useUndoableChange(
  reload: () => Promise<void>,
): (change: () => Promise<RegistryUndo>, done: (token: RegistryUndo) => string) => Promise<void> {
  const { repos } = useAppData()
  const { t } = useI18n()
  const toast = useToast()

  const undo = useCallback(
    async (token: RegistryUndo) => {
      try {
        await repos.participants.undo(token)
        await reload()
        toast({ message: t('bulk.undone') })
      } catch (error) {
        toast({ tone: 'error', message: describeError(t, error) })
      }
    },
    [repos, reload, toast, t],
  )

  return useCallback(
    async (change, done) => {
      try {
        const token = await change()
        await reload()
        toast({
          message: done(token),
          action: { label: t('bulk.undo'), run: () => void undo(token) },
        })
      } catch (error) {
        toast({ tone: 'error', message: describeError(t, error) })
      }
    },
    [reload, toast, t, undo],
  )
}
