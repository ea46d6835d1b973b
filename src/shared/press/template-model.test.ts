import { describe, expect, it } from 'vitest'
import { buildFacts } from './facts'
import { parseMarkup } from './markup'
import { docToHtml } from './output-html'
import { docToPlainText } from './output-text'
import { renderTemplate } from './render'
import { starterTemplates } from './starter-templates'
import {
  TEMPLATE_TEXT_MAX,
  checkTemplate,
  pressTemplateSchema,
  suggestFact,
  templateInputSchema,
} from './template-model'
import { sampleInput } from './test-event'

const texts = (id: string, en = 'Hello') => ({ id, en })

describe('template input', () => {
  it('trims the name and refuses an empty one, an unknown kind or an oversized text', () => {
    const ok = templateInputSchema.parse({ name: '  Briefing  ', kind: 'social', texts: texts('') })
    expect(ok.name).toBe('Briefing')
    expect(
      templateInputSchema.safeParse({ name: ' ', kind: 'social', texts: texts('') }).success,
    ).toBe(false)
    expect(
      templateInputSchema.safeParse({ name: 'x', kind: 'memo', texts: texts('') }).success,
    ).toBe(false)
    const long = 'a'.repeat(TEMPLATE_TEXT_MAX + 1)
    expect(
      templateInputSchema.safeParse({ name: 'x', kind: 'social', texts: texts(long) }).success,
    ).toBe(false)
  })

  it('refuses stored rows that are not templates', () => {
    const row = {
      id: 't1',
      name: 'Briefing',
      kind: 'release',
      texts: texts('Halo'),
      revision: 1,
      createdAt: 'x',
      updatedAt: 'x',
      updatedBy: 'local user',
    }
    expect(pressTemplateSchema.safeParse(row).success).toBe(true)
    expect(pressTemplateSchema.safeParse({ ...row, texts: { id: 1, en: '' } }).success).toBe(false)
    expect(pressTemplateSchema.safeParse({ ...row, revision: 0 }).success).toBe(false)
    expect(pressTemplateSchema.safeParse(null).success).toBe(false)
  })
})

describe('checkTemplate', () => {
  it('flags unknown placeholders per language with the fact they probably meant', () => {
    const checks = checkTemplate(
      texts('{{event.nmae}} di {{ event.venue }} dan {{Event.Name}}', '{{constructor}} {{x}}'),
    )
    expect(checks).toEqual([
      {
        lang: 'id',
        empty: false,
        unknown: [
          { token: '{{event.nmae}}', suggestion: 'event.name' },
          { token: '{{Event.Name}}', suggestion: 'event.name' },
        ],
      },
      { lang: 'en', empty: false, unknown: [{ token: '{{constructor}}' }, { token: '{{x}}' }] },
    ])
  })

  it('reports empty texts and passes every starter template', () => {
    expect(checkTemplate(texts('  \n', 'Hi')).map((c) => c.empty)).toEqual([true, false])
    for (const starter of starterTemplates)
      expect(checkTemplate(starter.texts).flatMap((c) => c.unknown)).toEqual([])
  })

  it('suggests nothing for names far from every fact', () => {
    expect(suggestFact('{{__proto__}}')).toBeUndefined()
    expect(suggestFact('{{countries.lst}}')).toBe('countries.list')
  })
})

describe('a user template rendered like a starter', () => {
  it('keeps hostile template text and hostile values as text', () => {
    const facts = buildFacts(
      sampleInput({ event: { ...sampleInput().event, venue: '<img src=x onerror=alert(1)> $&' } }),
    )
    const template = parseMarkup(
      '<script>alert(1)</script> {{constructor}} {{__proto__}} $& di {{event.venue}}',
    )
    const { doc, report } = renderTemplate(template, facts.en, 'en')
    expect(docToPlainText(doc)).toBe(
      '<script>alert(1)</script> {{constructor}} {{__proto__}} $& di <img src=x onerror=alert(1)> $&',
    )
    expect(docToHtml(doc)).not.toMatch(/<(script|img)/)
    expect(report.unknown).toEqual(['{{constructor}}', '{{__proto__}}'])
  })
})
