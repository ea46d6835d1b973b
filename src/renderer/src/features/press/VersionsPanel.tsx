import { useEffect, useState } from 'react'
import { describeError } from '../../app/describe-error'
import { useAppData } from '../../app/AppData'
import type { PressVersionRecord } from '../../db/press-repo'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { SelectField } from '../../ui/Field'
import { formatInstant } from './format-time'
import { VersionCompare } from './VersionCompare'
import { VersionViewDialog } from './VersionViewDialog'

/** The kept versions: who and when, view one, compare two, restore one. */
export function VersionsPanel(props: {
  releaseId: string
  /** Changes whenever a version may have been added, so the list reloads. */
  tick: number
  locked: boolean
  busy: boolean
  onRestore: (seq: number) => Promise<void>
}) {
  const { t, lang } = useI18n()
  const { repos } = useAppData()
  const [versions, setVersions] = useState<PressVersionRecord[]>()
  const [error, setError] = useState<string>()
  const [viewing, setViewing] = useState<PressVersionRecord>()
  const [restoring, setRestoring] = useState<PressVersionRecord>()
  const [compare, setCompare] = useState<{ from?: number; to?: number }>({})

  useEffect(() => {
    let cancelled = false
    repos.press
      .listVersions(props.releaseId)
      .then((list) => !cancelled && setVersions(list))
      .catch((e: unknown) => !cancelled && setError(describeError(t, e)))
    return () => {
      cancelled = true
    }
  }, [repos, props.releaseId, props.tick, t])

  if (error) return <p role="alert">{error}</p>
  if (!versions) return <p className="muted">{t('press.versions.loading')}</p>

  // Numbered from the oldest, so a number keeps meaning the same version.
  const numberOf = (v: PressVersionRecord) => versions.length - versions.indexOf(v)
  const bySeq = (seq: number | undefined) => versions.find((v) => v.seq === seq)
  const from = bySeq(compare.from) ?? versions[1]
  const to = bySeq(compare.to) ?? versions[0]
  const options = versions.map((v) => ({
    value: String(v.seq),
    label: t('press.versions.option', { number: numberOf(v), when: formatInstant(v.at, lang) }),
  }))

  return (
    <div className="press-versions">
      <table className="table" aria-label={t('press.versions.table')}>
        <thead>
          <tr>
            <th scope="col">{t('press.versions.number')}</th>
            <th scope="col">{t('press.versions.when')}</th>
            <th scope="col">{t('press.versions.who')}</th>
            <th scope="col">{t('press.versions.why')}</th>
            <th scope="col">{t('press.versions.status')}</th>
            <th scope="col">{t('press.versions.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => {
            const n = numberOf(v)
            return (
              <tr key={v.seq}>
                <td>{n}</td>
                <td>{formatInstant(v.at, lang)}</td>
                <td>{v.actor}</td>
                <td>{t(`press.reason.${v.reason}`)}</td>
                <td>{t(`press.status.${v.status}`)}</td>
                <td className="row-actions">
                  <Button
                    variant="ghost"
                    aria-label={t('press.versions.viewNumber', { number: n })}
                    onClick={() => setViewing(v)}
                  >
                    {t('press.versions.view')}
                  </Button>
                  <Button
                    variant="ghost"
                    aria-label={t('press.versions.restoreNumber', { number: n })}
                    disabled={props.locked || props.busy}
                    onClick={() => setRestoring(v)}
                  >
                    {t('press.versions.restore')}
                  </Button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>

      {from && to && versions.length > 1 && (
        <section className="press-compare-box" aria-labelledby="press-compare-title">
          <h3 id="press-compare-title">{t('press.versions.compare')}</h3>
          <div className="press-compare-choice">
            <SelectField
              label={t('press.versions.compareFrom')}
              options={options}
              value={String(from.seq)}
              onChange={(e) => setCompare((c) => ({ ...c, from: Number(e.target.value) }))}
            />
            <SelectField
              label={t('press.versions.compareTo')}
              options={options}
              value={String(to.seq)}
              onChange={(e) => setCompare((c) => ({ ...c, to: Number(e.target.value) }))}
            />
          </div>
          <VersionCompare from={from} to={to} />
        </section>
      )}

      {viewing && (
        <VersionViewDialog
          version={viewing}
          number={numberOf(viewing)}
          onClose={() => setViewing(undefined)}
        />
      )}
      {restoring && (
        <Dialog
          title={t('press.versions.restoreTitle', { number: numberOf(restoring) })}
          open
          onClose={() => setRestoring(undefined)}
        >
          <p>{t('press.versions.restoreBody')}</p>
          <div className="form-actions">
            <Button onClick={() => setRestoring(undefined)}>{t('press.cancel')}</Button>
            <Button
              variant="primary"
              onClick={() => {
                const seq = restoring.seq
                setRestoring(undefined)
                if (seq !== undefined) void props.onRestore(seq)
              }}
            >
              {t('press.versions.restoreConfirm')}
            </Button>
          </div>
        </Dialog>
      )}
    </div>
  )
}
