import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { EventRecord } from '../../../../shared/events/model'
import { diffFacts } from '../../../../shared/press/fact-diff'
import { fromSnapshot } from '../../../../shared/press/facts'
import { pressLangs } from '../../../../shared/press/language'
import { isLocked, type PressReleaseRecord } from '../../../../shared/press/release-model'
import { scanPlaceholders } from '../../../../shared/press/render'
import { SOCIAL_POST_LIMIT } from '../../../../shared/press/starter-templates'
import { useAppData } from '../../app/AppData'
import { useI18n } from '../../i18n/I18nProvider'
import { Tabs } from '../../ui/Tabs'
import { EventDetailsDialog } from './EventDetailsDialog'
import { ExportPanel } from './ExportPanel'
import { FactsPanel } from './FactsPanel'
import { LangEditor } from './LangEditor'
import { outputParts, type OutputChoice } from './output-parts'
import { PreviewPanel } from './PreviewPanel'
import { PrintView } from './PrintView'
import { ReleaseDetailsForm } from './ReleaseDetailsForm'
import { ReleaseHeader } from './ReleaseHeader'
import { useAutosave, type Texts } from './use-autosave'
import { usePressFacts } from './use-press-facts'
import { useReleaseActions } from './use-release-actions'
import { VersionsPanel } from './VersionsPanel'

type Panel = 'facts' | 'versions' | 'preview' | 'export'
const panels: Panel[] = ['facts', 'versions', 'preview', 'export']

/** A release open for writing: both languages side by side, facts, versions, preview, export. */
export function ReleaseWorkspace(props: {
  event: EventRecord
  release: PressReleaseRecord
  initial: Texts
  recovered: boolean
  keptAside: boolean
  onClose: () => void
}) {
  const { t } = useI18n()
  const { repos, readOnly } = useAppData()
  const [release, setRelease] = useState(props.release)
  const [editorKey, setEditorKey] = useState(0)
  const [panel, setPanel] = useState<Panel>('facts')
  const [choice, setChoice] = useState<OutputChoice>('both')
  const [profileOpen, setProfileOpen] = useState(false)
  const [savedTexts, setSavedTexts] = useState<Texts>(props.initial)

  const save = useCallback(
    async (texts: Texts, baseRevision: number) => {
      const next = await repos.press.saveTexts(release.id, texts, baseRevision)
      setRelease(next)
      setSavedTexts(texts)
      return next
    },
    [repos, release.id],
  )
  const autosave = useAutosave({
    releaseId: release.id,
    texts: props.initial,
    revision: props.release.revision,
    save,
  })
  const { current } = autosave
  const onTextReplaced = useCallback(() => {
    setEditorKey((k) => k + 1)
    setSavedTexts(current().texts)
  }, [current])
  const actions = useReleaseActions({ release, setRelease, autosave, onTextReplaced })

  // Text recovered from the journal goes to IndexedDB straight away.
  const { recovered, initial } = props
  const { change } = autosave
  const recoverySaved = useRef(false)
  useEffect(() => {
    if (!recovered || recoverySaved.current) return
    recoverySaved.current = true
    change('id', initial.id)
    change('en', initial.en)
  }, [recovered, initial, change])

  const details = useMemo(
    () => ({ number: release.number, place: release.place, date: release.date }),
    [release.number, release.place, release.date],
  )
  const { facts, reload } = usePressFacts(props.event, {
    filter: release.filter,
    countryOrder: release.countryOrder,
    release: details,
  })
  const stored = useMemo(() => fromSnapshot(release.facts), [release.facts])
  const changes = useMemo(() => (facts ? diffFacts(stored, facts) : []), [stored, facts])
  const reports = useMemo(
    () => pressLangs.map((lang) => ({ lang, ...scanPlaceholders(savedTexts[lang]) })),
    [savedTexts],
  )
  const locked = isLocked(release.status) || readOnly

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault()
        if (!readOnly) void actions.saveVersion()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [actions, readOnly])

  const latestTexts = async () => {
    await autosave.flush()
    return autosave.current().texts
  }

  return (
    <section className="page page-wide press-workspace" aria-labelledby="press-release-title">
      <div className="press-screen">
        <ReleaseHeader
          release={release}
          saveState={autosave.state}
          busy={actions.busy}
          readOnlyApp={readOnly}
          onBack={() => void autosave.flush().then(props.onClose)}
          onStatus={(a) => void actions.setStatus(a)}
          onSaveVersion={() => void actions.saveVersion()}
          onRetry={() => void autosave.flush()}
        />
        {isLocked(release.status) && (
          <p className="banner press-locked" role="note">
            {t('press.locked')}
          </p>
        )}
        {props.keptAside && (
          <p className="banner banner-warning" role="note">
            {t('press.keptAside')}
          </p>
        )}
        {props.recovered && (
          <p className="banner banner-warning" role="note">
            {t('press.recovered')}
          </p>
        )}
        <ReleaseDetailsForm
          release={release}
          disabled={locked}
          onSave={(patch) => actions.updateDetails(patch)}
        />
        <div className="press-columns">
          {pressLangs.map((lang) => (
            <LangEditor
              key={`${lang}-${editorKey}`}
              lang={lang}
              langLabel={t(`press.lang.${lang}`)}
              initial={autosave.current().texts[lang]}
              readOnly={locked}
              facts={facts?.[lang]}
              {...(release.kind === 'social' ? { limit: SOCIAL_POST_LIMIT } : {})}
              onChange={autosave.change}
              onBlur={() => void autosave.flush()}
            />
          ))}
        </div>
        <Tabs
          label={t('press.panels')}
          tabs={panels.map((id) => ({ id, label: t(`press.panel.${id}`) }))}
          selected={panel}
          onSelect={setPanel}
        >
          {panel === 'facts' && (
            <FactsPanel
              facts={facts}
              changes={changes}
              reports={reports}
              filter={release.filter}
              countryOrder={release.countryOrder}
              locked={locked}
              busy={actions.busy}
              onChoices={(filter, countryOrder) =>
                void actions.updateDetails({ filter, countryOrder })
              }
              onReload={() => void reload()}
              onApply={() => facts && void actions.applyFacts(facts, false)}
              onFill={() => facts && void actions.applyFacts(facts, true)}
              onEventDetails={() => setProfileOpen(true)}
            />
          )}
          {panel === 'versions' && (
            <VersionsPanel
              releaseId={release.id}
              tick={actions.versionsTick}
              locked={locked}
              busy={actions.busy}
              onRestore={actions.restore}
            />
          )}
          {panel === 'preview' && (
            <PreviewPanel release={release} choice={choice} onChoice={setChoice} />
          )}
          {panel === 'export' && (
            <ExportPanel
              release={release}
              choice={choice}
              onChoice={setChoice}
              latestTexts={latestTexts}
            />
          )}
        </Tabs>
      </div>
      <PrintView parts={outputParts(release, savedTexts, choice)} />
      {profileOpen && (
        <EventDetailsDialog
          event={props.event}
          onClose={() => setProfileOpen(false)}
          onSaved={() => void reload()}
        />
      )}
    </section>
  )
}
