import type { ClipboardEvent } from 'react'
import type { MeetingPlatform } from '../../../../shared/links/platforms'
import { checkRoomLink, platformForPaste } from '../../../../shared/agenda/room-input'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { FieldFrame } from '../../ui/Field'

/**
 * The join link: checked as it is typed with the one shared validator. A pasted link picks its
 * platform and, for Zoom, fills the meeting ID and passcode; a link without https:// is offered
 * with it, and only used when the user says so.
 */
export function LinkField(props: {
  value: string
  platform: MeetingPlatform
  onChange: (value: string) => void
  onPasted: (found: {
    platform: MeetingPlatform | null
    meetingId?: string
    passcode?: string
  }) => void
  error?: string
}) {
  const { t } = useI18n()
  const check = props.value.trim() ? checkRoomLink(props.value, props.platform) : null
  /** Meeting ID and passcode of a Zoom link, also one pasted without https://. */
  const zoomDetails = (text: string) => {
    const first = checkRoomLink(text, 'zoom')
    const zoom = first.ok
      ? first
      : first.suggestion
        ? checkRoomLink(first.suggestion, 'zoom')
        : first
    const details = zoom.ok ? zoom.zoom : null
    return details
      ? {
          meetingId: details.meetingId,
          ...(details.passcode ? { passcode: details.passcode } : {}),
        }
      : {}
  }
  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData('text')
    // Only a known platform is preselected: "other" would just loosen the check.
    const detected = platformForPaste(text)
    props.onPasted({ platform: detected === 'other' ? null : detected, ...zoomDetails(text) })
  }
  const acceptSuggestion = (url: string) => {
    props.onChange(url)
    props.onPasted({ platform: null, ...zoomDetails(url) })
  }
  const problem = check && !check.ok ? t(`agenda.link.${check.reason}`) : undefined
  return (
    <div className="link-field">
      <FieldFrame
        label={t('agenda.room.link')}
        hint={t('agenda.room.linkHint')}
        error={props.error ?? problem}
      >
        {({ inputId, describedBy }) => (
          <input
            id={inputId}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={describedBy}
            aria-invalid={props.error || problem ? true : undefined}
            value={props.value}
            onChange={(e) => props.onChange(e.target.value)}
            onPaste={onPaste}
          />
        )}
      </FieldFrame>
      {check && !check.ok && check.suggestion && (
        <p className="link-suggestion" role="status">
          {t('agenda.link.offerHttps', { url: check.suggestion })}{' '}
          <Button onClick={() => acceptSuggestion(check.suggestion!)}>
            {t('agenda.link.useHttps')}
          </Button>
        </p>
      )}
      {check?.ok && check.unverified && (
        <p className="session-warning" role="status">
          {t('agenda.link.unverified', { host: new URL(check.url).hostname })}
        </p>
      )}
      {check?.ok && !check.unverified && (
        <p className="link-ok" role="status">
          {t('agenda.link.ok', { platform: t(`agenda.platform.${check.platform}`) })}
        </p>
      )}
    </div>
  )
}
