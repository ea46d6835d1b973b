import { useCallback, useEffect, useMemo, useState } from 'react'
import { countryName } from '../../../../../shared/countries/country-names'
import {
  buildListOfParticipants,
  withdrawnStatuses,
} from '../../../../../shared/export/list-of-participants'
import type { EventRecord } from '../../../../../shared/events/model'
import { isLanguage, type Language } from '../../../../../shared/i18n'
import type { ProtocolOrderBy } from '../../../../../shared/people/protocol-order'
import type { ProtocolOrderChoice } from '../../../../../shared/registry/views/protocol-choice'
import { useAppData } from '../../../app/AppData'
import { useI18n } from '../../../i18n/I18nProvider'
import { host } from '../../../platform'
import { Button } from '../../../ui/Button'
import { SelectField } from '../../../ui/Field'
import { useToast } from '../../../ui/Toasts'
import { useEventRegistry } from '../../registry/use-event-registry'
import { ExportProblems } from './ExportProblems'
import { ExportProgress } from './ExportProgress'
import { LopPreview } from './LopPreview'
import { LopPrintView } from './LopPrintView'
import { useExportRun } from './use-export-run'
import './export.css'

const docxFilter = [{ name: 'Word', extensions: ['docx'] }]
const pdfFilter = [{ name: 'PDF', extensions: ['pdf'] }]

/** The List of Participants in protocol order, as .docx or printed / saved as PDF. */
export function ListOfParticipantsTab(props: { event: EventRecord }) {
  const { event } = props
  const { t, lang: uiLang } = useI18n()
  const { repos, countryNames } = useAppData()
  const toast = useToast()
  const { registry } = useEventRegistry(event.id)
  const { state, run } = useExportRun()
  const [lang, setLang] = useState<Language>(uiLang)
  const [choice, setChoice] = useState<ProtocolOrderChoice>()
  const [order, setOrder] = useState<'alphabetical' | 'drawn'>('alphabetical')
  const [excludeWithdrawn, setExcludeWithdrawn] = useState(true)
  const [markOnline, setMarkOnline] = useState(event.mode === 'hybrid')
  const [printing, setPrinting] = useState(false)

  useEffect(() => {
    let live = true
    void repos.settings.protocolOrder(event.id).then((c) => {
      if (!live || !c) return
      setChoice(c)
      if (c.kind === 'drawn' && c.firstCountry) setOrder('drawn')
    })
    return () => {
      live = false
    }
  }, [repos, event.id])

  const drawn = choice?.kind === 'drawn' ? choice.firstCountry : undefined
  const by = useMemo<ProtocolOrderBy>(
    () => (order === 'drawn' && drawn ? { drawnFirst: drawn, lang } : lang),
    [order, drawn, lang],
  )
  const input = useMemo(
    () =>
      registry && {
        event,
        participants: registry.participants,
        contacts: registry.contacts,
        delegations: registry.delegations,
        lang,
        by,
        countryNames,
        excludeStatuses: excludeWithdrawn ? withdrawnStatuses : [],
        markOnline,
      },
    [registry, event, lang, by, countryNames, excludeWithdrawn, markOnline],
  )
  const doc = useMemo(() => input && buildListOfParticipants(input), [input])

  const printed = useCallback(async () => {
    try {
      const bytes = await host.printToPdf()
      const name = `${t('lop.fileName')}.pdf`
      if (bytes) {
        if (await host.saveFile(name, bytes, pdfFilter))
          toast({ message: t('export.done', { name }) })
      } else await host.print()
    } catch (error) {
      toast({ tone: 'error', message: t('export.failed', { reason: String(error).slice(0, 200) }) })
    } finally {
      setPrinting(false)
    }
  }, [t, toast])

  const empty = !doc || doc.groups.length === 0
  return (
    <section className="export-panel" aria-labelledby="lop-title">
      <h2 id="lop-title">{t('lop.title')}</h2>
      <p className="muted">{t('lop.body')}</p>
      <div className="export-form">
        <SelectField
          label={t('lop.language')}
          value={lang}
          onChange={(e) => isLanguage(e.target.value) && setLang(e.target.value)}
          options={[
            { value: 'en', label: t('export.language.en') },
            { value: 'id', label: t('export.language.id') },
          ]}
        />
        <SelectField
          label={t('lop.order')}
          hint={t('lop.order.hint')}
          value={order}
          onChange={(e) => setOrder(e.target.value === 'drawn' ? 'drawn' : 'alphabetical')}
          options={[
            { value: 'alphabetical', label: t('lop.order.alphabetical') },
            ...(drawn
              ? [
                  {
                    value: 'drawn',
                    label: t('lop.order.drawn', {
                      country: countryName(drawn, lang, countryNames),
                    }),
                  },
                ]
              : []),
          ]}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={excludeWithdrawn}
            onChange={(e) => setExcludeWithdrawn(e.target.checked)}
          />
          {t('lop.excludeWithdrawn')}
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={markOnline}
            onChange={(e) => setMarkOnline(e.target.checked)}
          />
          {t('lop.markOnline')}
        </label>
        {state.phase === 'problems' && <ExportProblems problems={state.problems} />}
        {state.phase === 'running' ? (
          <ExportProgress progress={state.progress} onCancel={state.cancel} />
        ) : (
          <div className="form-actions">
            <Button
              variant="primary"
              disabled={empty}
              onClick={() => input && void run({ kind: 'lop-docx', input }, docxFilter)}
            >
              {t('lop.docx')}
            </Button>
            <Button disabled={empty || printing} onClick={() => setPrinting(true)}>
              {t('lop.pdf')}
            </Button>
          </div>
        )}
        <p className="field-hint">{t('lop.pdfHint')}</p>
      </div>
      {doc && <LopPreview doc={doc} />}
      {printing && doc && <LopPrintView doc={doc} onReady={printed} />}
    </section>
  )
}
