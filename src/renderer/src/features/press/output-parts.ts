import { normaliseDoc } from '../../../../shared/press/doc-model'
import { pressLangs, type PressLang } from '../../../../shared/press/language'
import { docToHtml, type HtmlPart } from '../../../../shared/press/output-html'
import { docToPlainText } from '../../../../shared/press/output-text'
import type { PressReleaseRecord } from '../../../../shared/press/release-model'
import { releaseHeader } from '../../../../shared/press/starter-templates'
import { escapeHtml } from '../../../../shared/press/output-html'
import type { Texts } from './use-autosave'

/** Which languages an output holds. */
export type OutputChoice = PressLang | 'both'

export function outputParts(
  release: Pick<PressReleaseRecord, 'kind' | 'number'>,
  texts: Texts | PressReleaseRecord['texts'],
  choice: OutputChoice,
): HtmlPart[] {
  const langs = choice === 'both' ? pressLangs : [choice]
  return langs.map((lang) => ({
    lang,
    header: releaseHeader(release.kind, lang, release.number),
    doc: normaliseDoc(texts[lang]),
  }))
}

/** Body HTML of the parts (one <article> each), before sanitising for the preview. */
export function partsHtml(parts: readonly HtmlPart[]): string {
  return parts
    .map((part) => {
      const header = part.header
        .map((line) => `<p><strong>${escapeHtml(line)}</strong></p>`)
        .join('')
      return `<article lang="${part.lang}">${header}${docToHtml(part.doc)}</article>`
    })
    .join('<hr>')
}

/** Plain text for email and social media: header lines, the text, languages apart. */
export function partsText(parts: readonly HtmlPart[]): string {
  return parts
    .map((part) => [...part.header, docToPlainText(part.doc)].filter(Boolean).join('\n\n'))
    .join('\n\n* * *\n\n')
}

/** A file name from the release title: no characters a file system refuses, not too long. */
export function fileBase(title: string, choice: OutputChoice): string {
  const base = title
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .replace(/[. ]+$/, '')
  return `${base || 'press-release'} (${choice === 'both' ? 'ID-EN' : choice.toUpperCase()})`
}
