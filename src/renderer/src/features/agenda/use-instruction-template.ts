import { useCallback, useEffect, useState } from 'react'
import { z } from 'zod'
import { DEFAULT_INSTRUCTION_TEMPLATES } from '../../../../shared/agenda/default-templates'
import { INSTRUCTION_VOCABULARY } from '../../../../shared/agenda/instructions'
import { MAX_TEMPLATE_LENGTH, parseTemplate } from '../../../../shared/agenda/template'
import type { Language } from '../../../../shared/i18n'
import { useAppData } from '../../app/AppData'

const templateText = z.string().max(MAX_TEMPLATE_LENGTH)
const keyOf = (lang: Language) => `instructions.template.${lang}`

/** The event's join-instruction template in one language: saved, or the default. */
export function useInstructionTemplate(eventId: string, lang: Language) {
  const { repos } = useAppData()
  const [saved, setSaved] = useState<{ lang: Language; text: string | undefined }>()
  useEffect(() => {
    let cancelled = false
    void repos.agenda.getSetting(eventId, keyOf(lang), templateText).then((text) => {
      if (!cancelled) setSaved({ lang, text })
    })
    return () => {
      cancelled = true
    }
  }, [repos, eventId, lang])
  const save = useCallback(
    async (text: string | undefined) => {
      if (text !== undefined && !parseTemplate(text, INSTRUCTION_VOCABULARY).ok)
        throw new Error('template')
      await repos.agenda.setSetting(eventId, keyOf(lang), text ?? null)
      setSaved({ lang, text })
    },
    [repos, eventId, lang],
  )
  const loaded = saved?.lang === lang
  return {
    loaded,
    text: (loaded ? saved.text : undefined) ?? DEFAULT_INSTRUCTION_TEMPLATES[lang],
    customised: loaded && saved.text !== undefined,
    save,
  }
}
