import DOMPurify from 'dompurify'
import { escapeHtml } from '../../../../shared/press/output-html'

// The preview's HTML passes DOMPurify with a closed list of tags and attributes, although it is
// built from the escaped document model: what is shown is never trusted on one check alone.

const ALLOWED_TAGS = [
  'article',
  'p',
  'h1',
  'h2',
  'h3',
  'ul',
  'ol',
  'li',
  'blockquote',
  'strong',
  'em',
  'a',
  'br',
  'hr',
]
const ALLOWED_ATTR = ['href', 'lang', 'start']

export function sanitiseReleaseHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
    RETURN_TRUSTED_TYPE: false,
  })
}

/** A whole document for the sandboxed preview frame; only the body comes from the release. */
export function previewDocument(title: string, lang: string, bodyHtml: string): string {
  return [
    '<!doctype html>',
    `<html lang="${lang === 'en' ? 'en' : 'id'}">`,
    '<head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title></head>`,
    `<body>${sanitiseReleaseHtml(bodyHtml)}</body>`,
    '</html>',
  ].join('')
}
